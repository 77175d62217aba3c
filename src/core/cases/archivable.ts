/**
 * Which cases may leave the hot set for the monthly archive. A case that removed a member
 * never does: the company-wide blocklist and `#记录` read the hot set, and a removal must
 * be found however long ago it was (a removal that was overturned may go).
 */
import type { CaseRecord } from './case-record.js';
import { caseRemovedMember } from './removed-member.js';

/** True when the case is settled (closed or overturned), was opened before cutoffMs, and did not remove anyone. */
export function archivable(c: CaseRecord, cutoffMs: number): boolean {
  if (c.at >= cutoffMs) return false;
  if (c.status === 'overturned') return true;
  return c.status === 'closed' && !caseRemovedMember(c);
}
