/** How many members' reports a case carries: the digest counts reports, not cases of kind `report`. */
import type { CaseRecord } from './case-record.js';

/**
 * The reports on a case made within [since, until): a report case is itself one report
 * (its opening), and every `reported` event — another member's report joined to it, a
 * violation's or a report's — is one more. A case is never counted twice for one report.
 */
export function reportsOn(c: CaseRecord, since = Number.NEGATIVE_INFINITY, until = Number.POSITIVE_INFINITY): number {
  const inPeriod = (at: number): boolean => at >= since && at < until;
  const opening = c.kind === 'report' && inPeriod(c.at) ? 1 : 0;
  return opening + c.history.filter((e) => e.type === 'reported' && inPeriod(e.at)).length;
}

/** True once an admin confirmed the case (`#确认`): its reports were found true. */
export function isConfirmed(c: CaseRecord): boolean {
  return c.history.some((e) => e.type === 'decided' && e.decision === 'confirmed');
}
