import { describe, expect, it } from 'vitest';
import { openManualCase, openRelevanceCase, openReportCase, openViolationCase, type CaseRecord } from '../../../src/core/cases/index.js';
import { checkMembership } from '../../../src/core/membership/check-membership.js';
import { blocklistStep, removalsElsewhere } from '../../../src/core/membership/removed-elsewhere.js';
import { checkNickname } from '../../../src/core/nickname/check-nickname.js';
import { memberRecordText, RECORD_LINES } from '../../../src/core/wording/record-texts.js';

const TZ = 'Asia/Shanghai';
const T = Date.UTC(2026, 10, 30, 1, 0);
const subject = (id: string, roomId: string, roomTopic: string, at = T) => ({ id, roomId, roomTopic, memberId: 'u1', memberName: '销售部-李四', at });
const removed = { type: 'decided' as const, at: T + 1, by: 'wxid_admin1', decision: 'remove' as const };
const violation = (id: string, roomId: string, topic: string, extra: Partial<CaseRecord> = {}): CaseRecord => ({
  ...openViolationCase(subject(id, roomId, topic), { messageId: `m${id}`, categories: ['gambling'], terms: ['赌博'], severity: 'high', excerpt: '▇▇', action: 'request_removal' }),
  ...extra,
});

describe('removals elsewhere (the company-wide blocklist)', () => {
  it.each<[string, CaseRecord[], string[]]>([
    ['removed by an admin from another group', [violation('C1', 'r2', '市场部工作群', { status: 'closed', history: [removed] })], ['C1']],
    ['removed automatically from another group', [violation('C2', 'r2', '市场部工作群', { action: 'remove', status: 'closed' })], ['C2']],
    ['removed from this very group is not "elsewhere"', [violation('C3', 'r1', '销售部工作群', { status: 'closed', history: [removed] })], []],
    ['a removal the admins overturned', [violation('C4', 'r2', '市场部工作群', { status: 'overturned', history: [removed] })], []],
    ['a pending removal never decided', [violation('C5', 'r2', '市场部工作群')], []],
    ['kept by the admins', [violation('C6', 'r2', '市场部工作群', { status: 'closed', history: [{ ...removed, decision: 'keep' }] })], []],
    ['a membership case (not a violation) that ended in removal', [{ ...openRelevanceCase(subject('C7', 'r2', '市场部工作群'), { concerns: [{ code: 'not_on_roster', text: '不在花名册' }] }), status: 'closed', history: [removed] }], []],
    ['a manual warning that ended in removal', [{ ...openManualCase(subject('C8', 'r2', '市场部工作群'), { by: 'wxid_admin1', reason: '刷屏', reachesRemoval: true }), status: 'closed', history: [removed] }], ['C8']],
    ['a report that ended in removal', [{ ...openReportCase(subject('C9', 'r3', '门店群'), { reporterId: 'u7', reason: '拉人赌博', messageId: null, excerpt: '' }), status: 'closed', history: [removed] }], ['C9']],
  ])('%s', (_name, cases, ids) => {
    expect(removalsElsewhere(cases, 'r1').map((r) => r.caseId)).toEqual(ids);
  });

  it.each<[Parameters<typeof blocklistStep>[0], boolean, string]>([
    ['notify', true, 'notify'],
    ['request_removal', true, 'request_removal'],
    ['remove', true, 'remove'],
    ['remove', false, 'request_removal'],
  ])('policy %s, bot can remove %s → %s', (action, canRemove, expected) => {
    expect(blocklistStep(action, canRemove)).toBe(expected);
  });

  it('the membership check lists each removal with its group, date and case', () => {
    const verdict = checkNickname('销售部-李四', { departments: ['销售部'], nameOnly: [] });
    const concerns = checkMembership({
      verdict, roster: null, groupDepartments: [], inviterId: null, inviterIsAdmin: false, nameOnly: [],
      removedElsewhere: removalsElsewhere([violation('C1', 'r2', '市场部工作群', { status: 'closed', history: [removed] })], 'r1'), timeZone: TZ,
    });
    expect(concerns).toEqual([{ code: 'removed_elsewhere', text: '曾因违规被移出“市场部工作群”（2026年11月30日，案件 C1）' }]);
  });

  it('and says nothing for someone never removed', () => {
    const verdict = checkNickname('销售部-李四', { departments: ['销售部'], nameOnly: [] });
    expect(checkMembership({ verdict, roster: null, groupDepartments: [], inviterId: null, inviterIsAdmin: false, nameOnly: [], removedElsewhere: [] })).toEqual([]);
  });
});

describe('#记录: a member across the company\'s groups', () => {
  it('lists each case with its group, newest first', () => {
    const cases = [violation('C1', 'r1', '销售部工作群'), violation('C2', 'r2', '市场部工作群', { at: T + 86_400_000, action: 'warn', status: 'open' })];
    expect(memberRecordText('销售部-李四', cases, TZ)).toBe(
      [
        '【群管家·记录】销售部-李四 在 2 个群共有 2 起案件：',
        '· C2 12月1日 09:00 “市场部工作群” 赌博 警告（生效中）',
        '· C1 11月30日 09:00 “销售部工作群” 赌博 提请管理员移出（待管理员决定）',
        '本群案件的详情请发“#案件 编号”。',
      ].join('\n'),
    );
  });

  it('cuts a long record and counts the rest', () => {
    const cases = Array.from({ length: RECORD_LINES + 4 }, (_, i) => violation(`C${i + 1}`, 'r1', '销售部工作群', { at: T + i * 60_000 }));
    const text = memberRecordText('销售部-李四', cases, TZ);
    expect(text.split('\n').filter((l) => l.startsWith('· '))).toHaveLength(RECORD_LINES);
    expect(text).toContain('另有 4 起更早的案件未列出。');
    expect(text).toContain(`C${RECORD_LINES + 4} `);
    expect(text).not.toContain('· C1 ');
  });

  it('a member without cases', () => {
    expect(memberRecordText('销售部-李四', [], TZ)).toBe('销售部-李四 在公司各群都没有案件记录。');
  });
});
