/**
 * Which of the hot document's tables the lowdb store keeps in part files, and how each is cut: members by group
 * (97% of a company's data, changing slowly), cases by the UTC day they were opened (a new case touches today's).
 */
import { memberRecordSchema, type CaseRecord, type MemberRecord } from '../core/records.js';
import { storedCaseSchema } from './document.js';
import type { PartedTable } from './table-files.js';

/** The day a case is filed under: the UTC date it was opened, `2026-11-23`. */
export function caseDay(c: Pick<CaseRecord, 'at'>): string {
  return new Date(c.at).toISOString().slice(0, 10);
}

/** Each group's members in a file of their own. */
export const MEMBER_PARTS: PartedTable<MemberRecord> = { dir: 'members', partOf: (m) => m.roomId, schema: memberRecordSchema };

/** Each day's cases in a file of their own. */
export const CASE_PARTS: PartedTable<CaseRecord> = { dir: 'cases', partOf: caseDay, schema: storedCaseSchema };

/** A table that knows which of its parts changed, for a persister that writes just those. */
export interface PartedRecords {
  /** The parts changed since the last call, which it forgets. */
  takeChangedParts(): string[];
  /** The stored records of one part (shared: serialise them at once). */
  recordsOf(part: string): readonly unknown[];
  /** Marks parts as changed again, when writing them failed and must be retried. */
  markChanged(parts: Iterable<string>): void;
}
