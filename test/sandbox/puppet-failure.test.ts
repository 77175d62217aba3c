import { describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import type { PuppetConfig } from '../../src/config/app-config.js';
import { classifyPuppetError, redactSecrets, safeError } from '../../src/cli/puppet-failure.js';
import { qrCodeUrl, scanMessage } from '../../src/cli/scan-qr.js';

const TOKEN = 'puppet_padlocal_5d41402abc4b2a76b9719d911017c592';
const SERVICE: PuppetConfig = { name: 'wechaty-puppet-service', token: TOKEN, endpoint: '10.0.0.8:8788', tlsDisabled: false };

const grpcError = (code: number, details: string): Error => Object.assign(new Error(`${code} ${details}`), { code, details });
const resolverCrash = (): TypeError => {
  const e = new TypeError('this.listener.onError is not a function');
  e.stack = `TypeError: this.listener.onError is not a function\n    at WechatyResolver.reportResolutionError (file:///x/node_modules/wechaty-token/dist/esm/src/resolver-wechaty.js:26:23)`;
  return e;
};

describe('classifyPuppetError', () => {
  it.each<[string, unknown, 1 | 2, RegExp]>([
    ['a rejected token', grpcError(16, `UNAUTHENTICATED: Invalid Wechaty TOKEN "${TOKEN}"`), 2, /拒绝了令牌（WECHATY_PUPPET_SERVICE_TOKEN）/],
    ['a token without its SNI prefix', new Error('Wechaty Puppet Service requires a SNI as prefix of the token from version 0.30 and later.'), 2, /令牌应带前缀/],
    ['nothing listening', grpcError(14, 'UNAVAILABLE: No connection established. Last error: Error: connect ECONNREFUSED 10.0.0.8:8788.'), 1, /无法连接 puppet 服务 10\.0\.0\.8:8788/],
    ['an unknown host', new Error('getaddrinfo ENOTFOUND puppet.example.com'), 1, /无法连接 puppet 服务/],
    ['failed token discovery (the resolver crashes)', resolverCrash(), 1, /WECHATY_PUPPET_SERVICE_ENDPOINT=主机:端口/],
    [
      'a puppet that is not installed',
      Object.assign(new Error("Cannot find package 'wechaty-puppet-service' imported from /x/node_modules/wechaty-puppet/dist/esm/src/puppet/puppet-resolver.js"), { code: 'ERR_MODULE_NOT_FOUND' }),
      2,
      /npm install wechaty-puppet-service/,
    ],
  ])('%s', (_name, err, exitCode, message) => {
    const failure = classifyPuppetError(err, SERVICE);
    expect(failure?.exitCode).toBe(exitCode);
    expect(failure?.message).toMatch(message);
    expect(failure?.message).not.toContain(TOKEN);
  });

  it.each([
    ['a failed message send', new Error('send failed: room not found')],
    ['a missing payload in the mock', new Error('no payload found for id room1@chatroom')],
    ['a missing module that is not the puppet', new Error("Cannot find package 'left-pad'")],
    ['a string', 'something odd'],
  ])('leaves %s to the log', (_name, err) => {
    expect(classifyPuppetError(err, SERVICE)).toBeNull();
  });
});

describe('redactSecrets and safeError', () => {
  it.each<[string, (string | null)[], string]>([
    [`Invalid Wechaty TOKEN "${TOKEN}"`, [TOKEN], 'Invalid Wechaty TOKEN "[redacted]"'],
    [`${TOKEN}/${TOKEN}`, [TOKEN], '[redacted]/[redacted]'],
    ['nothing secret', [TOKEN], 'nothing secret'],
    [`no token configured ${TOKEN}`, [null], `no token configured ${TOKEN}`],
  ])('%j', (text, secrets, expected) => {
    expect(redactSecrets(text, secrets)).toBe(expected);
  });

  it('removes the token from the message and the stack, and keeps the code', () => {
    const safe = safeError(grpcError(16, `UNAUTHENTICATED: Invalid Wechaty TOKEN "${TOKEN}"`), [TOKEN]);
    expect(JSON.stringify(safe)).not.toContain(TOKEN);
    expect(safe).toMatchObject({ code: 16, message: '16 UNAUTHENTICATED: Invalid Wechaty TOKEN "[redacted]"' });
    expect(safeError(`raw ${TOKEN}`, [TOKEN])).toEqual({ type: 'string', message: 'raw [redacted]' });
  });
});

describe('scanMessage', () => {
  const qr = 'https://login.weixin.qq.com/l/Abc_123==';
  const draw = async (text: string): Promise<string> => `[QR ${text}]`;

  it('shows the code (drawn when possible) and the link to it', async () => {
    const text = await scanMessage(qr, types.ScanStatus.Waiting, draw);
    expect(text).toContain('请用作为机器人的微信扫描二维码登录');
    expect(text).toContain(`[QR ${qr}]`);
    expect(text).toContain(`https://wechaty.js.org/qrcode/${encodeURIComponent(qr)}`);
    expect(qrCodeUrl(qr)).toBe('https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2FAbc_123%3D%3D');
  });

  it('falls back to the link alone when the QR code cannot be drawn', async () => {
    const text = await scanMessage(qr, types.ScanStatus.Timeout, async () => null);
    expect(text?.split('\n')).toEqual(['二维码已过期，请扫描新的二维码：', `也可以在浏览器中打开二维码：${qrCodeUrl(qr)}`]);
  });

  it.each<[types.ScanStatus, string | null]>([
    [types.ScanStatus.Scanned, '已扫码，请在手机上确认登录。'],
    [types.ScanStatus.Confirmed, '已确认，正在登录……'],
    [types.ScanStatus.Cancel, '手机上取消了登录，请重新扫码。'],
    [types.ScanStatus.Unknown, null],
  ])('status %s', async (status, expected) => {
    expect(await scanMessage('', status, draw)).toBe(expected);
  });

  it('draws with the installed qrcode package', async () => {
    const text = await scanMessage(qr, types.ScanStatus.Waiting);
    expect(text?.split('\n').length).toBeGreaterThan(10);
  });
});
