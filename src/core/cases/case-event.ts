/**
 * The case lifecycle's audit trail: typed events instead of free text that other code would have to pattern-match.
 * The schema is the one definition: the type is derived from it, and the store checks every event with it.
 */
import { z } from 'zod';
import { caseActionSchema } from './case-action.js';

const actor = {
  /** Epoch ms of the event. */
  at: z.number().int().nonnegative(),
  /** Who acted: `bot` or an admin's / member's contact id. */
  by: z.string(),
};

/** How a case was decided by an admin. */
export const caseDecisionSchema = z.enum(['remove', 'keep', 'appeal_rejected', 'confirmed']);
/** How a case was decided by an admin. */
export type CaseDecision = z.infer<typeof caseDecisionSchema>;

/** Why a case was closed without an admin's decision. */
export const closeReasonSchema = z.enum(['member_left', 'member_removed']);
/** Why a case was closed without an admin's decision. */
export type CloseReason = z.infer<typeof closeReasonSchema>;

/** One entry of a case's audit trail, as stored and as the lifecycle reads it. */
export const caseEventSchema = z.discriminatedUnion('type', [
  z.object({ ...actor, type: z.literal('opened'), action: caseActionSchema, note: z.string().optional() }),
  z.object({ ...actor, type: z.literal('reminded') }),
  z.object({ ...actor, type: z.literal('appealed'), reason: z.string() }),
  z.object({ ...actor, type: z.literal('overturned'), reason: z.string().optional() }),
  z.object({ ...actor, type: z.literal('decided'), decision: caseDecisionSchema, reason: z.string().optional() }),
  z.object({ ...actor, type: z.literal('expired') }),
  z.object({ ...actor, type: z.literal('closed'), reason: closeReasonSchema }),
  /** A member reported the message or the member (`by` is the reporter, never shown to the reported member); the reason is redacted. */
  z.object({ ...actor, type: z.literal('reported'), reason: z.string() }),
  /** An entry from an old data file that no longer maps to a known event: kept, never lost. */
  z.object({ ...actor, type: z.literal('noted'), text: z.string() }),
]);

/** One entry of a case's audit trail, oldest first in `CaseRecord.history`. */
export type CaseEvent = z.infer<typeof caseEventSchema>;
