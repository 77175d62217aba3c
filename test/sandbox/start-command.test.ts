import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { serviceEnv, startMockPuppetService, type MockPuppetService } from './mock-puppet-service.js';
import { requireBuild, startCli } from './start-cli.js';
import { readFolderOnDisk } from '../support/data-folder.js';

const GOOD_TOKEN = 'insecure_3f6c1d2e-8a4b-4c9d-9e7f-0a1b2c3d4e5f';
const WRONG_TOKEN = 'insecure_00000000-1111-4222-8333-444444444444';

let dir: string;
beforeAll(requireBuild);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qunguard-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('qunguard start without a puppet: the console sandbox', { timeout: 60_000 }, () => {
  it('announces the simulation, warns on a violating line, and exits 0 at the end of the input', async () => {
    const run = await startCli({ cwd: dir, input: '李四: 这份是绝密文件\n李四：今天下午三点开会\n' }).done;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('群管家 QunGuard · 模拟群（这是模拟，没有连接任何真实微信）');
    expect(run.stdout).toContain('WECHATY_PUPPET=wechaty-puppet-service');
    expect(run.stdout).toMatch(/◆ 群管家 在“销售部工作群”说：\n\s+【群规提醒】\n\s+请勿在群内发送涉及“公司保密信息”的内容。/);
    expect(run.stdout).toMatch(/◆ 群管家 私信 销售部-李四：\n\s+【群管家】你在“销售部工作群”的消息涉及“公司保密信息”，已记录为案件 C1。/);
    expect(run.stdout).toContain('销售部-李四：今天下午三点开会');
    expect(run.stdout.trimEnd().endsWith('模拟结束。')).toBe(true);
  });

  it('keeps its data with --data, and refuses a corrupt data file without touching it', async () => {
    const data = join(dir, 'sim-data');
    const first = await startCli({ cwd: dir, args: ['--data', data], input: '李四: 绝密文件\n' }).done;
    expect(first.code).toBe(0);
    expect(readFolderOnDisk(data).cases.map((c) => c.id)).toEqual(['C1']);

    writeFileSync(join(data, 'qunguard.json'), '{"version": 1, "cases": [');
    const run = await startCli({ cwd: dir, args: ['--data', data], input: '' }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(data, 'qunguard.json'));
    expect(run.stderr).toContain('文件已原样保留');
    expect(run.stderr).not.toContain('    at ');
    expect(readFileSync(join(data, 'qunguard.json'), 'utf8')).toBe('{"version": 1, "cases": [');
  });

  it('says a service token alone is not enough to leave the simulation', async () => {
    const run = await startCli({ cwd: dir, env: { WECHATY_PUPPET_SERVICE_TOKEN: GOOD_TOKEN }, input: '' }).done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('已设置 WECHATY_PUPPET_SERVICE_TOKEN，但没有设置 WECHATY_PUPPET');
    expect(run.stdout + run.stderr).not.toContain(GOOD_TOKEN);
  });

  it.each([
    ['LOG_LEVEL=verbose in .env', { file: 'LOG_LEVEL=verbose\n' }, /LOG_LEVEL：当前为“verbose”/],
    ['a service puppet without a token', { env: { WECHATY_PUPPET: 'wechaty-puppet-service' } }, /WECHATY_PUPPET_SERVICE_TOKEN：使用 wechaty-puppet-service 时必须设置/],
  ])('exits 2 with a clear message for %s', async (_name, setup, message) => {
    if ('file' in setup) writeFileSync(join(dir, '.env'), setup.file);
    const run = await startCli({ cwd: dir, env: 'env' in setup ? setup.env : {}, input: '' }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('.env.example');
    expect(run.stdout).toBe('');
  });
});

describe('qunguard start with wechaty-puppet-service (a local mock service stands in for WeChat)', { timeout: 90_000 }, () => {
  let service: MockPuppetService;
  beforeAll(async () => {
    service = await startMockPuppetService(GOOD_TOKEN, '群管家机器人');
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('shows the QR code link, logs in, stops cleanly on SIGINT and keeps its data', async () => {
    const data = join(dir, 'bot-data');
    const bot = startCli({ cwd: dir, env: { ...serviceEnv(GOOD_TOKEN, service.endpoint), QUNGUARD_DATA_DIR: data }, keepStdinOpen: true });
    await bot.waitFor(/已登录：群管家机器人/);
    bot.child.kill('SIGINT');
    const run = await bot.done;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`https://wechaty.js.org/qrcode/${encodeURIComponent('https://login.weixin.qq.com/l/qunguard-test')}`);
    expect(run.stderr).toContain('群管家已停止，数据已保存。');
    const logs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['starting', 'logged in', 'stopping', 'stopped']));
    expect(existsSync(join(data, 'qunguard.json'))).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(GOOD_TOKEN);
  });

  it('exits 2 with a clear message when the service rejects the token, and never prints it', async () => {
    const run = await startCli({ cwd: dir, env: { ...serviceEnv(WRONG_TOKEN, service.endpoint), QUNGUARD_DATA_DIR: join(dir, 'd') } }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('puppet 服务拒绝了令牌（WECHATY_PUPPET_SERVICE_TOKEN）');
    expect(run.stdout + run.stderr).not.toContain(WRONG_TOKEN);
    expect(run.stderr).not.toMatch(/内部错误|internal error/);
  });

  it('exits 1 with a clear message when nothing listens at the endpoint', async () => {
    const endpoint = `127.0.0.1:${await freePort()}`;
    const run = await startCli({ cwd: dir, env: { ...serviceEnv(GOOD_TOKEN, endpoint), QUNGUARD_DATA_DIR: join(dir, 'd') } }).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`无法连接 puppet 服务 ${endpoint}`);
    expect(run.stdout + run.stderr).not.toContain(GOOD_TOKEN);
  });

  it('exits 2 naming the data file when it is corrupt, before connecting, and leaves it alone', async () => {
    const data = join(dir, 'bot-data');
    mkdirSync(data);
    writeFileSync(join(data, 'qunguard.json'), 'not json');
    const run = await startCli({ cwd: dir, env: { ...serviceEnv(GOOD_TOKEN, service.endpoint), QUNGUARD_DATA_DIR: data } }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(data, 'qunguard.json'));
    expect(run.stderr).not.toContain('已登录');
    expect(readFileSync(join(data, 'qunguard.json'), 'utf8')).toBe('not json');
  });

  it('exits 2 when the puppet package is not installed', async () => {
    const run = await startCli({ cwd: dir, env: { WECHATY_PUPPET: 'wechaty-puppet-not-installed', QUNGUARD_DATA_DIR: join(dir, 'd') } }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('没有安装 puppet 包 wechaty-puppet-not-installed');
  });
});
