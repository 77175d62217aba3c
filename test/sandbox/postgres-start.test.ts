/**
 * The built CLI on PostgreSQL: with QUNGUARD_DATABASE_URL set, `start` (the console sandbox
 * and the real bot on a mock puppet service) and `digest` read and write the database, say
 * which store and which migrations ran, and a database they cannot open ends the run with
 * a clear message and exit 2 that never shows the password.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { speakerLease } from '../../src/bot/speaker.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { TEST_PASSWORD, usePostgresServer } from '../support/postgres-server.js';
import { runQunguard, type CliRun } from '../support/cli-process.js';
import { freePort } from '../support/free-port.js';
import { serviceEnv, startMockPuppetService, type MockPuppetService } from './mock-puppet-service.js';
import { requireBuild, ROOT, startCli } from './start-cli.js';

const TOKEN = 'insecure_7a2c4e6f-1b3d-4f5a-8c7e-9d0f1a2b3c4d';

let dir: string;
beforeAll(() => requireBuild());
const server = usePostgresServer();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qunguard-pg-start-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The cases in the database, as another account would read them. */
async function casesIn(url: string): Promise<string[]> {
  const store = await openPostgresStore({ url, botName: 'reader' });
  try {
    return (await store.cases.all()).map((c) => c.id);
  } finally {
    await store.close();
  }
}

/** Who holds the group's speaker lease just after its first case, as another account would see it. */
async function speakerAfterFirstCase(url: string): Promise<string | undefined> {
  const store = await openPostgresStore({ url, botName: 'reader' });
  try {
    const [first] = await store.cases.all();
    return first ? await store.leases.holder(speakerLease(first.roomId), first.at + 1_000) : 'no case';
  } finally {
    await store.close();
  }
}

/** `node bin/qunguard digest …` in the test folder with only the given environment. */
function digestCli(env: Record<string, string>, args: string[]): Promise<CliRun> {
  return runQunguard(['digest', ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env } });
}

describe('qunguard start and digest with QUNGUARD_DATABASE_URL', { timeout: 300_000 }, () => {
  it('the console keeps its cases in the database, says so without the password, and migrates once', async () => {
    const url = await server.createDatabase();
    const first = await startCli({ cwd: dir, env: { QUNGUARD_DATABASE_URL: url, QUNGUARD_BOT_NAME: 'console-bot' }, input: '李四: 这份是绝密文件\n' }).done;
    expect(first.code).toBe(0);
    // Quitting hands the group over at once, as a clean stop of the bot does.
    expect(await speakerAfterFirstCase(url)).toBeUndefined();
    expect(first.stdout).toMatch(/PostgreSQL postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/qg_test_\d+_\d+/);
    expect(first.stdout).toMatch(/数据库结构：已执行 \d+ 个升级步骤/);
    expect(first.stdout + first.stderr).not.toContain(TEST_PASSWORD);
    expect(await casesIn(url)).toEqual(['C1']);
    // Nothing went to a data folder.
    expect(existsSync(join(dir, 'data'))).toBe(false);

    const second = await startCli({ cwd: dir, env: { QUNGUARD_DATABASE_URL: url }, input: '李四: 绝密文件\n' }).done;
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('数据库结构：已是最新，无需升级');
    expect(await casesIn(url)).toEqual(['C1', 'C2']);

    // The digest reads the same database (no data folder needed), every account's groups.
    const digest = await digestCli({ QUNGUARD_DATABASE_URL: url }, ['--since', '1d', '--json']);
    expect(digest.stderr).toBe('');
    expect(digest.code).toBe(0);
    const parsed = JSON.parse(digest.stdout) as { totals: { cases: number }; groups: Array<{ topic: string }> };
    expect(parsed.totals.cases).toBe(2);
    expect(parsed.groups.map((g) => g.topic)).toEqual(['销售部工作群']);
  });

  it.each([
    ['a wrong password', (url: string) => url.replace(encodeURIComponent(TEST_PASSWORD), 'wrong-Secret-9')],
    ['a server that does not answer', async () => `postgres://postgres:${encodeURIComponent(TEST_PASSWORD)}@127.0.0.1:${await freePort()}/qunguard`],
  ])('start and digest exit 2 with a clear message for %s, never printing the password', async (_name, broken) => {
    const url = await broken(await server.createDatabase());
    const start = await startCli({ cwd: dir, env: { QUNGUARD_DATABASE_URL: url }, input: '' }).done;
    expect(start.code).toBe(2);
    expect(start.stderr).toContain('无法打开数据库 postgres://postgres:***@127.0.0.1');
    expect(start.stderr).not.toMatch(/内部错误|internal error|    at /);
    const digest = await digestCli({ QUNGUARD_DATABASE_URL: url }, []);
    expect(digest.code).toBe(2);
    expect(digest.stderr).toContain('无法打开数据库');
    for (const secret of [TEST_PASSWORD, encodeURIComponent(TEST_PASSWORD), 'wrong-Secret-9']) {
      expect(start.stdout + start.stderr + digest.stdout + digest.stderr).not.toContain(secret);
    }
  });

  describe('the real bot on a mock puppet service', () => {
    let service: MockPuppetService;
    beforeAll(async () => {
      service = await startMockPuppetService(TOKEN, '群管家机器人');
    });
    afterAll(async () => {
      await service?.stop();
    });

    it('opens the database, says which store and migrations, keeps only the login session in the data folder', async () => {
      const url = await server.createDatabase();
      const data = join(dir, 'bot-data');
      const bot = startCli({
        cwd: dir,
        env: {
          ...serviceEnv(TOKEN, service.endpoint),
          QUNGUARD_DATA_DIR: data,
          QUNGUARD_DATABASE_URL: url,
          QUNGUARD_BOT_NAME: 'sales-bot',
        },
        keepStdinOpen: true,
      });
      await bot.waitFor(/已登录：群管家机器人/);
      bot.child.kill('SIGINT');
      const run = await bot.done;
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/数据存储：PostgreSQL postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/qg_test_\d+_\d+（多个账号可共享）/);
      expect(run.stderr).toMatch(/数据库结构：已执行 \d+ 个升级步骤/);
      const logs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; store?: string });
      expect(logs.find((l) => l.msg === 'store opened')?.store).toBe('postgres');
      expect(existsSync(join(data, 'qunguard.json'))).toBe(false);
      expect(run.stdout + run.stderr).not.toContain(TEST_PASSWORD);
      expect(run.stdout + run.stderr).not.toContain(TOKEN);
    });
  });
});
