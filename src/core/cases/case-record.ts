/**
 * The numbered moderation case (`C<n>`) and its status and kind vocabularies.
 * The schema is the one definition: the type is derived from it, and the store checks every case with it.
 */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../types.js';
import { caseActionSchema } from './case-action.js';
import { caseEventSchema } from './case-event.js';

export type { CaseAction } from './case-action.js';

/** Where a case stands: counting against the member, decided by admins, or cancelled. */
export const caseStatusSchema = z.enum(['open', 'pending_decision', 'closed', 'overturned', 'appealed']);
/** Where a case stands. */
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** The kinds of case: a screened message, an admin's manual warning, a membership check, a nickname problem, a member's report. */
export const caseKindSchema = z.enum(['violation', 'manual', 'relevance', 'nickname', 'report']);
/** The kinds of case. */
export type CaseKind = z.infer<typeof caseKindSchema>;

/** One numbered moderation case as stored; `history` given separately so a reader can accept old events. */
export function caseRecordShape<E extends z.ZodType>(event: E) {
  return z.object({
    /** `C<n>`, unique across all groups. */
    id: z.string().regex(/^C[1-9]\d*$/, 'case id must look like C<n>'),
    roomId: z.string(),
    roomTopic: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    /** Source message id; duplicate deliveries of one message never make a second case. */
    messageId: z.string().nullable(),
    kind: caseKindSchema,
    categories: z.array(z.string()),
    terms: z.array(z.string()),
    severity: z.enum(SEVERITIES as [Severity, ...Severity[]]),
    /** Redacted excerpt: never the confidential text itself, never personal data. */
    excerpt: z.string(),
    action: caseActionSchema,
    status: caseStatusSchema,
    /** Epoch ms when the case was opened. */
    at: z.number().int().nonnegative(),
    /** Who opened it: 'bot' or an admin's contact id. */
    by: z.string(),
    /** Audit trail, oldest first. */
    history: z.array(event),
    /** Why the case does not count on the ladder although it is a conduct case: it was recorded while the group was paused. */
    notCounted: z.literal('paused').optional(),
  });
}

/** A case as the lifecycle reads and writes it: typed events only. */
export const caseRecordSchema = caseRecordShape(caseEventSchema);

/** One numbered moderation case (`C<n>`): the audit record of a violation or an alert. */
export type CaseRecord = z.infer<typeof caseRecordSchema>;
