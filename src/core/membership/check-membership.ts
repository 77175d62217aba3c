import type { NicknameVerdict } from '../nickname/check-nickname.js';
import type { Roster } from '../roster/roster.js';

/** Why a member may not belong in a group. */
export type MembershipProblem = 'outside_departments' | 'not_on_roster' | 'invited_by_non_admin';

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
}

/**
 * Does the person belong here? The rule books: only group admins admit people,
 * members are company staff (the roster), and a department group is for its departments.
 */
export function checkMembership(facts: MembershipFacts): MembershipConcern[] {
  const concerns: MembershipConcern[] = [];
  const { verdict, roster } = facts;
  const name = verdict.name;
  const executive = name !== null && facts.nameOnly.includes(name);
  const entries = roster && name ? roster.byName(name) : [];
  if (roster && !executive && entries.length === 0) {
    concerns.push({ code: 'not_on_roster', text: name ? `花名册中没有“${name}”` : '无法从群昵称识别姓名，花名册中找不到此人' });
  }
  if (facts.groupDepartments.length > 0 && !executive) {
    const departments = entries.length > 0 ? entries.map((e) => e.department) : verdict.department ? [verdict.department] : [];
    if (departments.length > 0 && !departments.some((d) => facts.groupDepartments.includes(d))) {
      concerns.push({ code: 'outside_departments', text: `所属部门“${departments.join('、')}”不在本群范围（${facts.groupDepartments.join('、')}）` });
    }
  }
  if (facts.inviterId !== null && !facts.inviterIsAdmin) {
    concerns.push({ code: 'invited_by_non_admin', text: '由非管理员邀请入群（群规：仅管理员可拉人）' });
  }
  return concerns;
}
