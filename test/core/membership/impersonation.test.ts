/** The impersonation rule and matching by roster id (pure): both sides of each. */
import { describe, expect, it } from 'vitest';
import { checkMembership, type MembershipFacts } from '../../../src/core/membership/check-membership.js';
import { createNicknameChecker } from '../../../src/core/nickname/check-nickname.js';
import { createRoster, type RosterEntry } from '../../../src/core/roster/roster.js';

const person = (department: string, name: string, id?: string): RosterEntry => ({ department, name, ...(id ? { id } : {}), fields: {} });
const withIds = createRoster([person('销售部', '何静', 'wxid_hejing'), person('销售部', '李伟', 'wxid_liwei_a'), person('研发部', '李伟', 'wxid_liwei_b'), person('总经办', '王建国', 'wxid_boss')]);
const withoutIds = createRoster([person('销售部', '何静'), person('销售部', '李四')]);
const departments = ['销售部', '研发部', '总经办'];

function facts(nickname: string, extra: Partial<MembershipFacts>): MembershipFacts {
  const roster = extra.roster === undefined ? withIds : extra.roster;
  const check = createNicknameChecker({ departments, nameOnly: ['王建国'], roster: roster ?? undefined });
  return { verdict: check(nickname), roster, groupDepartments: [], inviterId: null, inviterIsAdmin: true, nameOnly: ['王建国'], ...extra };
}
const codes = (f: MembershipFacts): string[] => checkMembership(f).map((c) => c.code);

describe('impersonation and identity by id', () => {
  it.each<[string, string, Partial<MembershipFacts>, string[]]>([
    ['the real 何静 by id', '销售部-何静', { memberId: 'wxid_hejing' }, []],
    ['another account calling itself 销售部-何静 (roster has ids)', '销售部-何静', { memberId: 'wxid_other' }, ['impersonation']],
    ['two real employees named 李伟, each by their own id', '销售部-李伟', { memberId: 'wxid_liwei_a' }, []],
    ['the other 李伟, under their own department', '研发部-李伟', { memberId: 'wxid_liwei_b' }, []],
    ['an employee on the roster by id showing a colleague’s name', '销售部-何静', { memberId: 'wxid_liwei_a' }, ['impersonation']],
    ['an id not on the roster with a name nobody has', '销售部-陈十', { memberId: 'wxid_new' }, ['not_on_roster']],
    ['the executive by id, bare name', '王建国', { memberId: 'wxid_boss' }, []],
    ['someone else using the executive’s bare name (roster id)', '王建国', { memberId: 'wxid_fake' }, ['impersonation']],
    ['no roster ids: the bare executive name already used by another contact', '王建国', { roster: withoutIds, memberId: 'u9', nicknameOwners: ['boss'] }, ['impersonation']],
    ['no roster ids: the executive name used only by this same contact elsewhere', '王建国', { roster: withoutIds, memberId: 'boss', nicknameOwners: ['boss'] }, []],
    ['no roster ids: a nickname another member of the group already has', '销售部-何静', { roster: withoutIds, memberId: 'u9', sameNicknameInGroup: 1 }, ['impersonation']],
    ['no roster ids: a unique nickname on the roster', '销售部-何静', { roster: withoutIds, memberId: 'u9', sameNicknameInGroup: 0 }, []],
    ['no roster at all: a duplicate nickname in the group', '销售部-何静', { roster: null, memberId: 'u9', sameNicknameInGroup: 2 }, ['impersonation']],
  ])('%s → %j', (_name, nickname, extra, expected) => {
    expect(codes(facts(nickname, extra))).toEqual(expected);
  });

  it('says whom the impostor looks like, without ids', () => {
    const [concern] = checkMembership(facts('销售部-何静', { memberId: 'wxid_other' }));
    expect(concern?.text).toBe('群昵称与花名册中的“销售部-何静”相同，但不是此人的微信号，可能是冒充');
    expect(concern?.text).not.toMatch(/wxid/);
  });
});
