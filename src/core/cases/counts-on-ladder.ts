/** The one rule for which cases count against a member on the escalation ladder. */
import type { CaseRecord } from './case-record.js';
import { isConfirmed } from './report-count.js';

/** What the policy says about counting. */
export interface CountingRules {
  /** Manual warnings count only when the policy says so. */
  countManual: boolean;
}

/**
 * Violations (and manual warnings, where the policy counts them) that were not
 * overturned and not recorded while the group was paused; membership and nickname
 * cases never count, nor a case held back for review until an admin confirms it; a
 * member's report counts once an admin has confirmed it.
 */
export function countsOnLadder(c: CaseRecord, rules: CountingRules): boolean {
  if (c.status === 'overturned' || c.notCounted !== undefined) return false;
  if (c.action === 'review' && c.status === 'pending_decision') return false;
  if (c.kind === 'report') return isConfirmed(c);
  return c.kind === 'violation' || (c.kind === 'manual' && rules.countManual);
}

/** Violation and manual warnings: the cases about what someone said. */
export function isConductCase(c: Pick<CaseRecord, 'kind'>): boolean {
  return c.kind === 'violation' || c.kind === 'manual';
}

/** True when the member appealed the case (pending now, or at any time in its history). */
export function wasAppealed(c: CaseRecord): boolean {
  return c.status === 'appealed' || c.history.some((e) => e.type === 'appealed');
}
