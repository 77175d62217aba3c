/**
 * The bulky tables of a data folder split into files by part (each group's members, each block of 64 cases, each bucket of the state), so a change
 * rewrites one part's few kilobytes instead of a company's whole table. A new version of a part's file always gets a
 * new name (`members/<part>-<n>.json`), and the hot file, renamed into place last, is what says which names are
 * current: a crash at any moment leaves the hot file naming complete files only, and the files it no longer names are
 * removed afterwards.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file.js';
import { describeIssues } from './document.js';
import { StoreCorruptError } from './errors.js';

/** One table kept in part files: the folder they live in, and which part a record belongs to. */
export interface PartedTable<T> {
  /** Folder inside the data directory (`members`, `cases`). */
  dir: string;
  /** The part a record is filed under (its group, its block, its bucket). */
  partOf(record: T): string;
  /** The check every record read from a part file passes. */
  schema: z.ZodType<T>;
}

const NAME = /^([0-9a-f]{16})-(\d+)\.json$/;
/** A temp file of an atomic write of a part file (see atomic-file.ts). */
const TEMP = /^\.[0-9a-f]{16}-\d+\.json\.\d+-\d+\.tmp$/;

/** The file name of version `generation` of a part's file, relative to the data directory. */
export function partFileName(table: Pick<PartedTable<unknown>, 'dir'>, part: string, generation: number): string {
  const hashed = createHash('sha256').update(part).digest('hex').slice(0, 16);
  return `${table.dir}/${hashed}-${generation}.json`;
}

/** The text of a part's file: the part, repeated as a check, and its records. */
export function partFileText(part: string, records: readonly unknown[]): string {
  return JSON.stringify({ part, records });
}

/**
 * Reads the part files the hot file names for a table: every one must exist and hold records of
 * the part it is named for. Anything else is a StoreCorruptError naming the file, which is left untouched.
 */
export async function readPartFiles<T>(dataDir: string, table: PartedTable<T>, named: Readonly<Record<string, string>>): Promise<T[]> {
  const fileSchema = z.object({ part: z.string(), records: z.array(table.schema) });
  const out: T[] = [];
  for (const [part, name] of Object.entries(named)) {
    const file = join(dataDir, name);
    if (!name.startsWith(`${table.dir}/`) || !NAME.test(name.slice(table.dir.length + 1))) {
      throw new StoreCorruptError(file, 'wrong_shape', `not a file of the ${table.dir} table: ${name}`);
    }
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      throw new StoreCorruptError(file, missing ? 'missing' : 'unreadable', missing ? 'named by the hot file, but not there' : (e as Error).message, { cause: e });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new StoreCorruptError(file, 'invalid_json', (e as Error).message, { cause: e });
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) throw new StoreCorruptError(file, 'wrong_shape', describeIssues(parsed.error));
    if (parsed.data.part !== part) throw new StoreCorruptError(file, 'wrong_shape', 'holds another part than the one it is named for');
    parsed.data.records.forEach((record, i) => {
      if (table.partOf(record) !== part) throw new StoreCorruptError(file, 'wrong_shape', `records.${i}: belongs to another part than ${part}`);
    });
    out.push(...parsed.data.records);
  }
  return out;
}

/** The highest generation among a table's part files present (named or not), so new names never reuse an old one. */
export async function highestGeneration(dataDir: string, table: Pick<PartedTable<unknown>, 'dir'>): Promise<number> {
  let highest = 0;
  for (const name of await readdir(join(dataDir, table.dir)).catch(() => [])) {
    const m = NAME.exec(name);
    if (m) highest = Math.max(highest, Number(m[2]));
  }
  return highest;
}

/**
 * Removes a table's part files the hot file does not name: versions replaced by a write that a
 * crash interrupted before it could remove them, files of a write that failed, and temp files of a
 * write cut short. Only the lock holder calls this. Returns the paths removed.
 */
export async function removeUnnamedPartFiles(dataDir: string, table: Pick<PartedTable<unknown>, 'dir'>, named: Iterable<string>): Promise<string[]> {
  const keep = new Set(named);
  const removed: string[] = [];
  for (const name of await readdir(join(dataDir, table.dir)).catch(() => [])) {
    const leftover = NAME.test(name) ? !keep.has(`${table.dir}/${name}`) : TEMP.test(name);
    if (!leftover) continue;
    const path = join(dataDir, table.dir, name);
    await unlink(path).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}

/** One write's part files of one table: the hot file names `named`; they are written, then kept or given up. */
export interface PartFilesWrite {
  /** Per part, the file the hot file of this write names. */
  named: Record<string, string>;
  /** Writes the new files (each atomically, under a name no file had). */
  write(): Promise<void>;
  /** After the hot file naming them is in place: the replaced files are removed. */
  commit(): Promise<void>;
  /** After the hot file could not be written: the new files are removed, the current ones stay. */
  abandon(): Promise<void>;
}

/** The part files a data folder's hot file names for one table, and how the next write replaces the changed ones. */
export class PartFiles {
  #named: Map<string, string>;
  #generation: number;

  constructor(
    private readonly dataDir: string,
    private readonly table: Pick<PartedTable<unknown>, 'dir'>,
    named: Readonly<Record<string, string>>,
    highest: number,
  ) {
    this.#named = new Map(Object.entries(named));
    this.#generation = highest;
  }

  /**
   * Prepares a write of the changed parts, synchronously: each gets a new file name and its text
   * now (a part with no records left gets none), so later changes cannot slip into it.
   */
  prepare(changedParts: readonly string[], recordsOf: (part: string) => readonly unknown[]): PartFilesWrite {
    const named = new Map(this.#named);
    const files: Array<{ path: string; text: string }> = [];
    const replaced: string[] = [];
    for (const part of changedParts) {
      const old = named.get(part);
      if (old) replaced.push(old);
      const records = recordsOf(part);
      if (records.length === 0) {
        named.delete(part);
        continue;
      }
      this.#generation += 1;
      const name = partFileName(this.table, part, this.#generation);
      named.set(part, name);
      files.push({ path: join(this.dataDir, name), text: partFileText(part, records) });
    }
    const removeAll = async (paths: readonly string[]): Promise<void> => {
      await Promise.all(paths.map((p) => unlink(p).catch(() => undefined)));
    };
    return {
      named: Object.fromEntries(named),
      write: async () => {
        if (files.length === 0) return;
        // Not recursive: a data folder removed under a running store is not silently made again.
        await mkdir(join(this.dataDir, this.table.dir)).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'EEXIST') throw e;
        });
        await Promise.all(files.map((f) => writeFileAtomic(f.path, f.text)));
      },
      commit: async () => {
        this.#named = named;
        await removeAll(replaced.map((name) => join(this.dataDir, name)));
      },
      abandon: () => removeAll(files.map((f) => f.path)),
    };
  }
}
