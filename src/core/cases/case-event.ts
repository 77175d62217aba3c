/** The case lifecycle's audit trail: typed events instead of free text that other code would have to pattern-match. */
import type { CaseAction } from './case-record.js';

/** Who acted: `bot` or an admin's / member's contact id. */
type Actor = { at: number; by: string };

/** How a case was decided by an admin. */
export type CaseDecision = 'remove' | 'keep' | 'appeal_rejected' | 'confirmed';

/** One entry of a case's audit trail, oldest first in `CaseRecord.history`. */
export type CaseEvent =
  | (Actor & { type: 'opened'; action: CaseAction; note?: string })
  | (Actor & { type: 'reminded' })
  | (Actor & { type: 'appealed'; reason: string })
  | (Actor & { type: 'overturned'; reason?: string })
  | (Actor & { type: 'decided'; decision: CaseDecision; reason?: string })
  | (Actor & { type: 'expired' })
  | (Actor & { type: 'closed'; reason: CloseReason })
  /** A member reported the message or the member (`by` is the reporter, never shown to the reported member); the reason is redacted. */
  | (Actor & { type: 'reported'; reason: string })
  /** An entry from an old data file that no longer maps to a known event: kept, never lost. */
  | (Actor & { type: 'noted'; text: string });

/** Why a case was closed without an admin's decision. */
export type CloseReason = 'member_left' | 'member_removed';

/** The event types, for schemas and exhaustive checks. */
export const CASE_EVENT_TYPES = ['opened', 'reminded', 'appealed', 'overturned', 'decided', 'expired', 'closed', 'reported', 'noted'] as const;
