import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFIG_VARIABLES, parseConfig, type AppConfig } from '../../src/config/app-config.js';
import { ConfigError } from '../../src/config/config-error.js';
import { loadConfig } from '../../src/config/load-config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'puppet_padlocal_0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const SANDBOX: AppConfig = { puppet: null, policyFile: null, dataDir: 'data/', databaseUrl: null, logLevel: null, botName: 'qunguard', tokenWithoutPuppet: false };

describe('parseConfig: accepted settings', () => {
  it.each<[string, Record<string, string>, Partial<AppConfig>]>([
    ['nothing set: the simulation', {}, {}],
    ['blank values count as unset', { WECHATY_PUPPET: '  ', LOG_LEVEL: '', QUNGUARD_DATA_DIR: '' }, {}],
    ['the mock puppet: the simulation', { WECHATY_PUPPET: 'wechaty-puppet-mock' }, {}],
    ['a token alone: still the simulation, with a hint', { WECHATY_PUPPET_SERVICE_TOKEN: TOKEN }, { tokenWithoutPuppet: true }],
    [
      'puppet service with a token',
      { WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: TOKEN },
      { puppet: { name: 'wechaty-puppet-service', token: TOKEN, endpoint: null, tlsDisabled: false } },
    ],
    [
      'puppet service with endpoint and no TLS',
      {
        WECHATY_PUPPET: 'wechaty-puppet-service',
        WECHATY_PUPPET_SERVICE_TOKEN: 'insecure_7f3c9a2e-1b4d-4e8f-9a6b-2c5d8e1f0a3b',
        WECHATY_PUPPET_SERVICE_ENDPOINT: '127.0.0.1:8788',
        WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'TRUE',
      },
      { puppet: { name: 'wechaty-puppet-service', token: 'insecure_7f3c9a2e-1b4d-4e8f-9a6b-2c5d8e1f0a3b', endpoint: '127.0.0.1:8788', tlsDisabled: true } },
    ],
    [
      'an endpoint with a host name and a dns: scheme',
      { WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: TOKEN, WECHATY_PUPPET_SERVICE_ENDPOINT: 'dns:///puppet.example.com:443' },
      { puppet: { name: 'wechaty-puppet-service', token: TOKEN, endpoint: 'dns:///puppet.example.com:443', tlsDisabled: false } },
    ],
    [
      'another puppet passes through, token optional',
      { WECHATY_PUPPET: 'wechaty-puppet-wechat4u' },
      { puppet: { name: 'wechaty-puppet-wechat4u', token: null, endpoint: null, tlsDisabled: false } },
    ],
    [
      'a scoped puppet package',
      { WECHATY_PUPPET: '@juzibot/wechaty-puppet-wxwork', WECHATY_PUPPET_SERVICE_TOKEN: TOKEN },
      { puppet: { name: '@juzibot/wechaty-puppet-wxwork', token: TOKEN, endpoint: null, tlsDisabled: false } },
    ],
    [
      'QunGuard settings',
      { QUNGUARD_POLICY: 'config/policy.yaml', QUNGUARD_DATA_DIR: '/var/lib/qunguard', QUNGUARD_BOT_NAME: 'sales-bot', LOG_LEVEL: 'Debug' },
      { policyFile: 'config/policy.yaml', dataDir: '/var/lib/qunguard', botName: 'sales-bot', logLevel: 'debug' },
    ],
    ['values are trimmed', { QUNGUARD_POLICY: '  p.yaml  ', LOG_LEVEL: ' warn ' }, { policyFile: 'p.yaml', logLevel: 'warn' }],
    ['a PostgreSQL database', { QUNGUARD_DATABASE_URL: 'postgres://qunguard:pw@db.example.com:5432/qunguard' }, { databaseUrl: 'postgres://qunguard:pw@db.example.com:5432/qunguard' }],
    ['postgresql:// is the same', { QUNGUARD_DATABASE_URL: 'postgresql://db.example.com/qunguard' }, { databaseUrl: 'postgresql://db.example.com/qunguard' }],
    ['an empty database URL keeps the data folder', { QUNGUARD_DATABASE_URL: '  ' }, {}],
    ['unrelated variables are ignored', { PATH: '/usr/bin', WECHATY_LOG: 'silly' }, {}],
  ])('%s', (_name, env, expected) => {
    expect(parseConfig(env)).toEqual({ ...SANDBOX, ...expected });
  });
});

describe('parseConfig: rejected settings name the variable and what to do', () => {
  it.each<[string, Record<string, string>, string, RegExp]>([
    ['service without a token', { WECHATY_PUPPET: 'wechaty-puppet-service' }, 'WECHATY_PUPPET_SERVICE_TOKEN', /必须设置/],
    ['a puppet name that is no puppet', { WECHATY_PUPPET: 'padlocal' }, 'WECHATY_PUPPET', /当前为“padlocal”.*wechaty-puppet-service/],
    ['a puppet name with spaces', { WECHATY_PUPPET: 'wechaty puppet service' }, 'WECHATY_PUPPET', /npm 包名/],
    ['a token without its prefix', { WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: 'abcdef123456' }, 'WECHATY_PUPPET_SERVICE_TOKEN', /前缀_密钥/],
    ['a quoted token', { WECHATY_PUPPET_SERVICE_TOKEN: `"${TOKEN}"` }, 'WECHATY_PUPPET_SERVICE_TOKEN', /前缀_密钥/],
    ['a token with a space', { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_padlocal_ab cd' }, 'WECHATY_PUPPET_SERVICE_TOKEN', /前缀_密钥/],
    ['an endpoint without a port', { WECHATY_PUPPET_SERVICE_ENDPOINT: 'puppet.example.com' }, 'WECHATY_PUPPET_SERVICE_ENDPOINT', /主机:端口/],
    ['an endpoint as a URL', { WECHATY_PUPPET_SERVICE_ENDPOINT: 'https://puppet.example.com:443/' }, 'WECHATY_PUPPET_SERVICE_ENDPOINT', /主机:端口/],
    ['an endpoint with port 0', { WECHATY_PUPPET_SERVICE_ENDPOINT: '127.0.0.1:0' }, 'WECHATY_PUPPET_SERVICE_ENDPOINT', /1 到 65535/],
    ['an endpoint with port 70000', { WECHATY_PUPPET_SERVICE_ENDPOINT: '127.0.0.1:70000' }, 'WECHATY_PUPPET_SERVICE_ENDPOINT', /1 到 65535/],
    ['a TLS switch that is no boolean', { WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: 'maybe' }, 'WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT', /true 或 false/],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', /当前为“verbose”.*fatal、error、warn、info/],
    ['a bot name that is no file name', { QUNGUARD_BOT_NAME: '../群管家' }, 'QUNGUARD_BOT_NAME', /文件名/],
    ['a database URL of another kind', { QUNGUARD_DATABASE_URL: 'mysql://u:pw@db/qunguard' }, 'QUNGUARD_DATABASE_URL', /postgres:\/\//],
    ['a database URL without a database', { QUNGUARD_DATABASE_URL: 'postgres://u:pw@db.example.com:5432/' }, 'QUNGUARD_DATABASE_URL', /数据库名/],
  ])('%s', (_name, env, variable, problem) => {
    let error: unknown;
    try {
      parseConfig(env, '/srv/qunguard/.env');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const config = error as ConfigError;
    expect(config.problems.map((p) => p.variable)).toEqual([variable]);
    expect(config.problems[0]!.problem).toMatch(problem);
    expect(config.message).toContain('/srv/qunguard/.env');
    expect(config.message).toContain('.env.example');
  });

  it('reports every wrong variable at once', () => {
    expect(() => parseConfig({ LOG_LEVEL: 'loud', WECHATY_PUPPET_SERVICE_ENDPOINT: 'nowhere', QUNGUARD_BOT_NAME: ' / ' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ variable: 'WECHATY_PUPPET_SERVICE_ENDPOINT' }), expect.objectContaining({ variable: 'QUNGUARD_BOT_NAME' }), expect.objectContaining({ variable: 'LOG_LEVEL' })] }),
    );
  });

  it.each(['mysql://qunguard:S3cret-pw@db/qunguard', 'postgres://qunguard:S3cret-pw@db.example.com:5432/'])('never shows the database password of %s', (url) => {
    try {
      parseConfig({ QUNGUARD_DATABASE_URL: url });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain('S3cret-pw');
      expect((e as Error).message).toContain('QUNGUARD_DATABASE_URL');
    }
  });

  it.each([`"${TOKEN}"`, 'secret_with space', 'nounderscore'])('never shows the token %j in the message', (token) => {
    try {
      parseConfig({ WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: token });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain(token.replace(/"/g, ''));
      expect((e as Error).message).toContain('WECHATY_PUPPET_SERVICE_TOKEN');
    }
  });

  it.each(CONFIG_VARIABLES)('.env.example documents %s', (variable) => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    expect(example).toMatch(new RegExp(`^#?${variable}=`, 'm'));
  });

  it('.env.example holds no secret and, copied as is, starts the simulation', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    expect(example).not.toMatch(/^WECHATY_PUPPET_SERVICE_TOKEN=\S/m);
    const env: NodeJS.ProcessEnv = {};
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-example-'));
    try {
      writeFileSync(join(dir, '.env'), example);
      expect(loadConfig({ cwd: dir, env })).toEqual(SANDBOX);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadConfig: .env', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qunguard-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('reads .env quietly, and the real environment wins over it', () => {
    writeFileSync(join(dir, '.env'), `# comment\nWECHATY_PUPPET=wechaty-puppet-service\nWECHATY_PUPPET_SERVICE_TOKEN=${TOKEN}\nLOG_LEVEL=debug\n`);
    const log = vi.spyOn(console, 'log');
    const info = vi.spyOn(console, 'info');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'error' };
    const config = loadConfig({ cwd: dir, env });
    expect(config.puppet).toEqual({ name: 'wechaty-puppet-service', token: TOKEN, endpoint: null, tlsDisabled: false });
    expect(config.logLevel).toBe('error');
    expect(env.WECHATY_PUPPET_SERVICE_TOKEN).toBe(TOKEN); // the puppet reads its other settings from the environment
    expect(log).not.toHaveBeenCalled();
    expect(info).not.toHaveBeenCalled();
  });

  it('works without a .env file', () => {
    expect(loadConfig({ cwd: dir, env: {} })).toEqual(SANDBOX);
  });

  it('names the .env file in its error', () => {
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=chatty\n');
    expect(() => loadConfig({ cwd: dir, env: {} })).toThrow(join(dir, '.env'));
  });
});
