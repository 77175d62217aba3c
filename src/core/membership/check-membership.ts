/**
 * Whether a person belongs in a group: on the company roster, admitted by a group admin, in the group's departments,
 * not impersonating a colleague, not removed elsewhere; each concern comes with the sentence the admins read.
 */
import type { NicknameVerdict } from '../nickname/check-nickname.js';
import type { Roster } from '../roster/roster.js';
import { formatDateZh } from '../wording/format-time.js';
import type { PriorRemoval } from './removed-elsewhere.js';

/** Why a member may not belong in a group. */
export type MembershipProblem = 'outside_departments' | 'not_on_roster' | 'invited_by_non_admin' | 'impersonation' | 'removed_elsewhere';

/** One membership concern, with the Chinese sentence the admins read. */
export interface MembershipConcern {
  code: MembershipProblem;
  text: string;
}

/** Facts about a member that decide whether they belong in a group. */
export interface MembershipFacts {
  verdict: NicknameVerdict;
  roster: Roster | null;
  /** Departments this group is for; empty means any. */
  groupDepartments: readonly string[];
  /** Who invited them; null when unknown (present at start-up). */
  inviterId: string | null;
  inviterIsAdmin: boolean;
  /** People who may use the bare name: executives belong anywhere. */
  nameOnly: readonly string[];
  /** The member's contact id: with a roster that has an id column, people are matched by it. */
  memberId?: string;
  /** How many other members of this group have the same nickname. */
  sameNicknameInGroup?: number;
  /** Other contacts the bot knows under this same nickname (any group): an executive's bare name used by someone else. */
  nicknameOwners?: readonly string[];
  /** Removals of this person for violations from the company's other groups (the company-wide blocklist). */
  removedElsewhere?: readonly PriorRemoval[];
  /** The time zone the admins read dates in (for the removals). */
  timeZone?: string;
}

/**
 * Does the person belong here? The rule books: only group admins admit people,
 * members are company staff (the roster), and a department group is for its departments.
 */
export function checkMembership(facts: MembershipFacts): MembershipConcern[] {
  const concerns: MembershipConcern[] = [];
  const { verdict, roster } = facts;
  const name = verdict.name;
  const byName = roster && name ? roster.byName(name) : [];
  const byId = roster?.hasIds && facts.memberId ? roster.byId(facts.memberId) : null;
  // With ids on the roster the id decides who someone is; the name only shows whom they look like.
  const matchById = roster?.hasIds === true && facts.memberId !== undefined;
  const entries = matchById ? (byId ? [byId] : []) : byName;
  // Someone whose id is not the one on the roster for the name they show (two real namesakes each match their own id).
  const ownName = byId !== null && byName.includes(byId);
  const namesakeWithId = matchById && !ownName ? byName.find((e) => e.id !== undefined && e.id !== facts.memberId) : undefined;
  const otherOwner = (facts.nicknameOwners ?? []).some((id) => id !== facts.memberId);
  const executiveName = name !== null && facts.nameOnly.includes(name);
  const impostor = namesakeWithId !== undefined || (facts.sameNicknameInGroup ?? 0) > 0 || (executiveName && otherOwner);
  const executive = executiveName && !impostor;
  if (namesakeWithId) {
    concerns.push({ code: 'impersonation', text: `群昵称与花名册中的“${namesakeWithId.department}-${namesakeWithId.name}”相同，但不是此人的微信号，可能是冒充` });
  } else if ((facts.sameNicknameInGroup ?? 0) > 0) {
    concerns.push({ code: 'impersonation', text: '群里已有另一位成员使用相同的群昵称，可能是冒充' });
  } else if (executiveName && otherOwner) {
    concerns.push({ code: 'impersonation', text: `“${name}”是高管专用的称呼，已由另一位成员使用，可能是冒充` });
  }
  if (roster && !executive && entries.length === 0 && !impostor) {
    concerns.push({ code: 'not_on_roster', text: name ? `花名册中没有“${name}”` : '无法从群昵称识别姓名，花名册中找不到此人' });
  }
  if (facts.groupDepartments.length > 0 && !executive) {
    const departments = entries.length > 0 ? entries.map((e) => e.department) : verdict.department ? [verdict.department] : [];
    if (departments.length > 0 && !departments.some((d) => facts.groupDepartments.includes(d))) {
      concerns.push({ code: 'outside_departments', text: `所属部门“${departments.join('、')}”不在本群范围（${facts.groupDepartments.join('、')}）` });
    }
  }
  for (const removal of facts.removedElsewhere ?? []) {
    concerns.push({
      code: 'removed_elsewhere',
      text: `曾因违规被移出“${removal.roomTopic}”（${formatDateZh(removal.at, facts.timeZone ?? 'Asia/Shanghai')}，案件 ${removal.caseId}）`,
    });
  }
  if (facts.inviterId !== null && !facts.inviterIsAdmin) {
    concerns.push({ code: 'invited_by_non_admin', text: '由非管理员邀请入群（群规：仅管理员可拉人）' });
  }
  return concerns;
}
