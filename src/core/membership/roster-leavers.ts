/**
 * Leavers: members a roster used to know and the current roster no longer does
 * (someone who left the company). Pure: the caller gives the members and rosters.
 */
import type { NicknameVerdict } from '../nickname/check-nickname.js';
import type { Roster } from '../roster/roster.js';

/** A member as the rule needs them: id and how their nickname reads. */
export interface RosterMember {
  id: string;
  verdict: NicknameVerdict;
}

/** True when the roster knows this member: by id when it has an id column, else by the name in the nickname. */
export function isOnRoster(roster: Roster, member: RosterMember): boolean {
  if (roster.hasIds) return roster.byId(member.id) !== null;
  return member.verdict.name !== null && roster.has(member.verdict.name);
}

/**
 * The ids of members known before (`wasOnRoster`) and unknown to the current roster,
 * minus those already reported. `wasOnRoster` is the previous roster on a reload, or
 * the ids remembered from the last review.
 */
export function findLeavers(members: readonly RosterMember[], roster: Roster, wasOnRoster: (m: RosterMember) => boolean, reported: ReadonlySet<string>): string[] {
  return members.filter((m) => wasOnRoster(m) && !isOnRoster(roster, m) && !reported.has(m.id)).map((m) => m.id);
}
