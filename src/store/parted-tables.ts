/**
 * Which of the hot document's tables the lowdb store keeps in part files, and how each is cut: members by group
 * (97% of a company's data, changing slowly), cases in blocks of 64 consecutive numbers (a new case touches the newest
 * block, however many arrive in a burst), the key-value state in 64 buckets by key (an outbox backlog of hundreds of
 * jobs is rewritten a bucket at a time), the dedup ids in blocks of 512 in arrival order (a write rewrites the newest
 * block and, once the oldest ids are evicted, the oldest one).
 */
import { z } from 'zod';
import { memberRecordSchema, type CaseRecord, type MemberRecord } from '../core/records.js';
import { jsonSchema, storedCaseSchema } from './document.js';
import type { JsonValue } from './ports.js';
import type { PartedTable } from './table-files.js';

/** Cases per block file. */
export const CASE_BLOCK = 64;

/** The block a case is filed under, by its number: C1–C63 in `b0`, C64–C127 in `b1`, … */
export function caseBlock(c: Pick<CaseRecord, 'id'>): string {
  return `b${Math.floor(Number(c.id.slice(1)) / CASE_BLOCK)}`;
}

/** Each group's members in a file of their own. */
export const MEMBER_PARTS: PartedTable<MemberRecord> = { dir: 'members', partOf: (m) => m.roomId, schema: memberRecordSchema };

/** Each block of 64 cases in a file of its own. */
export const CASE_PARTS: PartedTable<CaseRecord> = { dir: 'cases', partOf: caseBlock, schema: storedCaseSchema };

/** How many buckets the state's keys are spread over. */
export const STATE_BUCKETS = 64;

/** The bucket of a state key (FNV-1a of its UTF-16 units), `s0` … `s63`: the same on every run. */
export function stateBucket(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `s${(h >>> 0) % STATE_BUCKETS}`;
}

/** One state entry as a part file holds it: its key and its JSON value. */
export type StateRecord = [key: string, value: JsonValue];

/** The state's entries in 64 files by key. */
export const STATE_PARTS: PartedTable<StateRecord> = { dir: 'state', partOf: ([key]) => stateBucket(key), schema: z.tuple([z.string(), jsonSchema]) };

/** Dedup ids per block file. */
export const SEEN_BLOCK = 512;

/** One dedup id as a part file holds it: its arrival number (which orders and files it) and the message id. */
export type SeenRecord = [seq: number, messageId: string];

/** The block of the id that arrived `seq`-th: `q0` for the first 512, `q1` for the next, … */
export function seenBlock(seq: number): string {
  return `q${Math.floor(seq / SEEN_BLOCK)}`;
}

/** The dedup ids in blocks of 512, in arrival order. */
export const SEEN_PARTS: PartedTable<SeenRecord> = { dir: 'seen', partOf: ([seq]) => seenBlock(seq), schema: z.tuple([z.number().int().nonnegative(), z.string()]) };

/** The parted tables, by the field of the hot file that names their files. */
export const PARTED_TABLES = { memberFiles: MEMBER_PARTS, caseFiles: CASE_PARTS, stateFiles: STATE_PARTS, seenFiles: SEEN_PARTS } as const;

/** A field of the hot file naming one parted table's files. */
export type PartFilesField = keyof typeof PARTED_TABLES;

/** The fields, in one fixed order. */
export const PART_FILES_FIELDS = Object.keys(PARTED_TABLES) as PartFilesField[];

/** Per field, per part, the file holding it (relative to the data directory). */
export type NamedPartFiles = Record<PartFilesField, Record<string, string>>;

/** A table that knows which of its parts changed, for a persister that writes just those. */
export interface PartedRecords {
  /** The parts changed since the last call, which it forgets. */
  takeChangedParts(): string[];
  /** The stored records of one part (shared: serialise them at once). */
  recordsOf(part: string): readonly unknown[];
  /** Every part that holds records now, for a migration that writes them all. */
  parts(): string[];
  /** Marks parts as changed again, when writing them failed and must be retried. */
  markChanged(parts: Iterable<string>): void;
}

/** The parts of one table changed since a persister last took them: the one bookkeeping the three tables share. */
export class ChangedParts {
  readonly #parts = new Set<string>();

  /** Notes a changed part. */
  add(part: string): void {
    this.#parts.add(part);
  }

  /** The changed parts, forgotten as they are handed out. */
  take(): string[] {
    const parts = [...this.#parts];
    this.#parts.clear();
    return parts;
  }

  /** Notes parts as changed again (a failed write), or for the first time (a migration). */
  mark(parts: Iterable<string>): void {
    for (const part of parts) this.#parts.add(part);
  }
}
