import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import { wasAppealed } from '../../../src/core/cases/index.js';
import type { DigestInput, GroupDigest } from '../../../src/core/digest/digest-types.js';
import type { CaseRecord, MemberRecord } from '../../../src/core/records.js';
import { DAY, HOUR, kase, member, MON, TZ, WEEK } from './fixtures.js';

const R1 = { roomId: 'r1', topic: '销售部工作群', paused: false };
const R2 = { roomId: 'r2', topic: '市场部工作群', paused: true };

function input(over: Partial<DigestInput> = {}): DigestInput {
  return { period: WEEK, timeZone: TZ, rooms: [R1], cases: [], pending: [], members: [], screened: {}, ...over };
}
const group = (i: DigestInput, roomId = 'r1'): GroupDigest => buildDigest(i).groups.find((g) => g.roomId === roomId)!;

describe('buildDigest: one group', () => {
  it.each<[string, Partial<DigestInput>, Partial<GroupDigest>]>([
    ['an empty week', {}, { screened: 0, cases: 0, violations: 0, byCategory: [], byAction: [], repeatOffenders: [], falseAlarmRate: null, nickname: { ok: 0, present: 0, rate: null } }],
    ['screened messages come from the per-room counts', { screened: { r1: 1234, r2: 9 } }, { screened: 1234 }],
    [
      'cases outside [since, until) are left out',
      { cases: [kase({ at: MON - 1 }), kase({ at: MON }), kase({ at: WEEK.until - 1 }), kase({ at: WEEK.until })] },
      { cases: 2, violations: 2 },
    ],
    ['cases of other groups are left out', { cases: [kase({ roomId: 'r2' }), kase()] }, { cases: 1 }],
    [
      'by category: most first, a two-category case counts in both, manual cases without a category are 其他',
      {
        cases: [
          kase({ categories: ['confidential'] }),
          kase({ categories: ['confidential', 'cn_id'] }),
          kase({ categories: ['gambling'] }),
          kase({ kind: 'manual', categories: [], action: 'manual', by: 'wxid_admin1' }),
          kase({ kind: 'relevance', categories: ['not_in_roster'], action: 'relevance' }),
        ],
      },
      {
        cases: 5,
        violations: 3,
        byCategory: [
          { key: 'confidential', label: '公司保密信息', count: 2 },
          { key: 'cn_id', label: '身份证号', count: 1 },
          { key: 'gambling', label: '赌博', count: 1 },
          { key: 'other', label: '其他', count: 1 },
        ],
      },
    ],
    [
      'by action: every kind of case',
      { cases: [kase(), kase(), kase({ action: 'warn_and_notify' }), kase({ kind: 'relevance', action: 'relevance', status: 'pending_decision' })] },
      {
        byAction: [
          { key: 'warn', label: '警告', count: 2 },
          { key: 'warn_and_notify', label: '警告并通知管理员', count: 1 },
          { key: 'relevance', label: '成员资格待确认', count: 1 },
        ],
      },
    ],
    [
      'repeat offenders: two or more counting cases, most first, overturned and membership cases do not count, top 3',
      {
        cases: [
          kase({ memberId: 'u1', memberName: '李四', at: MON + HOUR }),
          kase({ memberId: 'u1', memberName: '销售部-李四', at: MON + 2 * HOUR }),
          kase({ memberId: 'u1', memberName: '李四', at: MON + 3 * HOUR, status: 'overturned' }),
          kase({ memberId: 'u2', memberName: '小王' }),
          kase({ memberId: 'u2', memberName: '小王' }),
          kase({ memberId: 'u2', memberName: '小王', kind: 'manual', action: 'manual' }),
          kase({ memberId: 'u3', memberName: '阿强' }),
          kase({ memberId: 'u4', memberName: '赵六', status: 'overturned' }),
          kase({ memberId: 'u4', memberName: '赵六' }),
          kase({ memberId: 'u5', memberName: '钱七' }),
          kase({ memberId: 'u5', memberName: '钱七' }),
          kase({ memberId: 'u6', memberName: '孙八' }),
          kase({ memberId: 'u6', memberName: '孙八' }),
          kase({ memberId: 'u7', memberName: '周九', kind: 'relevance', action: 'relevance' }),
          kase({ memberId: 'u7', memberName: '周九', kind: 'relevance', action: 'relevance' }),
        ],
      },
      {
        // ties by name in pinyin order: 钱 qian, 孙 sun, 销 xiao (cut by the top 3)
        repeatOffenders: [
          { memberId: 'u2', name: '小王', cases: 3 },
          { memberId: 'u5', name: '钱七', cases: 2 },
          { memberId: 'u6', name: '孙八', cases: 2 },
        ],
      },
    ],
    [
      'a repeat offender is named by the latest name seen',
      {
        cases: [
          kase({ memberId: 'u1', memberName: '李四', at: MON + HOUR }),
          kase({ memberId: 'u1', memberName: '销售部-李四', at: MON + 3 * HOUR }),
          kase({ memberId: 'u1', memberName: '老李', at: MON + 2 * HOUR }),
        ],
      },
      { repeatOffenders: [{ memberId: 'u1', name: '销售部-李四', cases: 3 }] },
    ],
    [
      'appeals, overturns and the false-alarm rate (overturned violations / violations)',
      {
        cases: [
          kase({ status: 'overturned', history: [{ type: 'appealed', at: MON, by: 'u1', reason: '误判' }, { type: 'overturned', at: MON, by: 'wxid_admin1' }] }),
          kase({ status: 'appealed' }),
          kase({ status: 'open', history: [{ type: 'appealed', at: MON, by: 'u1', reason: '误判' }, { type: 'decided', at: MON, by: 'wxid_admin1', decision: 'appeal_rejected' }] }),
          kase(),
          kase({ kind: 'manual', action: 'manual', status: 'overturned' }),
        ],
      },
      { violations: 4, appealed: 3, overturned: 2, falseAlarmRate: 0.25 },
    ],
    [
      'members: new in the period, pending nicknames of present members, compliance of present members',
      {
        members: [
          member({ memberId: 'a', nickname: '销售部-甲', joinedAt: MON + DAY }),
          member({ memberId: 'b', nickname: '小乙', nicknameOk: false, joinedAt: MON + 2 * DAY }),
          member({ memberId: 'c', nickname: '阿丙', nicknameOk: false, joinedAt: MON - DAY }),
          member({ memberId: 'd', nickname: '丁丁', nicknameOk: false, left: true, joinedAt: MON + DAY }),
          member({ memberId: 'e', nickname: '销售部-戊', joinedAt: null }),
          member({ memberId: 'f', nickname: '市场部-己', roomId: 'r2', joinedAt: MON + DAY }),
        ],
      },
      {
        newMembers: [
          { memberId: 'a', name: '销售部-甲' },
          { memberId: 'b', name: '小乙' },
          { memberId: 'd', name: '丁丁' },
        ],
        pendingNicknames: [
          { memberId: 'b', name: '小乙' },
          { memberId: 'c', name: '阿丙' },
        ],
        nickname: { ok: 2, present: 4, rate: 0.5 },
      },
    ],
    [
      'open decisions: pending cases of this group now, whenever opened, oldest first',
      {
        pending: [
          kase({ id: 'C20', memberName: '小王', action: 'request_removal', status: 'pending_decision', at: MON + DAY }),
          kase({ id: 'C9', memberName: '阿强', kind: 'relevance', action: 'relevance', status: 'pending_decision', at: MON - 3 * DAY }),
          kase({ id: 'C21', roomId: 'r2', status: 'pending_decision' }),
          kase({ id: 'C22', status: 'closed' }),
          kase({ id: 'C23', memberName: '小李', status: 'appealed', at: MON }),
        ],
      },
      {
        openDecisions: [
          { caseId: 'C9', memberName: '阿强', action: 'relevance', at: MON - 3 * DAY, appeal: false, report: false },
          { caseId: 'C23', memberName: '小李', action: 'warn', at: MON, appeal: true, report: false },
          { caseId: 'C20', memberName: '小王', action: 'request_removal', at: MON + DAY, appeal: false, report: false },
        ],
      },
    ],
  ])('%s', (_name, over, expected) => {
    expect(group(input(over))).toMatchObject(expected);
  });
});

describe('buildDigest: several groups, totals and the per-day series', () => {
  const cases: CaseRecord[] = [
    kase({ categories: ['gambling'], at: MON + HOUR }),
    kase({ categories: ['gambling', 'ads'], at: MON + 2 * HOUR }),
    kase({ roomId: 'r2', roomTopic: '市场部工作群', categories: ['confidential'], at: MON + 2 * DAY + HOUR }),
    kase({ roomId: 'r2', roomTopic: '市场部工作群', kind: 'relevance', categories: ['not_in_roster'], action: 'relevance', at: MON + 6 * DAY + 23 * HOUR }),
    kase({ roomId: 'r3', categories: ['porn'], at: MON + 3 * DAY }),
  ];
  const members: MemberRecord[] = [];
  const digest = buildDigest(input({ rooms: [R1, R2], cases, members, screened: { r1: 100, r2: 50 }, pending: [kase({ roomId: 'r2', status: 'pending_decision' })] }));

  it.each([
    ['groups in the order given', digest.groups.map((g) => g.topic), ['销售部工作群', '市场部工作群']],
    ['a paused group says so', digest.groups.map((g) => g.paused), [false, true]],
    ['totals add up the groups only', digest.totals, { screened: 150, cases: 4, violations: 3, openDecisions: 1 }],
    ['one day per local day of the week', digest.days.length, 7],
    ['Monday: two gambling, one ads', digest.days[0]!.counts, { gambling: 2, ads: 1 }],
    ['Wednesday: one confidential', digest.days[2]!.counts, { confidential: 1 }],
    ['Thursday: the other group (r3) is not in this digest', digest.days[3]!.counts, {}],
    ['Sunday: membership cases are not on the chart', digest.days[6]!.counts, {}],
    ['categories for the chart legend, most first', digest.categories.map((c) => [c.key, c.count]), [['gambling', 2], ['ads', 1], ['confidential', 1]]],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('wasAppealed', () => {
  it.each<[string, Partial<CaseRecord>, boolean]>([
    ['status appealed', { status: 'appealed' }, true],
    ['an appeal in the history', { status: 'closed', history: [{ type: 'appealed', at: 0, by: 'u1', reason: '误判' }] }, true],
    ['no appeal', { status: 'overturned', history: [{ type: 'overturned', at: 0, by: 'wxid_admin1' }] }, false],
  ])('%s', (_name, over, expected) => {
    expect(wasAppealed(kase(over))).toBe(expected);
  });
});

describe('buildDigest: members\' reports', () => {
  const report = (over: Partial<CaseRecord> = {}) =>
    kase({ kind: 'report', categories: ['report'], terms: [], action: 'review', status: 'pending_decision', by: 'u9', ...over });
  const confirmed = { type: 'decided' as const, at: MON + DAY, by: 'admin', decision: 'confirmed' as const };

  const reportedBy = (by: string, at = MON + 11 * HOUR) => ({ type: 'reported' as const, at, by, reason: '拉人赌博' });

  it.each<[string, CaseRecord[], GroupDigest['reports'], number]>([
    ['no reports', [kase()], { total: 0, cases: 0, confirmed: 0 }, 1],
    ['a pending report and a confirmed one', [report(), report({ status: 'open', history: [confirmed] })], { total: 2, cases: 2, confirmed: 1 }, 0],
    ['a dismissed report is not confirmed', [report({ status: 'overturned' })], { total: 1, cases: 1, confirmed: 0 }, 0],
    ['reports are not violations in the false-alarm rate nor in the categories', [report(), kase()], { total: 1, cases: 1, confirmed: 0 }, 1],
    ['a report joined to a violation case counts as a report', [kase({ history: [reportedBy('u9')] })], { total: 1, cases: 1, confirmed: 0 }, 1],
    ['two members reporting one violation: two reports on one case', [kase({ history: [reportedBy('u8'), reportedBy('u9')] })], { total: 2, cases: 1, confirmed: 0 }, 1],
    ['a second report joined to a report case: two reports, the case not counted again', [report({ history: [reportedBy('u8')] })], { total: 2, cases: 1, confirmed: 0 }, 0],
    ['reports on a confirmed violation are confirmed', [kase({ history: [reportedBy('u9'), confirmed] })], { total: 1, cases: 1, confirmed: 1 }, 1],
    ['a violation nobody reported is no report, even when confirmed', [kase({ history: [confirmed] })], { total: 0, cases: 0, confirmed: 0 }, 1],
    ['a report joined after the period is not this period\'s', [kase({ history: [reportedBy('u9', WEEK.until + HOUR)] })], { total: 0, cases: 0, confirmed: 0 }, 1],
  ])('%s', (_name, cases, reports, violations) => {
    const g = group(input({ cases }));
    expect(g.reports).toEqual(reports);
    expect(g.violations).toBe(violations);
    expect(g.byCategory.map((c) => c.key)).not.toContain('report');
  });

  it('a pending report is an open decision marked as a report', () => {
    const pending = report();
    const g = group(input({ cases: [pending], pending: [pending] }));
    expect(g.openDecisions).toEqual([{ caseId: pending.id, memberName: pending.memberName, action: 'review', at: pending.at, appeal: false, report: true }]);
  });
});
