import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { composeStore, type StoreOptions } from './compose-store.js';
import { emptyDocument, type HotDocument } from './document.js';
import { StoreWriteError } from './errors.js';
import { JsonlArchive } from './jsonl-archive.js';
import type { Store } from './ports.js';
import { readHotDocument } from './read-hot-file.js';
import { WritePump } from './write-pump.js';

/** Default delay of background writes: bursts become one write; flush() never waits for it. */
export const DEFAULT_WRITE_DELAY_MS = 250;

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
}

/**
 * Opens (or creates) the store in a data directory: the hot document `qunguard.json`,
 * written atomically by lowdb (temp file + rename) with coalesced writes, as compact
 * JSON (pretty-printing costs ~40% more per write), and `archive/*.jsonl` for old cases.
 * A file that exists but cannot be used is a StoreCorruptError and is left untouched.
 */
export async function openStore(dir: string, opts: LowdbStoreOptions = {}): Promise<Store> {
  const file = resolveIn(dir, opts.file ?? DEFAULT_DATA_FILE);
  const archiveDir = resolveIn(dir, opts.archiveDir ?? 'archive');
  await mkdir(dirname(file), { recursive: true });
  const existing = await readHotDocument(file);
  await access(dirname(file), constants.W_OK).catch((e: unknown) => {
    throw new StoreWriteError(file, { cause: e });
  });

  const doc: HotDocument = existing ?? emptyDocument();
  const adapter = new DataFile<HotDocument>(file, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) });
  const low = new Low<HotDocument>(adapter, doc);
  let snapshot: () => HotDocument = () => doc;
  const pump = new WritePump(
    async () => {
      const started = performance.now();
      low.data = snapshot();
      try {
        await low.write();
      } catch (e) {
        throw new StoreWriteError(file, { cause: e });
      }
      opts.onWrite?.(performance.now() - started);
    },
    (e) => opts.onWriteError?.(e as StoreWriteError),
    opts.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS,
  );
  const composed = composeStore(doc, new JsonlArchive(archiveDir), { onChange: () => pump.changed(), flush: () => pump.flush() }, opts);
  snapshot = composed.snapshot;
  if (!existing) {
    pump.changed();
    await pump.flush();
  }
  return composed.store;
}

function resolveIn(dir: string, path: string): string {
  return isAbsolute(path) ? path : join(dir, path);
}
