/**
 * The embedded production store for one account, used when no database is configured: everything the bot records lives
 * in one data folder that survives restarts and crashes.
 */
import { constants } from 'node:fs';
import { access, lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { removeLeftoverTemps, writeFileAtomic } from './atomic-file.js';
import { composeStore, type ComposedStore, type StoreOptions } from './compose-store.js';
import { acquireDataLock, type DataLock } from './data-lock.js';
import { DOCUMENT_VERSION, emptyDocument, type HotFile } from './document.js';
import { DataPathError, StoreWriteError } from './errors.js';
import { JsonlArchive } from './jsonl-archive.js';
import { PART_FILES_FIELDS, PARTED_TABLES, type NamedPartFiles, type PartedRecords, type PartFilesField } from './parted-tables.js';
import { highestGeneration, PartFiles, removeUnnamedPartFiles, type PartFilesWrite } from './table-files.js';
import type { Store } from './ports.js';
import { readHotFile, readStoredDocument, type StoredDocument } from './read-hot-file.js';
import { warnOnStderr, type StoreWarning } from './store-warning.js';
import { WritePump } from './write-pump.js';

/** Default delay of background writes: bursts become one write; flush() never waits for it. */
export const DEFAULT_WRITE_DELAY_MS = 250;

/**
 * Most a lazy change (a dedup id) waits for a write of its own; any other write takes it along.
 * At 50 clean messages a second this is one hot write every few seconds instead of four a second.
 */
export const LAZY_WRITE_DELAY_MS = 5_000;

/** Default name of the hot document inside the data directory. */
export const DEFAULT_DATA_FILE = 'qunguard.json';

/** Where the lowdb store keeps its files, and how it reports on its writes. */
export interface LowdbStoreOptions extends StoreOptions {
  /** Hot document path, absolute or relative to the data directory (default `qunguard.json`). */
  file?: string;
  /** Archive directory, absolute or relative to the data directory (default `archive`). */
  archiveDir?: string;
  /**
   * Background writes happen this long after a change (default 250 ms), so a burst of
   * messages costs one write. Changes that must survive a crash are flushed by the caller.
   */
  writeDelayMs?: number;
  /** A background write failed (it is retried on the next change; flush() reports it too). */
  onWriteError?: (error: StoreWriteError) => void;
  /** A hot write finished, with how long serialising and writing took: for metrics and the bench. */
  onWrite?: (ms: number) => void;
  /**
   * Take the data directory's lock (default true): one writing process per directory. Only
   * a reader that never writes (`qunguard digest`) opens without it.
   */
  lock?: boolean;
}

/**
 * Opens (or creates) the store in a data directory: the hot document `qunguard.json`,
 * written atomically (a temp file of its own per write, then a rename) with coalesced
 * writes, as compact JSON; members, cases, state and dedup ids in part files (see
 * table-files.ts), a part rewritten only when it changed; and `archive/*.jsonl` for old cases. Takes the directory's
 * lock first (DataLockedError when another process holds it); release is on close().
 * A file that exists but cannot be used is a StoreCorruptError or DataPathError and is
 * left untouched.
 */
export async function openStore(dir: string, opts: LowdbStoreOptions = {}): Promise<Store> {
  const warn = opts.onWarning ?? warnOnStderr;
  const dataDir = resolve(dir);
  await ensureDirectory(dataDir);
  const lock = opts.lock === false ? null : await acquireDataLock(dataDir, { onStale: (stale, lockFile) => warn(staleLockWarning(stale, lockFile)) });
  try {
    const file = await dataFileTarget(resolveIn(dataDir, opts.file ?? DEFAULT_DATA_FILE));
    if (lock) {
      const removed = await removeLeftoverTemps(file);
      if (removed.length > 0) {
        warn({ kind: 'temp_files_removed', file, message: `已删除上次写入中断留下的临时文件：${removed.join('、')}\nRemoved temp files left by an interrupted write: ${removed.join(', ')}` });
      }
    }
    const existing = await readStoredDocument(dataDir, file);
    if (existing) await refuseReadOnly(file);
    await access(dirname(file), constants.W_OK).catch((e: unknown) => {
      throw new StoreWriteError(file, { cause: e });
    });
    if (lock) {
      const removed: string[] = [];
      for (const field of PART_FILES_FIELDS) removed.push(...(await removeUnnamedPartFiles(dataDir, PARTED_TABLES[field], Object.values(existing?.partFiles[field] ?? {}))));
      if (removed.length > 0) {
        warn({ kind: 'temp_files_removed', file, message: `已删除上次写入中断后不再使用的数据文件：${removed.join('、')}\nRemoved data files no longer in use after an interrupted write: ${removed.join(', ')}` });
      }
    }
    return await openOn(dataDir, file, existing, resolveIn(dataDir, opts.archiveDir ?? 'archive'), lock, warn, opts);
  } catch (e) {
    await lock?.release();
    throw e;
  }
}

async function openOn(dataDir: string, file: string, existing: StoredDocument | null, archiveDir: string, lock: DataLock | null, warn: (w: StoreWarning) => void, opts: LowdbStoreOptions): Promise<Store> {
  const doc = existing?.document ?? emptyDocument();
  const files = {} as Record<PartFilesField, PartFiles>;
  for (const field of PART_FILES_FIELDS) {
    files[field] = new PartFiles(dataDir, PARTED_TABLES[field], existing?.partFiles[field] ?? {}, await highestGeneration(dataDir, PARTED_TABLES[field]));
  }
  // The part files of one write are on disk before the hot file that names them is renamed into place.
  let partFilesWritten: Promise<void> = Promise.resolve();
  const low = new Low<HotFile>(hotFileAdapter(file, () => partFilesWritten), { ...emptyDocument(), ...noPartFiles() });
  let composed: ComposedStore | null = null;
  const pump = new WritePump(
    async () => {
      if (!composed) return;
      const started = performance.now();
      // Everything is serialised here, synchronously, before the first await: a unit of work
      // that starts while this write runs can never have half of its changes in it.
      const tables = partedRecords(composed);
      const named = noPartFiles();
      const all = PART_FILES_FIELDS.map((field) => {
        const prepared = prepareParts(files[field], tables[field]);
        named[field] = prepared.write.named;
        return prepared;
      });
      partFilesWritten = Promise.all(all.map((p) => p.write.write())).then(() => undefined);
      low.data = { ...composed.snapshot(), version: DOCUMENT_VERSION, ...named };
      try {
        await low.write();
      } catch (e) {
        for (const p of all) p.retry();
        await Promise.all(all.map((p) => p.write.abandon()));
        throw new StoreWriteError(file, { cause: e });
      }
      await Promise.all(all.map((p) => p.write.commit()));
      opts.onWrite?.(performance.now() - started);
    },
    (e) => opts.onWriteError?.(e as StoreWriteError),
    opts.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS,
    Math.max(opts.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS, LAZY_WRITE_DELAY_MS),
  );
  const archive = new JsonlArchive(archiveDir, (bad) => warn({ kind: 'archive_line_skipped', file: `${bad.file}:${bad.line}`, message: archiveLineMessage(bad) }));
  composed = composeStore(doc, archive, { onChange: (lazy) => pump.changed(lazy), flush: () => pump.flush(), hold: () => pump.hold(), turn: () => pump.turn() }, { ...opts, onWarning: warn });
  // A new folder gets its files at once; a hot file holding records itself (version 1) is rewritten in the new layout.
  const migrate = existing !== null && (existing.inline || existing.document.version < DOCUMENT_VERSION);
  if (migrate) for (const table of Object.values(partedRecords(composed))) table.markChanged(table.parts());
  if (!existing || (migrate && lock)) {
    pump.changed();
    await pump.flush();
  }
  const store = composed.store;
  return {
    ...store,
    async close() {
      try {
        await store.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

/** The store's parted tables, by the hot-file field naming their files. */
function partedRecords(composed: ComposedStore): Record<PartFilesField, PartedRecords> {
  return { memberFiles: composed.members, caseFiles: composed.cases, stateFiles: composed.state, seenFiles: composed.seen };
}

/** A hot file's part-file fields, each naming nothing yet. */
function noPartFiles(): NamedPartFiles {
  return { memberFiles: {}, caseFiles: {}, stateFiles: {}, seenFiles: {} };
}

/** The changed parts of a table, prepared for one write; `retry()` marks them changed again after a failure. */
function prepareParts(files: PartFiles, table: PartedRecords): { write: PartFilesWrite; retry(): void } {
  const changed = table.takeChangedParts();
  return { write: files.prepare(changed, (part) => table.recordsOf(part)), retry: () => table.markChanged(changed) };
}

/**
 * lowdb's adapter over the hot file: serialised as soon as lowdb hands it over, written with a
 * temp name of its own once the part files it names (`before()`) are written, then renamed into place.
 */
function hotFileAdapter(file: string, before: () => Promise<void>): Adapter<HotFile> {
  return {
    read: () => readHotFile(file),
    write: (data) => {
      const text = JSON.stringify(data);
      return before().then(() => writeFileAtomic(file, text));
    },
  };
}

/** The data directory exists (created if missing) and is a directory. */
async function ensureDirectory(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => null);
  if (found && !found.isDirectory()) throw new DataPathError(dir, 'dir_is_file');
  await mkdir(dir, { recursive: true }).catch((e: unknown) => {
    throw new DataPathError(dir, 'dir_unusable', { cause: e });
  });
}

/**
 * The path to write the hot document to: a symbolic link is followed to its target (so the
 * link stays a link and the target is updated); a dangling link is refused, never replaced.
 */
async function dataFileTarget(file: string): Promise<string> {
  await mkdir(dirname(file), { recursive: true }).catch((e: unknown) => {
    throw new DataPathError(dirname(file), 'dir_unusable', { cause: e });
  });
  const link = await lstat(file).catch(() => null);
  if (!link?.isSymbolicLink()) return file;
  return realpath(file).catch(() => {
    throw new DataPathError(file, 'dangling_symlink');
  });
}

/** A data file someone made read-only is not overwritten by the rename of a temp file. */
async function refuseReadOnly(file: string): Promise<void> {
  const { mode } = await stat(file);
  // Root may write anything, so access() alone would not see a chmod a-w file.
  const readOnly = (mode & 0o222) === 0 || (await access(file, constants.W_OK).then(() => false, () => true));
  if (readOnly) throw new DataPathError(file, 'read_only');
}

function staleLockWarning(stale: { pid: number; host: string; since: string } | null, lockFile: string): StoreWarning {
  const who = stale ? `进程 ${stale.pid}（主机 ${stale.host}，自 ${stale.since} 起）` : '无法识别的内容';
  const whoEn = stale ? `pid ${stale.pid} on ${stale.host}, since ${stale.since}` : 'unreadable content';
  return {
    kind: 'stale_lock_taken_over',
    file: lockFile,
    message: `数据目录的锁 ${lockFile} 属于已不在运行的${who}，已接管。\nTook over the stale lock ${lockFile} (${whoEn}): that process is no longer running.`,
  };
}

function archiveLineMessage(bad: { file: string; line: number; problem: string }): string {
  return `归档文件 ${bad.file}:${bad.line} 这一行无法读取（${bad.problem}），已跳过，其余记录照常使用。\nSkipped unreadable archive line ${bad.file}:${bad.line} (${bad.problem}); the other records are used.`;
}

function resolveIn(dir: string, path: string): string {
  return isAbsolute(path) ? path : join(dir, path);
}
