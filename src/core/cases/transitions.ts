/** Pure transitions of the case lifecycle: each returns the new case or a typed refusal, never a sentence. */
import type { CaseEvent, CloseReason } from './case-event.js';
import type { CaseRecord, CaseStatus } from './case-record.js';
import { isConductCase } from './counts-on-ladder.js';
import { isConfirmed } from './report-count.js';

/** Why a transition does not apply to a case in its current state. */
export type CaseRefusal = 'already_overturned' | 'overturned_no_appeal' | 'already_appealed' | 'not_own_case' | 'no_pending_appeal' | 'not_pending' | 'not_open' | 'already_closed' | 'already_confirmed';

/** The outcome of a transition. */
export type Transition = { ok: true; case: CaseRecord } | { ok: false; refusal: CaseRefusal; status: CaseStatus };

/** Who acts, and when. */
export interface Act {
  at: number;
  by: string;
}

const refuse = (c: CaseRecord, refusal: CaseRefusal): Transition => ({ ok: false, refusal, status: c.status });

function apply(c: CaseRecord, status: CaseStatus, event: CaseEvent): Transition {
  return { ok: true, case: { ...c, status, history: [...c.history, event] } };
}

/** An admin overturns (pardons) a case: it stops counting. */
export function overturnCase(c: CaseRecord, act: Act, reason: string): Transition {
  if (c.status === 'overturned') return refuse(c, 'already_overturned');
  return apply(c, 'overturned', { type: 'overturned', ...act, ...(reason ? { reason } : {}) });
}

/** The member appeals their own case. */
export function appealCase(c: CaseRecord, act: Act, reason: string): Transition {
  if (c.memberId !== act.by) return refuse(c, 'not_own_case');
  if (c.status === 'overturned') return refuse(c, 'overturned_no_appeal');
  if (c.status === 'appealed') return refuse(c, 'already_appealed');
  return apply(c, 'appealed', { type: 'appealed', ...act, reason });
}

/** An admin rejects a pending appeal: the case counts again. */
export function rejectAppeal(c: CaseRecord, act: Act, reason: string): Transition {
  if (c.status !== 'appealed') return refuse(c, 'no_pending_appeal');
  return apply(c, 'open', { type: 'decided', ...act, decision: 'appeal_rejected', ...(reason ? { reason } : {}) });
}

/** An admin decides a case by removing the member: the case is closed. */
export function decideRemoval(c: CaseRecord, act: Act): Transition {
  if (c.status === 'overturned') return refuse(c, 'already_overturned');
  return apply(c, 'closed', { type: 'decided', ...act, decision: 'remove' });
}

/** An admin keeps the member of a case waiting for a decision. */
export function decideKeep(c: CaseRecord, act: Act): Transition {
  if (c.status !== 'pending_decision') return refuse(c, 'not_pending');
  return apply(c, 'closed', { type: 'decided', ...act, decision: 'keep' });
}

/**
 * An admin confirms a case as a real violation (the case is upheld): a case held
 * back for review starts counting; any other live case just records the decision.
 */
export function confirmCase(c: CaseRecord, act: Act): Transition {
  if (c.status === 'overturned') return refuse(c, 'already_overturned');
  if (c.status === 'closed') return refuse(c, 'already_closed');
  if (isConfirmed(c)) return refuse(c, 'already_confirmed');
  const status = c.action === 'review' && c.status === 'pending_decision' ? 'open' : c.status;
  return apply(c, status, { type: 'decided', ...act, decision: 'confirmed' });
}

/** Another member reports the message of an existing case (or the same member again): recorded on it for the admins. */
export function addReport(c: CaseRecord, act: Act, reason: string): Transition {
  if (c.memberId === act.by) return refuse(c, 'not_own_case');
  return apply(c, c.status, { type: 'reported', ...act, reason });
}

/** A counting case whose window has passed stops counting. */
export function expireCase(c: CaseRecord, at: number): Transition {
  if (c.status !== 'open' || !(isConductCase(c) || c.kind === 'report')) return refuse(c, 'not_open');
  return apply(c, 'closed', { type: 'expired', at, by: 'bot' });
}

/** A pending decision was brought up to the admins again. */
export function markReminded(c: CaseRecord, at: number): CaseRecord {
  return { ...c, history: [...c.history, { type: 'reminded', at, by: 'bot' }] };
}

/** The member is gone: a case still waiting on something about them is closed. */
export function closeCase(c: CaseRecord, act: Act, reason: CloseReason): Transition {
  if (c.status === 'closed' || c.status === 'overturned') return refuse(c, 'already_closed');
  return apply(c, 'closed', { type: 'closed', ...act, reason });
}

/** The newest `reminded` event, or null. */
export function lastRemindedAt(c: CaseRecord): number | null {
  let last: number | null = null;
  for (const e of c.history) if (e.type === 'reminded') last = e.at;
  return last;
}
