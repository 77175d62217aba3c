/**
 * Each group's members in a file of their own (`members/<group>-<n>.json`), so a change in one group rewrites that
 * group's few kilobytes instead of a company's whole member list. A new version of a group's file always gets a new
 * name and the hot file, renamed into place last, is what says which names are current: a crash at any moment leaves
 * the hot file naming complete files only, and the files it no longer names are removed afterwards.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { MemberRecord } from '../core/records.js';
import { writeFileAtomic } from './atomic-file.js';
import { describeIssues, memberFileSchema } from './document.js';
import { StoreCorruptError } from './errors.js';

/** The folder, inside the data directory, that holds the member files. */
export const MEMBER_DIR = 'members';

const NAME = /^([0-9a-f]{16})-(\d+)\.json$/;
/** A temp file of an atomic write of a member file (see atomic-file.ts). */
const TEMP = /^\.[0-9a-f]{16}-\d+\.json\.\d+-\d+\.tmp$/;

/** The file name of version `generation` of a group's member file, relative to the data directory. */
export function memberFileName(roomId: string, generation: number): string {
  const group = createHash('sha256').update(roomId).digest('hex').slice(0, 16);
  return `${MEMBER_DIR}/${group}-${generation}.json`;
}

/** The text of a group's member file. */
export function memberFileText(roomId: string, members: readonly MemberRecord[]): string {
  return JSON.stringify({ roomId, members });
}

/**
 * Reads the member files the hot file names: every one must exist and hold the members of
 * the group it is named for. Anything else is a StoreCorruptError naming the file, which is left untouched.
 */
export async function readMemberFiles(dataDir: string, memberFiles: Readonly<Record<string, string>>): Promise<MemberRecord[]> {
  const members: MemberRecord[] = [];
  for (const [roomId, name] of Object.entries(memberFiles)) {
    const file = join(dataDir, name);
    if (!NAME.test(name.slice(MEMBER_DIR.length + 1)) || !name.startsWith(`${MEMBER_DIR}/`)) {
      throw new StoreCorruptError(file, 'wrong_shape', `not a member file name: ${name}`);
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
    const parsed = memberFileSchema.safeParse(raw);
    if (!parsed.success) throw new StoreCorruptError(file, 'wrong_shape', describeIssues(parsed.error));
    if (parsed.data.roomId !== roomId) throw new StoreCorruptError(file, 'wrong_shape', `holds the members of another group than the one it is named for`);
    members.push(...parsed.data.members);
  }
  return members;
}

/** The highest generation among the member files present (named or not), so new names never reuse an old one. */
export async function highestMemberGeneration(dataDir: string): Promise<number> {
  let highest = 0;
  for (const name of await readdir(join(dataDir, MEMBER_DIR)).catch(() => [])) {
    const m = NAME.exec(name);
    if (m) highest = Math.max(highest, Number(m[2]));
  }
  return highest;
}

/**
 * Removes the member files the hot file does not name: versions replaced by a write that a crash
 * interrupted before it could remove them, files of a write that failed, and temp files of a write
 * cut short. Only the lock holder calls this. Returns the paths removed.
 */
export async function removeUnnamedMemberFiles(dataDir: string, named: Iterable<string>): Promise<string[]> {
  const keep = new Set(named);
  const removed: string[] = [];
  for (const name of await readdir(join(dataDir, MEMBER_DIR)).catch(() => [])) {
    const leftover = NAME.test(name) ? !keep.has(`${MEMBER_DIR}/${name}`) : TEMP.test(name);
    if (!leftover) continue;
    const path = join(dataDir, MEMBER_DIR, name);
    await unlink(path).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}

/** One write's member files: the hot file names `named`; they are written, then kept or given up. */
export interface MemberFilesWrite {
  /** Per group, the member file the hot file of this write names. */
  named: Record<string, string>;
  /** Writes the new files (each atomically, under a name no file had). */
  write(): Promise<void>;
  /** After the hot file naming them is in place: the replaced files are removed. */
  commit(): Promise<void>;
  /** After the hot file could not be written: the new files are removed, the current ones stay. */
  abandon(): Promise<void>;
}

/** The member files a data folder's hot file names, and how the next write replaces the changed ones. */
export class MemberFiles {
  #named: Map<string, string>;
  #generation: number;

  constructor(
    private readonly dataDir: string,
    named: Readonly<Record<string, string>>,
    highestGeneration: number,
  ) {
    this.#named = new Map(Object.entries(named));
    this.#generation = highestGeneration;
  }

  /**
   * Prepares a write of the changed groups, synchronously: each gets a new file name and its
   * text now (a group with no members left gets none), so later changes cannot slip into it.
   */
  prepare(changedRooms: readonly string[], recordsOf: (roomId: string) => readonly MemberRecord[]): MemberFilesWrite {
    const named = new Map(this.#named);
    const files: Array<{ path: string; text: string }> = [];
    const replaced: string[] = [];
    for (const roomId of changedRooms) {
      const old = named.get(roomId);
      if (old) replaced.push(old);
      const records = recordsOf(roomId);
      if (records.length === 0) {
        named.delete(roomId);
        continue;
      }
      this.#generation += 1;
      const name = memberFileName(roomId, this.#generation);
      named.set(roomId, name);
      files.push({ path: join(this.dataDir, name), text: memberFileText(roomId, records) });
    }
    const removeAll = async (paths: readonly string[]): Promise<void> => {
      await Promise.all(paths.map((p) => unlink(p).catch(() => undefined)));
    };
    return {
      named: Object.fromEntries(named),
      write: async () => {
        if (files.length === 0) return;
        await mkdir(join(this.dataDir, MEMBER_DIR), { recursive: true });
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
