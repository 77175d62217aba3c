import { describe, expect, it } from 'vitest';
import { addReport, confirmCase, openReportCase, openViolationCase } from '../../../src/core/cases/index.js';
import { caseHistoryLines } from '../../../src/core/wording/case-history.js';

const TZ = 'Asia/Shanghai';
const subject = { id: 'C3', roomId: 'r1', roomTopic: '销售部工作群', memberId: 'u1', memberName: '销售部-李四', at: Date.UTC(2026, 10, 30, 1, 0) };

describe('case history as admins read it', () => {
  it('a report names the reporter as 举报人, never by id, and shows the redacted reason', () => {
    const report = openReportCase(subject, { reporterId: 'wxid_reporter', reason: '在群里拉人去赌', messageId: null, excerpt: '' });
    const lines = caseHistoryLines(report, TZ);
    expect(lines).toEqual(['· 11月30日 09:00 举报人 提出举报：在群里拉人去赌']);
    expect(lines.join('')).not.toContain('wxid_reporter');
  });

  it('a report added to a screened case, then confirmed by an admin', () => {
    const c = openViolationCase(subject, { messageId: 'm1', categories: ['gambling'], terms: ['赌博'], severity: 'high', excerpt: '▇▇', action: 'warn' });
    const reported = addReport(c, { at: subject.at + 60_000, by: 'wxid_reporter' }, '又在发');
    if (!reported.ok) throw new Error('report refused');
    const confirmed = confirmCase(reported.case, { at: subject.at + 120_000, by: 'wxid_admin1' });
    if (!confirmed.ok) throw new Error('confirm refused');
    expect(caseHistoryLines(confirmed.case, TZ)).toEqual(['· 11月30日 09:00 群管家 已警告', '· 11月30日 09:01 举报人 收到成员举报：又在发', '· 11月30日 09:02 管理员 确认违规']);
  });

  it('a likely false alarm held back for review still reads as one', () => {
    const c = openViolationCase(subject, { messageId: 'm1', categories: ['gambling'], terms: ['百家乐'], severity: 'high', excerpt: '▇▇', action: 'review' });
    expect(caseHistoryLines(c, TZ)).toEqual(['· 11月30日 09:00 群管家 疑似误报，暂未提醒成员，请管理员复核']);
  });
});
