/** Whether a case ended with the member out of the group. */
import type { CaseRecord } from './case-record.js';

/** True when the case led to the member's removal: removed automatically, by an admin's decision, or closed because they were removed. */
export function caseRemovedMember(c: CaseRecord): boolean {
  return c.action === 'remove' || c.history.some((e) => (e.type === 'decided' && e.decision === 'remove') || (e.type === 'closed' && e.reason === 'member_removed'));
}
