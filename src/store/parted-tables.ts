/**
 * Which of the hot document's tables the lowdb store keeps in part files, and how each is cut: members by group
 * (97% of a company's data, changing slowly), cases by the UTC day they were opened (a new case touches today's), the
 * key-value state in 64 buckets by key (an outbox backlog of hundreds of jobs is rewritten a bucket at a time).
 */
import { z } from 'zod';
import { memberRecordSchema, type CaseRecord, type MemberRecord } from '../core/records.js';
import { jsonSchema, storedCaseSchema } from './document.js';
import type { JsonValue } from './ports.js';
import type { PartedTable } from './table-files.js';

/** The day a case is filed under: the UTC date it was opened, `2026-11-23`. */
export function caseDay(c: Pick<CaseRecord, 'at'>): string {
  return new Date(c.at).toISOString().slice(0, 10);
}

/** Each group's members in a file of their own. */
export const MEMBER_PARTS: PartedTable<MemberRecord> = { dir: 'members', partOf: (m) => m.roomId, schema: memberRecordSchema };

/** Each day's cases in a file of their own. */
export const CASE_PARTS: PartedTable<CaseRecord> = { dir: 'cases', partOf: caseDay, schema: storedCaseSchema };

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

/** A table that knows which of its parts changed, for a persister that writes just those. */
export interface PartedRecords {
  /** The parts changed since the last call, which it forgets. */
  takeChangedParts(): string[];
  /** The stored records of one part (shared: serialise them at once). */
  recordsOf(part: string): readonly unknown[];
  /** Marks parts as changed again, when writing them failed and must be retried. */
  markChanged(parts: Iterable<string>): void;
}
