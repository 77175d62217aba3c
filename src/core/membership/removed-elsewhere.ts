/**
 * The company-wide blocklist: a member removed for violations from one group is flagged
 * when they join (or are found in) another. Pure: the caller reads the member's cases
 * in every group (`cases.byMemberEverywhere`).
 */
import { caseRemovedMember, isConductCase, type CaseRecord } from '../cases/index.js';

/** One removal for violations from another group. */
export interface PriorRemoval {
  caseId: string;
  roomId: string;
  roomTopic: string;
  at: number;
}

/** What the policy does about such a member (policy `blocklist`). */
export type BlocklistAction = 'notify' | 'request_removal' | 'remove';

/** The policy's choices, for the schema. */
export const BLOCKLIST_ACTIONS: readonly BlocklistAction[] = ['notify', 'request_removal', 'remove'];

/**
 * The member's removals for violations (a conduct case or a confirmed report that ended
 * with them out of the group, not overturned) from groups other than `roomId`, newest first.
 */
export function removalsElsewhere(cases: readonly CaseRecord[], roomId: string): PriorRemoval[] {
  return cases
    .filter((c) => c.roomId !== roomId && c.status !== 'overturned' && (isConductCase(c) || c.kind === 'report') && caseRemovedMember(c))
    .sort((a, b) => b.at - a.at)
    .map((c) => ({ caseId: c.id, roomId: c.roomId, roomTopic: c.roomTopic, at: c.at }));
}

/** What happens here: removal only where the bot may remove, else the admins are asked. */
export function blocklistStep(action: BlocklistAction, botCanRemove: boolean): BlocklistAction {
  return action === 'remove' && !botCanRemove ? 'request_removal' : action;
}
