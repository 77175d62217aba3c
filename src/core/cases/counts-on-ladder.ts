/** The one rule for which cases count against a member on the escalation ladder. */
import type { CaseRecord } from './case-record.js';

/** Violations and manual warnings that were not overturned count; membership and nickname cases never do. */
export function countsOnLadder(c: CaseRecord): boolean {
  return isConductCase(c) && c.status !== 'overturned';
}

/** Violation and manual warnings: the cases about what someone said. */
export function isConductCase(c: Pick<CaseRecord, 'kind'>): boolean {
  return c.kind === 'violation' || c.kind === 'manual';
}

/** True when the member appealed the case (pending now, or at any time in its history). */
export function wasAppealed(c: CaseRecord): boolean {
  return c.status === 'appealed' || c.history.some((e) => e.type === 'appealed');
}
