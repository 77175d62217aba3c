/**
 * Writing the hot document so a crash or a full disk never leaves it half-written: each write goes to a temp file of its
 * own, then is renamed over the old one; a failed write removes its temp file.
 */
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write uses; tests pass a copy that fails like a full disk. */
export interface AtomicFileOps {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const REAL_OPS: AtomicFileOps = { open, rename, unlink };

let writes = 0;

/**
 * A temp name of its own for every write of every process (`.qunguard.json.<pid>-<n>.tmp`),
 * so two writers never write into, or rename away, each other's half-written file.
 */
export function tempNameFor(file: string): string {
  writes += 1;
  return join(dirname(file), `.${basename(file)}.${process.pid}-${writes}.tmp`);
}

/**
 * Writes `text` to `file` atomically: a fresh temp file next to it, then a rename over it.
 * A failed write (ENOSPC, EIO) removes its temp file, so a full disk leaves no 0-byte files.
 */
export async function writeFileAtomic(file: string, text: string, ops: AtomicFileOps = REAL_OPS): Promise<void> {
  const temp = tempNameFor(file);
  try {
    const fh = await ops.open(temp, 'wx', 0o644);
    try {
      await fh.writeFile(text, 'utf8');
    } finally {
      await fh.close();
    }
    await ops.rename(temp, file);
  } catch (e) {
    await ops.unlink(temp).catch(() => undefined);
    throw e;
  }
}

/**
 * Removes temp files that earlier writes of `file` left behind (a crash between write and
 * rename, or lowdb's `.qunguard.json.tmp`); only the lock holder may call this. Returns their paths.
 */
export async function removeLeftoverTemps(file: string): Promise<string[]> {
  const dir = dirname(file);
  const base = basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${base}\\.(\\d+-\\d+\\.)?tmp$`);
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [])) {
    if (!pattern.test(name)) continue;
    const path = join(dir, name);
    await unlink(path).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}
