import { z } from 'zod';
import type { AuditRecord, CaseEvent, CaseRecord, MemberRecord, RoomRecord } from '../core/records.js';
import { SEVERITIES, type Severity } from '../core/types.js';
import { migrateCaseEvent } from '../core/cases/migrate-case-event.js';
import { InvalidRecordError } from './errors.js';
import type { JsonValue } from './ports.js';

/** Version of the hot document layout; a file with a higher one is refused, not guessed at. */
export const DOCUMENT_VERSION = 1;

const ms = z.number().int().nonnegative();

const actor = { at: ms, by: z.string() };
const caseActionSchema = z.enum(['warn', 'warn_and_notify', 'remove', 'request_removal', 'manual', 'relevance', 'none', 'review']);

const typedCaseEventSchema = z.discriminatedUnion('type', [
  z.object({ ...actor, type: z.literal('opened'), action: caseActionSchema, note: z.string().optional() }),
  z.object({ ...actor, type: z.literal('reminded') }),
  z.object({ ...actor, type: z.literal('appealed'), reason: z.string() }),
  z.object({ ...actor, type: z.literal('overturned'), reason: z.string().optional() }),
  z.object({ ...actor, type: z.literal('decided'), decision: z.enum(['remove', 'keep', 'appeal_rejected', 'confirmed']), reason: z.string().optional() }),
  z.object({ ...actor, type: z.literal('expired') }),
  z.object({ ...actor, type: z.literal('closed'), reason: z.enum(['member_left', 'member_removed']) }),
  z.object({ ...actor, type: z.literal('reported'), reason: z.string() }),
  z.object({ ...actor, type: z.literal('noted'), text: z.string() }),
]);

/** A free-text entry from a file written before events were typed: migrated on read. */
const legacyCaseEventSchema = z.object({ ...actor, what: z.string(), note: z.string().optional() }).transform(migrateCaseEvent);

const caseEventSchema: z.ZodType<CaseEvent> = z.union([typedCaseEventSchema, legacyCaseEventSchema]);

/** Shape of a stored case, checked on every write and on every read from disk. */
export const caseSchema: z.ZodType<CaseRecord> = z.object({
  id: z.string().regex(/^C[1-9]\d*$/, 'case id must look like C<n>'),
  roomId: z.string(),
  roomTopic: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  messageId: z.string().nullable(),
  kind: z.enum(['violation', 'manual', 'relevance', 'nickname', 'report']),
  categories: z.array(z.string()),
  terms: z.array(z.string()),
  severity: z.enum(SEVERITIES as [Severity, ...Severity[]]),
  excerpt: z.string(),
  action: caseActionSchema,
  status: z.enum(['open', 'pending_decision', 'closed', 'overturned', 'appealed']),
  at: ms,
  by: z.string(),
  history: z.array(caseEventSchema),
  notCounted: z.literal('paused').optional(),
});

/** Shape of a stored member. */
export const memberSchema: z.ZodType<MemberRecord> = z.object({
  roomId: z.string(),
  memberId: z.string(),
  name: z.string(),
  nickname: z.string(),
  joinedAt: ms.nullable(),
  invitedBy: z.string().nullable(),
  nicknameOk: z.boolean(),
  nicknameBadSince: ms.nullable(),
  lastRemindedAt: ms.nullable(),
  deadlineNotified: z.boolean(),
  exempt: z.boolean(),
  left: z.boolean(),
});

/** Shape of a stored group. */
export const roomSchema: z.ZodType<RoomRecord> = z.object({
  roomId: z.string(),
  topic: z.string(),
  paused: z.boolean(),
  botIsMember: z.boolean(),
  botCanRemove: z.boolean(),
  greetedAt: ms.nullable(),
});

/** Shape of a stored audit entry. */
export const auditSchema: z.ZodType<AuditRecord> = z.object({
  at: ms,
  by: z.string(),
  action: z.string(),
  roomId: z.string().nullable(),
  target: z.string().nullable(),
  note: z.string().optional(),
});

/** JSON values for the key-value state (rejects NaN, Infinity, undefined). */
export const jsonSchema: z.ZodType<JsonValue> = z.json();

/** The hot document: everything the bot needs at hand; old closed cases live in the archive. */
export interface HotDocument {
  version: number;
  /** Number of the next case id to hand out (`C<nextCase>`). */
  nextCase: number;
  cases: CaseRecord[];
  members: MemberRecord[];
  rooms: RoomRecord[];
  /** Recently handled message ids, oldest first. */
  seen: string[];
  state: Record<string, JsonValue>;
  audit: AuditRecord[];
}

/** Shape of the whole hot file as read from disk (any version number, checked separately). */
export const documentSchema: z.ZodType<HotDocument> = z.object({
  version: z.number().int().positive(),
  nextCase: z.number().int().positive(),
  cases: z.array(caseSchema),
  members: z.array(memberSchema),
  rooms: z.array(roomSchema),
  seen: z.array(z.string()),
  state: z.record(z.string(), jsonSchema),
  audit: z.array(auditSchema),
}).superRefine((doc, ctx) => {
  const ids = new Set<string>();
  doc.cases.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `duplicate case id ${c.id}` });
    ids.add(c.id);
  });
});

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
