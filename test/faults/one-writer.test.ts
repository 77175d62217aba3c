import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, startCli, type StartProcess } from '../sandbox/start-cli.js';
import { runCli } from '../cli/run-cli.js';

const BANNER = /群管家 QunGuard · 模拟群/;
const POLICY = join(ROOT, 'examples', 'policy.yaml');

let dir: string;
let children: StartProcess[] = [];
beforeAll(requireBuild);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qunguard-one-writer-'));
});
afterEach(async () => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
  await Promise.all(children.map((c) => c.done.catch(() => undefined)));
  children = [];
  rmSync(dir, { recursive: true, force: true });
});

function start(args: string[], opts: { input?: string; keepStdinOpen?: boolean } = {}): StartProcess {
  const p = startCli({ cwd: dir, args, ...opts });
  children.push(p);
  return p;
}


// Each test takes 5–10 s on an idle machine; the limit leaves room for a machine shared by many test runs.
describe('one machine, one writer: real processes on one data folder (issue 10)', { timeout: 60_000 }, () => {
  it('a second start on the same folder refuses, naming the holder (pid, host, since), exit 2; the digest still reads', async () => {
    const data = join(dir, 'data');
    const first = start(['--data', data], { keepStdinOpen: true });
    await first.waitFor(BANNER, 40_000);
    const lock = JSON.parse(readFileSync(join(data, 'qunguard.lock'), 'utf8')) as { pid: number; host: string; since: string };
    expect(lock).toMatchObject({ pid: first.child.pid, host: hostname() });

    const second = await start(['--data', data], { input: '李四: 绝密文件\n' }).done;
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`数据目录 ${data} 正被另一个群管家进程使用（进程 ${first.child.pid}，主机 ${hostname()}，自 `);
    expect(second.stderr).toContain(`删除 ${join(data, 'qunguard.lock')} 后重试`);
    expect(second.stderr).not.toContain('    at ');
    expect(second.stdout).toBe('');

    // The digest only reads: it runs while the bot holds the folder, and leaves the lock alone.
    const digest = await runCli(['digest', '--data', data, '--policy', POLICY, '--since', '7d'], '');
    expect(digest.stderr).toBe('');
    expect(digest.code).toBe(0);
    expect(JSON.parse(readFileSync(join(data, 'qunguard.lock'), 'utf8'))).toEqual(JSON.parse(JSON.stringify({ ...lock })));
  });

  it('after kill -9 the lock stays behind; the next start takes it over, says so, works, and releases it on a clean stop', async () => {
    const data = join(dir, 'data');
    const first = start(['--data', data], { keepStdinOpen: true });
    await first.waitFor(BANNER, 40_000);
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    expect(existsSync(join(data, 'qunguard.lock'))).toBe(true);

    const next = await start(['--data', data], { input: '李四: 这份是绝密文件\n' }).done;
    expect(next.code).toBe(0);
    expect(next.stderr).toMatch(new RegExp(`数据目录的锁 .*qunguard\\.lock 属于已不在运行的进程 ${first.child.pid}（主机 ${hostname()}，自 .+ 起），已接管`));
    expect(next.stdout).toContain('案件 C1');
    expect(existsSync(join(data, 'qunguard.lock'))).toBe(false);
  });

  it('a data folder that is a file: a clear message, exit 2, no stack trace, the file untouched (issue 9 item 11)', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'my notes');
    const run = await start(['--data', file], { input: '' }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`数据目录 ${file} 这是一个文件，不是目录`);
    expect(run.stderr).not.toMatch(/    at |内部错误/);
    expect(readFileSync(file, 'utf8')).toBe('my notes');
  });
});
