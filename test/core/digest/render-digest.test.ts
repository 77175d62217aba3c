import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.js';
import type { Digest, DigestInput, GroupDigest } from '../../../src/core/digest/digest-types.js';
import { groupLines, renderDigest } from '../../../src/core/digest/render-digest.js';
import { DAY, HOUR, kase, member, MON, TZ, WEEK } from './fixtures.js';

const R1 = { roomId: 'r1', topic: '销售部工作群', paused: false };
const R2 = { roomId: 'r2', topic: '市场部工作群', paused: false };

function week(over: Partial<DigestInput>): Digest {
  return buildDigest({ period: WEEK, timeZone: TZ, rooms: [R1], cases: [], pending: [], members: [], screened: {}, ...over });
}

describe('renderDigest: a whole weekly digest', () => {
  it('reads as one short message, numbers first, names only', () => {
    const digest = week({
      screened: { r1: 1234 },
      cases: [
        kase({ memberId: 'u1', memberName: '销售部-李四', categories: ['confidential'], excerpt: '这份是绝密文件', action: 'warn' }),
        kase({ memberId: 'u1', memberName: '销售部-李四', categories: ['confidential'], action: 'warn_and_notify', at: MON + DAY }),
        kase({ memberId: 'u1', memberName: '销售部-李四', categories: ['gambling'], action: 'request_removal', status: 'pending_decision', at: MON + 2 * DAY }),
        kase({ memberId: 'u2', memberName: '小王', categories: ['ads'], status: 'overturned', history: [{ type: 'appealed', at: MON, by: 'u2', reason: '误判' }] }),
        kase({ memberId: 'u3', memberName: '阿强', kind: 'relevance', categories: ['not_in_roster'], action: 'relevance', status: 'pending_decision' }),
      ],
      pending: [
        kase({ id: 'C3', memberName: '销售部-李四', action: 'request_removal', status: 'pending_decision', at: MON + 2 * DAY }),
        kase({ id: 'C5', memberName: '阿强', kind: 'relevance', action: 'relevance', status: 'pending_decision', at: MON + 3 * DAY }),
      ],
      members: [
        member({ memberId: 'u1' }),
        member({ memberId: 'u2', nickname: '小王', nicknameOk: false, joinedAt: MON + HOUR }),
        member({ memberId: 'u3', nickname: '阿强', nicknameOk: false, joinedAt: MON + 2 * HOUR }),
        member({ memberId: 'u4', nickname: '市场部-赵六' }),
      ],
    });
    expect(renderDigest(digest)).toBe(
      [
        '【群管家·周报】11月23日–11月29日',
        '',
        '▍销售部工作群',
        '消息 1,234 条 · 案件 5 起 · 误报率 25%',
        '类别：公司保密信息 2、赌博 1、广告/推广 1',
        '处理：警告 2、警告并通知管理员 1、提请管理员移出 1、成员资格待确认 1',
        '多次违规：销售部-李四 3 次',
        '新成员 2 人 · 昵称待改 2 人：小王、阿强',
        '昵称合规 50%（2/4）',
        '申诉 1 起 · 撤销 1 起',
        '待决定 2 件：C3 销售部-李四（提请管理员移出）、C5 阿强（成员资格待确认）',
        '',
        '回复“#移出 编号”或“#保留 编号”处理待决定事项。',
      ].join('\n'),
    );
  });

  it('never carries message text: excerpts and terms stay out', () => {
    const text = renderDigest(week({ cases: [kase({ categories: ['confidential'], excerpt: '客户名单在附件', terms: ['客户名单'] })] }));
    expect(text).not.toContain('客户名单');
  });
});

describe('renderDigest: shapes', () => {
  it.each<[string, Partial<DigestInput>, string[], string[]]>([
    ['a quiet week', { screened: { r1: 80 } }, ['▍销售部工作群', '消息 80 条 · 无案件'], ['类别', '处理', '待决定', '回复']],
    ['no groups at all', { rooms: [] }, ['本期没有可报告的群。'], ['▍']],
    [
      'several groups get a totals line first',
      { rooms: [R1, R2], screened: { r1: 10, r2: 5 }, cases: [kase(), kase({ roomId: 'r2' })] },
      ['2 个群 · 消息 15 条 · 案件 2 起 · 待决定 0 件', '▍销售部工作群', '▍市场部工作群'],
      ['回复'],
    ],
    ['a paused group is marked', { rooms: [{ ...R1, paused: true }] }, ['▍销售部工作群（已暂停）'], []],
    ['no false-alarm rate when nothing was overturned', { cases: [kase()] }, ['消息 0 条 · 案件 1 起'], ['误报率']],
  ])('%s', (_name, over, present, absent) => {
    const text = renderDigest(week(over));
    for (const line of present) expect(text.split('\n')).toContain(line);
    for (const bit of absent) expect(text).not.toContain(bit);
  });
});

describe('groupLines: long lists are cut for a phone', () => {
  const base: GroupDigest = week({}).groups[0]!;
  it.each<[string, Partial<GroupDigest>, string]>([
    [
      'more than five pending nicknames',
      { pendingNicknames: ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((name, i) => ({ memberId: `m${i}`, name })) },
      '昵称待改 7 人：甲、乙、丙、丁、戊 等 7 人',
    ],
    [
      'more than five open decisions',
      { openDecisions: [1, 2, 3, 4, 5, 6].map((i) => ({ caseId: `C${i}`, memberName: `成员${i}`, action: 'relevance' as const, at: 0, appeal: false, report: false })) },
      '待决定 6 件：C1 成员1（成员资格待确认）、C2 成员2（成员资格待确认）、C3 成员3（成员资格待确认）、C4 成员4（成员资格待确认）、C5 成员5（成员资格待确认） 等 6 件',
    ],
    [
      'a pending appeal is a pending decision',
      { openDecisions: [{ caseId: 'C7', memberName: '成员7', action: 'warn', at: 0, appeal: true, report: false }] },
      '待决定 1 件：C7 成员7（申诉中）',
    ],
    [
      'a pending report is a pending decision, named as a report',
      { openDecisions: [{ caseId: 'C8', memberName: '成员8', action: 'review', at: 0, appeal: false, report: true }] },
      '待决定 1 件：C8 成员8（成员举报）',
    ],
    ['reports of the period, each on its own case', { reports: { total: 3, cases: 3, confirmed: 1 } }, '成员举报 3 次（确认属实 1 次）'],
    ['several reports on one case are counted as reports', { reports: { total: 3, cases: 2, confirmed: 2 } }, '成员举报 3 次，涉及 2 起案件（确认属实 2 次）'],
    ['only new members', { newMembers: [{ memberId: 'a', name: '销售部-甲' }] }, '新成员 1 人'],
  ])('%s', (_name, over, line) => {
    expect(groupLines({ ...base, ...over })).toContain(line);
  });
});

describe('groupLines: no report line without reports', () => {
  it('says nothing about reports in a week without any', () => {
    expect(groupLines(week({}).groups[0]!).join('\n')).not.toContain('举报');
  });
});
