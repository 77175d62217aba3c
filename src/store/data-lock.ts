/**
 * One writer per data folder: a `qunguard.lock` file naming the holding process, so two bots never write the same data;
 * a stale lock on this host is taken over and a release never removes a successor's lock.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock file inside a data directory: one writer per directory. */
export const LOCK_FILE = 'qunguard.lock';

/** Who holds a data directory: what the lock file says. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder started, ISO 8601. */
  since: string;
}

/** A held lock; release() removes it only while it is still this holder's. */
export interface DataLock {
  readonly file: string;
  readonly holder: LockHolder;
  release(): Promise<void>;
}

/** Another live process holds the data directory: the message names it and says what to do. */
export class DataLockedError extends Error {
  override readonly name = 'DataLockedError';
  constructor(
    readonly dir: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const since = shownTime(holder.since);
    const here = holder.host === hostname();
    super(
      `数据目录 ${dir} 正被另一个群管家进程使用（进程 ${holder.pid}，主机 ${holder.host}，自 ${since} 起）。` +
        `同一个数据目录只能有一个进程写入：请先停止那个进程，或为这个进程换一个数据目录。` +
        `${here ? '' : '那个进程在另一台主机上，这里无法确认它是否还在运行；'}若确认它已不在运行，删除 ${lockFile} 后重试。\n` +
        `Data directory ${dir} is in use by another QunGuard process (pid ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
        `Stop it or use another data directory; if it is no longer running, delete ${lockFile} and retry.`,
    );
  }
}

/** What the lock file holds: the holder, and a nonce so a release never removes a successor's lock. */
interface LockContent extends LockHolder {
  nonce: string;
}

/** Locks held by this process, released on exit even when close() was never reached. */
const held = new Map<string, string>();
let exitHookInstalled = false;

/**
 * Takes the lock of a data directory: a `qunguard.lock` file with this process's pid, host
 * and start time, created atomically. A lock left by a process that is no longer alive on
 * this host is taken over and reported to `onStale`; a live holder (or one on another host,
 * which cannot be checked) is a DataLockedError. A lock this same process still holds (a
 * store opened again without close) passes to the new store.
 */
export async function acquireDataLock(dir: string, opts: { onStale?: (stale: LockHolder | null, lockFile: string) => void; now?: () => Date } = {}): Promise<DataLock> {
  const file = join(dir, LOCK_FILE);
  const content: LockContent = { pid: process.pid, host: hostname(), since: (opts.now?.() ?? new Date()).toISOString(), nonce: randomBytes(8).toString('hex') };
  const text = `${JSON.stringify(content)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(file, text)) return holdLock(file, content);
    const found = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (found === null) continue; // released meanwhile: try again
    const holder = parseLock(found);
    if (holder && holder.host !== content.host) throw new DataLockedError(dir, file, holder);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new DataLockedError(dir, file, holder);
    if (await removeIfUnchanged(file, found)) {
      if (!holder || holder.pid !== process.pid) opts.onStale?.(holder, file);
    }
  }
  const holder = parseLock(await readFile(file, 'utf8').catch(() => '')) ?? { pid: 0, host: '?', since: '?' };
  throw new DataLockedError(dir, file, holder);
}

/** Creates the lock with its whole content at once (temp file + link): nobody ever sees it empty. */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Removes a stale lock only if it still holds what was judged stale: it is moved aside
 * atomically and checked; a fresh lock moved aside by a race is put back.
 */
async function removeIfUnchanged(file: string, judged: string): Promise<boolean> {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== judged) await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return moved === judged;
}

function holdLock(file: string, content: LockContent): DataLock {
  held.set(file, content.nonce);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const [f, nonce] of held) releaseSync(f, nonce);
    });
  }
  const { nonce, ...holder } = content;
  return {
    file,
    holder,
    async release() {
      if (held.get(file) === nonce) held.delete(file);
      const now = await readFile(file, 'utf8').catch(() => null);
      if (now !== null && parseLock(now)?.nonce === nonce) await unlink(file).catch(() => undefined);
    },
  };
}

function releaseSync(file: string, nonce: string): void {
  try {
    if (parseLock(readFileSync(file, 'utf8'))?.nonce === nonce) unlinkSync(file);
  } catch {
    // Already gone, or unreadable: the next start judges it by its pid.
  }
}

function parseLock(text: string): LockContent | null {
  try {
    const v = JSON.parse(text) as Partial<LockContent>;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string' && typeof v.since === 'string') {
      return { pid: v.pid, host: v.host, since: v.since, nonce: typeof v.nonce === 'string' ? v.nonce : '' };
    }
  } catch {
    // Not a lock this program wrote: treated as stale.
  }
  return null;
}

/** Whether a process with this pid runs on this host (EPERM: it runs, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function shownTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toLocaleString('zh-CN', { hour12: false });
}
