/**
 * The hot document's layout and schemas (cases, members, rooms, audit, state), checked on every write and every read
 * from disk; old case events are migrated on read and a newer layout is refused, not guessed at.
 */
import { z } from 'zod';
import { auditRecordSchema, memberRecordSchema, roomRecordSchema, type CaseRecord } from '../core/records.js';
import { caseEventSchema, caseRecordShape } from '../core/cases/index.js';
import { migrateCaseEvent } from '../core/cases/migrate-case-event.js';
import { InvalidRecordError } from './errors.js';
import type { JsonValue } from './ports.js';

/**
 * Version of the hot file's layout; a file with a higher one is refused, not guessed at.
 * 1: members, cases, state and dedup ids inline. 2: each group's members, each block of 64 cases, each bucket
 * of the state and each block of 512 dedup ids in files of their own, named by `memberFiles`, `caseFiles`,
 * `stateFiles` and `seenFiles` (see table-files.ts).
 */
export const DOCUMENT_VERSION = 2;

/** A free-text entry from a file written before events were typed: migrated on read. */
const legacyCaseEventSchema = z.object({ at: z.number().int().nonnegative(), by: z.string(), what: z.string(), note: z.string().optional() }).transform(migrateCaseEvent);

/** Shape of a stored case, checked on every write and on every read from disk; old free-text events are migrated. */
export const storedCaseSchema: z.ZodType<CaseRecord> = caseRecordShape(z.union([caseEventSchema, legacyCaseEventSchema]));

/** JSON values for the key-value state (rejects NaN, Infinity, undefined). */
export const jsonSchema: z.ZodType<JsonValue> = z.json();

const documentFields = {
  version: z.number().int().positive(),
  /** Number of the next case id to hand out (`C<nextCase>`). */
  nextCase: z.number().int().positive(),
  cases: z.array(storedCaseSchema),
  members: z.array(memberRecordSchema),
  rooms: z.array(roomRecordSchema),
  /** Recently handled message ids, oldest first. */
  seen: z.array(z.string()),
  /** The arrival number of the first of `seen` (read from the part files; 0 when they were inline). */
  seenFrom: z.number().int().nonnegative().optional(),
  state: z.record(z.string(), jsonSchema),
  audit: z.array(auditRecordSchema),
};

function uniqueCaseIds(doc: { cases: readonly CaseRecord[] }, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  doc.cases.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `duplicate case id ${c.id}` });
    ids.add(c.id);
  });
}

/** Shape of the whole hot document in memory, every member included (any version number, checked separately). */
export const documentSchema = z.object(documentFields).superRefine(uniqueCaseIds);

/** The hot document: everything the bot needs at hand; old closed cases live in the archive. */
export type HotDocument = z.infer<typeof documentSchema>;

const partFilesSchema = z.record(z.string(), z.string()).default({});

/**
 * Shape of the hot file on disk. Since version 2 members, cases and state are not in it (members
 * are 97% of a company's data and change slowly; a new case touches only the newest block of 64; an outbox backlog
 * is rewritten a bucket at a time): `memberFiles`, `caseFiles` and `stateFiles` name, per part, the
 * file holding it, relative to the data directory. A version 1 file still has them inline.
 */
export const hotFileSchema = z
  .object({
    ...documentFields,
    members: z.array(memberRecordSchema).default([]),
    cases: z.array(storedCaseSchema).default([]),
    state: z.record(z.string(), jsonSchema).default({}),
    seen: z.array(z.string()).default([]),
    memberFiles: partFilesSchema,
    caseFiles: partFilesSchema,
    stateFiles: partFilesSchema,
    seenFiles: partFilesSchema,
  })
  .superRefine(uniqueCaseIds);

/** The hot file as read from disk. */
export type HotFile = z.infer<typeof hotFileSchema>;

/** A fresh, empty hot document. */
export function emptyDocument(): HotDocument {
  return { version: DOCUMENT_VERSION, nextCase: 1, cases: [], members: [], rooms: [], seen: [], state: {}, audit: [] };
}

/** Short, readable summary of what zod found wrong (first few issues, with their paths). */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** Validates and deep-copies a record on its way in, so nothing unreadable is ever persisted. */
export function checked<T>(schema: z.ZodType<T>, kind: string, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new InvalidRecordError(kind, describeIssues(r.error));
  return r.data;
}
