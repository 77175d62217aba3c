import { describe, expect, it } from 'vitest';
import {
  appealCase, closeCase, confirmCase, countsOnLadder, decideKeep, decideRemoval, expireCase, lastRemindedAt, markReminded,
  addReport, openManualCase, openRelevanceCase, openReportCase, openViolationCase, overturnCase, rejectAppeal,
  type CaseRecord, type CaseStatus, type Transition,
} from '../../../src/core/cases/index.js';

const subject = { id: 'C1', roomId: 'r1', roomTopic: '销售部工作群', memberId: 'u1', memberName: '销售部-李四', at: 1000 };
const violation = (status: CaseStatus = 'open'): CaseRecord => ({
  ...openViolationCase(subject, { messageId: 'm1', categories: ['gambling'], terms: ['赌博'], severity: 'high', excerpt: '▇▇', action: 'warn' }),
  status,
});
const review = (): CaseRecord => openViolationCase(subject, { messageId: 'm1', categories: ['gambling'], terms: ['百家乐'], severity: 'high', excerpt: '▇▇▇享', action: 'review' });
const admin = { at: 2000, by: 'wxid_admin1' };
const member = { at: 2000, by: 'u1' };

describe('case constructors', () => {
  it.each<[string, CaseRecord, Partial<CaseRecord>]>([
    ['a warned violation is open', openViolationCase(subject, { messageId: 'm1', categories: ['ads'], terms: ['刷单'], severity: 'medium', excerpt: 'x', action: 'warn' }), { kind: 'violation', status: 'open', by: 'bot', messageId: 'm1' }],
    ['a violation reaching removal waits for the admins', openViolationCase(subject, { messageId: 'm1', categories: ['ads'], terms: ['刷单'], severity: 'medium', excerpt: 'x', action: 'request_removal' }), { status: 'pending_decision', action: 'request_removal' }],
    ['a manual warning is opened by the admin', openManualCase(subject, { by: 'wxid_admin1', reason: '刷屏', reachesRemoval: false }), { kind: 'manual', action: 'manual', status: 'open', by: 'wxid_admin1', categories: ['manual'] }],
    ['a manual warning at the top of the ladder waits', openManualCase(subject, { by: 'wxid_admin1', reason: '刷屏', reachesRemoval: true }), { action: 'request_removal', status: 'pending_decision' }],
    ['a likely false alarm held back waits for the admins', review(), { status: 'pending_decision', action: 'review' }],
    ['a membership concern waits for the admins', openRelevanceCase(subject, { concerns: [{ code: 'not_on_roster', text: '不在花名册' }] }), { kind: 'relevance', status: 'pending_decision', categories: ['not_on_roster'], excerpt: '不在花名册' }],
  ])('%s', (_name, record, expected) => {
    expect(record).toMatchObject(expected);
    expect(record.history).toEqual([expect.objectContaining({ type: 'opened', at: subject.at, by: record.by })]);
  });
});

const refusal = (t: Transition) => (t.ok ? null : t.refusal);
const status = (t: Transition) => (t.ok ? t.case.status : null);

describe('transitions', () => {
  it.each<[string, Transition, CaseStatus | null, string | null]>([
    ['overturn an open case', overturnCase(violation(), admin, '误报'), 'overturned', null],
    ['overturn an overturned case', overturnCase(violation('overturned'), admin, ''), null, 'already_overturned'],
    ['appeal one\'s own case', appealCase(violation(), member, '我是在转述通知'), 'appealed', null],
    ['appeal someone else\'s case', appealCase(violation(), { at: 2000, by: 'u2' }, '不服'), null, 'not_own_case'],
    ['appeal twice', appealCase(violation('appealed'), member, '再申诉'), null, 'already_appealed'],
    ['appeal an overturned case', appealCase(violation('overturned'), member, '申诉'), null, 'overturned_no_appeal'],
    ['reject a pending appeal', rejectAppeal(violation('appealed'), admin, '证据确凿'), 'open', null],
    ['reject without an appeal', rejectAppeal(violation(), admin, ''), null, 'no_pending_appeal'],
    ['keep a pending case', decideKeep(violation('pending_decision'), admin), 'closed', null],
    ['keep an open case', decideKeep(violation(), admin), null, 'not_pending'],
    ['remove by a pending case', decideRemoval(violation('pending_decision'), admin), 'closed', null],
    ['remove by an overturned case', decideRemoval(violation('overturned'), admin), null, 'already_overturned'],
    ['expire an open case', expireCase(violation(), 3000), 'closed', null],
    ['expire a pending case', expireCase(violation('pending_decision'), 3000), null, 'not_open'],
    ['close a pending case when the member left', closeCase(violation('pending_decision'), { at: 3000, by: 'bot' }, 'member_left'), 'closed', null],
    ['confirm a case held back for review: it counts from now', confirmCase(review(), admin), 'open', null],
    ['confirm an open case: it stays open', confirmCase(violation(), admin), 'open', null],
    ['confirm a pending removal: it still waits for the decision', confirmCase(violation('pending_decision'), admin), 'pending_decision', null],
    ['confirm an overturned case', confirmCase(violation('overturned'), admin), null, 'already_overturned'],
    ['confirm a closed case', confirmCase(violation('closed'), admin), null, 'already_closed'],
    ['confirm twice', (() => { const t = confirmCase(violation(), admin); return t.ok ? confirmCase(t.case, admin) : t; })(), null, 'already_confirmed'],
    ['overturn a case held back for review', overturnCase(review(), admin, '误报'), 'overturned', null],
    ['close a closed case', closeCase(violation('closed'), { at: 3000, by: 'bot' }, 'member_left'), null, 'already_closed'],
  ])('%s', (_name, t, expectedStatus, expectedRefusal) => {
    expect(status(t)).toBe(expectedStatus);
    expect(refusal(t)).toBe(expectedRefusal);
  });

  it('a transition appends one typed event and leaves the input untouched', () => {
    const before = violation();
    const t = overturnCase(before, admin, '误报');
    expect(t.ok && t.case.history.at(-1)).toEqual({ type: 'overturned', at: 2000, by: 'wxid_admin1', reason: '误报' });
    expect(before.history).toHaveLength(1);
    expect(before.status).toBe('open');
  });

  it('reminders are typed events and the newest one is found', () => {
    const once = markReminded(violation('pending_decision'), 5000);
    const twice = markReminded(once, 9000);
    expect(lastRemindedAt(violation())).toBeNull();
    expect(lastRemindedAt(twice)).toBe(9000);
  });
});

describe('countsOnLadder', () => {
  it.each<[string, Partial<CaseRecord>, boolean, boolean]>([
    ['an open violation', { kind: 'violation', status: 'open' }, false, true],
    ['an appealed violation still counts until decided', { kind: 'violation', status: 'appealed' }, false, true],
    ['an expired (closed) violation is still on record', { kind: 'violation', status: 'closed' }, false, true],
    ['an overturned violation', { kind: 'violation', status: 'overturned' }, false, false],
    ['a violation recorded while the group was paused', { kind: 'violation', status: 'open', notCounted: 'paused' }, false, false],
    ['a manual warning, when the policy does not count them', { kind: 'manual', status: 'open' }, false, false],
    ['a manual warning, when the policy counts them', { kind: 'manual', status: 'open' }, true, true],
    ['a membership concern', { kind: 'relevance', status: 'pending_decision' }, true, false],
    ['a nickname case', { kind: 'nickname', status: 'open' }, true, false],
    ['a violation held back for review, not yet decided', { kind: 'violation', action: 'review', status: 'pending_decision' }, true, false],
    ['a violation held back for review, then confirmed', { kind: 'violation', action: 'review', status: 'open' }, true, true],
  ])('%s', (_name, over, countManual, expected) => {
    expect(countsOnLadder({ ...violation(), ...over }, { countManual })).toBe(expected);
  });
});

describe('members\' reports', () => {
  const reporter = { at: 1500, by: 'u7' };
  const report = (): CaseRecord => openReportCase(subject, { reporterId: 'u7', reason: '在群里拉人去赌', messageId: 'm1', excerpt: '[已隐去]' });
  const rules = { countManual: false };

  it('a report waits for the admins and keeps the reporter for them only', () => {
    expect(report()).toMatchObject({ kind: 'report', status: 'pending_decision', action: 'review', by: 'u7', categories: ['report'], memberId: 'u1' });
    expect(report().history).toEqual([{ type: 'opened', at: subject.at, by: 'u7', action: 'review', note: '在群里拉人去赌' }]);
  });

  it.each<[string, () => CaseRecord, boolean]>([
    ['a pending report does not count against the member', report, false],
    ['a confirmed report counts', () => (confirmCase(report(), admin) as { case: CaseRecord }).case, true],
    ['a report dismissed by #撤销 does not', () => (overturnCase(report(), admin, '不属实') as { case: CaseRecord }).case, false],
    ['a report closed by #保留 does not', () => (decideKeep(report(), admin) as { case: CaseRecord }).case, false],
  ])('%s', (_name, make, counts) => {
    expect(countsOnLadder(make(), rules)).toBe(counts);
  });

  it('a confirmed report expires like a violation; a pending one does not', () => {
    const confirmed = (confirmCase(report(), admin) as { case: CaseRecord }).case;
    expect(status(expireCase(confirmed, 9000))).toBe('closed');
    expect(refusal(expireCase(report(), 9000))).toBe('not_open');
  });

  it.each<[string, Transition, string | null]>([
    ['another member reports a message that is already a case', addReport(violation(), reporter, '发赌博链接'), null],
    ['the member of the case cannot report themselves', addReport(violation(), member, '……'), 'not_own_case'],
  ])('%s', (_name, t, expected) => {
    expect(refusal(t)).toBe(expected);
    if (t.ok) {
      expect(t.case.status).toBe('open');
      expect(t.case.history.at(-1)).toEqual({ type: 'reported', at: 1500, by: 'u7', reason: '发赌博链接' });
    }
  });
});
