import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';

const TOKEN = 'insecure_3f6c1d2e-8a4b-4c9d-9e7f-0a1b2c3d4e5f';
const PADLOCAL = 'puppet_padlocal_5d41402abc4b2a76b9719d911017c592';
const UUID = '9b2d7c1e-4f3a-4e5b-8c6d-1a2b3c4d5e6f';

/** Logs one entry at debug through the real logger and returns the line it wrote. */
function logged(write: (log: ReturnType<typeof createLogger>) => void, secrets: string[] = []): string {
  let out = '';
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString('utf8');
      done();
    },
  });
  write(createLogger({ level: 'debug', destination, secrets }));
  return out;
}

describe('the logger redacts secrets in every field of every line (issue 9 item 6)', () => {
  it.each<[string, (log: ReturnType<typeof createLogger>) => void, string]>([
    ['the configured token in a plain-string error field', (l) => l.debug({ err: `GError: bad token ${TOKEN}` }, 'wechaty error event'), TOKEN],
    ['the configured token in the message itself', (l) => l.info(`connecting with ${TOKEN}`), TOKEN],
    ['the configured token deep in nested fields', (l) => l.warn({ a: { b: { c: [`x${TOKEN}y`] } } }, 'deep'), TOKEN],
    ['a token under a nested key pino does not know', (l) => l.info({ a: { b: { serviceToken: 'whatever-it-is' } } }, 'k'), 'whatever-it-is'],
    ['another puppet service token shape', (l) => l.error({ err: { message: `Invalid Wechaty TOKEN "${PADLOCAL}"` } }, 'x'), PADLOCAL],
    ['a UUID right after the word token', (l) => l.error({ detail: `TOKEN: ${UUID}` }, 'x'), UUID],
    ['token=… in a URL', (l) => l.debug({ url: 'https://api.chatie.io/v0/hosties/abc?token=zx81-QQ_9' }, 'discovery'), 'zx81-QQ_9'],
    ['a bearer header', (l) => l.debug({ headers: 'Authorization: Bearer eyJhbGciOi.J9.xyz' }, 'h'), 'eyJhbGciOi.J9.xyz'],
    ['the password in a postgres URL', (l) => l.info({ db: 'postgres://qunguard:S3cr3t-pg@db.internal:5432/q' }, 'db'), 'S3cr3t-pg'],
    ['a password in JSON held inside a string', (l) => l.info({ body: JSON.stringify({ password: 'hunter22x' }) }, 'b'), 'hunter22x'],
  ])('%s', (_name, write, secret) => {
    const line = logged(write, [TOKEN]);
    expect(line).not.toContain(secret);
    expect(line).toContain('[redacted]');
    expect(() => JSON.parse(line)).not.toThrow();
  });

  it.each<[string, (log: ReturnType<typeof createLogger>) => void, string]>([
    ['the puppet package name', (l) => l.info({ puppet: 'wechaty-puppet-service' }, 'starting'), 'wechaty-puppet-service'],
    ['a UUID that is not a token (a message id)', (l) => l.info({ messageId: UUID }, 'message'), UUID],
    ['an endpoint host:port', (l) => l.info({ endpoint: '127.0.0.1:8788' }, 'starting'), '127.0.0.1:8788'],
    ['a URL without a password', (l) => l.info({ db: 'postgres://qunguard@db.internal:5432/q' }, 'db'), 'postgres://qunguard@db.internal:5432/q'],
    ['a boolean setting named after the token', (l) => l.info({ tokenWithoutPuppet: true }, 'config'), '"tokenWithoutPuppet":true'],
    ['a case id and a room topic', (l) => l.info({ caseId: 'C12', roomTopic: '销售部工作群' }, 'member warned'), '"caseId":"C12","roomTopic":"销售部工作群"'],
  ])('leaves alone the look-alike: %s', (_name, write, kept) => {
    const line = logged(write, [TOKEN]);
    expect(line).toContain(kept);
    expect(line).not.toContain('[redacted]');
  });

  it('finds the token from the environment without being told', () => {
    const before = process.env.WECHATY_PUPPET_SERVICE_TOKEN;
    process.env.WECHATY_PUPPET_SERVICE_TOKEN = 'custom_abcdefghijk';
    try {
      expect(logged((l) => l.info({ note: 'custom_abcdefghijk seen' }, 'x'))).not.toContain('custom_abcdefghijk');
    } finally {
      if (before === undefined) delete process.env.WECHATY_PUPPET_SERVICE_TOKEN;
      else process.env.WECHATY_PUPPET_SERVICE_TOKEN = before;
    }
  });
});

describe('the database password from QUNGUARD_DATABASE_URL', () => {
  it('is redacted wherever it appears, even alone, and the URL without it stays readable', () => {
    const before = process.env.QUNGUARD_DATABASE_URL;
    process.env.QUNGUARD_DATABASE_URL = 'postgres://qunguard:Pg%21pw-2026@db.internal:5432/qunguard';
    try {
      const line = logged((l) => l.warn({ detail: 'login with Pg!pw-2026 refused' }, 'database'));
      expect(line).not.toContain('Pg!pw-2026');
      expect(line).toContain('[redacted]');
      expect(logged((l) => l.info({ db: 'db.internal:5432/qunguard' }, 'store'))).toContain('db.internal:5432/qunguard');
    } finally {
      if (before === undefined) delete process.env.QUNGUARD_DATABASE_URL;
      else process.env.QUNGUARD_DATABASE_URL = before;
    }
  });
});
