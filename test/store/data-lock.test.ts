import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataLock, DataLockedError, LOCK_FILE, type LockHolder } from '../../src/store/data-lock.js';
import { openStore } from '../../src/store/lowdb-store.js';
import type { StoreWarning } from '../../src/store/store-warning.js';
import { makeCase } from './fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

const SINCE = '2026-11-23T01:00:00.000Z';
const lockText = (holder: LockHolder): string => `${JSON.stringify({ ...holder, nonce: 'x' })}\n`;

describe('the data directory lock (issue 10: one machine, one writer)', () => {
  const tmp = useTempDir();

  it('holds this process’s pid, host and start time, and release removes it', async () => {
    const lock = await acquireDataLock(tmp.dir, { now: () => new Date(SINCE) });
    const onDisk = JSON.parse(await readFile(join(tmp.dir, LOCK_FILE), 'utf8'));
    expect(onDisk).toMatchObject({ pid: process.pid, host: hostname(), since: SINCE });
    await lock.release();
    expect(await readdir(tmp.dir)).toEqual([]);
  });

  it.each<[string, () => LockHolder, RegExp]>([
    ['a live process on this host', () => ({ pid: process.ppid, host: hostname(), since: SINCE }), new RegExp(`进程 ${process.ppid}，主机 ${hostname()}，自 .+ 起`)],
    ['a process on another host (cannot be checked)', () => ({ pid: deadPid(), host: 'other-host.example', since: SINCE }), /主机 other-host\.example.*那个进程在另一台主机上/],
  ])('refuses while held by %s, naming the holder, and leaves its lock alone', async (_name, makeHolder, says) => {
    const holder = makeHolder();
    const text = lockText(holder);
    await writeFile(join(tmp.dir, LOCK_FILE), text);
    const error = await acquireDataLock(tmp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLockedError);
    expect((error as DataLockedError).holder).toMatchObject({ pid: holder.pid, host: holder.host, since: SINCE });
    expect((error as Error).message).toMatch(says);
    expect((error as Error).message).toContain(`删除 ${join(tmp.dir, LOCK_FILE)} 后重试`);
    expect(await readFile(join(tmp.dir, LOCK_FILE), 'utf8')).toBe(text);
    expect(await readdir(tmp.dir)).toEqual([LOCK_FILE]);
  });

  it.each<[string, () => string, boolean]>([
    ['a dead process on this host', () => lockText({ pid: deadPid(), host: hostname(), since: SINCE }), true],
    ['content this program never wrote', () => 'garbage', true],
    ['this same process (a store opened again without close)', () => lockText({ pid: process.pid, host: hostname(), since: SINCE }), false],
  ])('takes over a lock left by %s', async (_name, content, reported) => {
    await writeFile(join(tmp.dir, LOCK_FILE), content());
    const stale: (LockHolder | null)[] = [];
    const lock = await acquireDataLock(tmp.dir, { onStale: (holder) => stale.push(holder) });
    expect(JSON.parse(await readFile(join(tmp.dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(stale).toHaveLength(reported ? 1 : 0);
    expect(await readdir(tmp.dir)).toEqual([LOCK_FILE]);
    await lock.release();
  });

  it('an earlier holder’s release never removes its successor’s lock', async () => {
    const first = await acquireDataLock(tmp.dir);
    const second = await acquireDataLock(tmp.dir);
    await first.release();
    expect(JSON.parse(await readFile(join(tmp.dir, LOCK_FILE), 'utf8')).since).toBe(second.holder.since);
    await second.release();
    expect(await readdir(tmp.dir)).toEqual([]);
  });

  it('openStore takes the lock, refuses a live holder, says when it takes over a stale one, and close releases it', async () => {
    await writeFile(join(tmp.dir, LOCK_FILE), lockText({ pid: process.ppid, host: hostname(), since: SINCE }));
    await expect(openStore(tmp.dir)).rejects.toBeInstanceOf(DataLockedError);
    expect(await readdir(tmp.dir)).toEqual([LOCK_FILE]); // nothing created while refused

    await writeFile(join(tmp.dir, LOCK_FILE), lockText({ pid: deadPid(), host: hostname(), since: SINCE }));
    const warnings: StoreWarning[] = [];
    const store = await openStore(tmp.dir, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.kind)).toEqual(['stale_lock_taken_over']);
    expect(warnings[0]!.message).toMatch(/属于已不在运行的进程 \d+（主机 .+），已接管/);
    await store.cases.add(makeCase({ id: await store.cases.nextCaseId() }));
    await store.close();
    expect((await readdir(tmp.dir)).sort()).toEqual(['cases', 'qunguard.json']);
  });

  it('a reader opened without the lock (qunguard digest) works while a writer holds it', async () => {
    const writer = await openStore(tmp.dir);
    await writer.cases.add(makeCase({ id: await writer.cases.nextCaseId() }));
    await writer.flush();
    const reader = await openStore(tmp.dir, { lock: false });
    expect(await reader.cases.get('C1')).toBeDefined();
    await reader.close();
    expect((await readdir(tmp.dir)).sort()).toEqual(['cases', 'qunguard.json', 'qunguard.lock']);
    await writer.close();
  });
});
