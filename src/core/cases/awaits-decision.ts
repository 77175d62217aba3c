/** Which cases wait on the admins: a removal to decide, or an appeal to answer. */
import type { CaseRecord } from './case-record.js';

/** True while an admin still has to decide: a pending removal or a pending appeal. */
export function awaitsDecision(c: CaseRecord): boolean {
  return c.status === 'pending_decision' || c.status === 'appealed';
}

/** Since when the admins have had the decision: the appeal's time for an appeal, else the case's. */
export function awaitingSince(c: CaseRecord): number {
  if (c.status !== 'appealed') return c.at;
  let since = c.at;
  for (const e of c.history) if (e.type === 'appealed') since = e.at;
  return since;
}
