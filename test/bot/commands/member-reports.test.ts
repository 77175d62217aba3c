/**
 * #举报 through the real bot on the mock puppet: the admins get the case number, both names
 * and the redacted reason; the reporter is answered privately; the group and the reported
 * member hear nothing (until #确认, as a normal warning without the reporter); the limit of
 * three reports an hour; a report of a message that is already a case joins that case.
 * Here the member is named by @ (or by name in a private chat); reports by quoting are in quote-reports.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { answersTo, dmsTo, HOUR, MINUTE, roomSays, startCommandWorld, t, texts, type CommandWorld } from './command-world.js';

const ROOM = 'room1@chatroom';
const GAMBLING = '周末一起去赌博吗';
const REPORTER = '销售部-李四'; // u1
const ALERT_C1 = [
  '【群管家·举报】C1 销售部工作群',
  '被举报成员：销售部-何静',
  '举报人：销售部-李四（不会告知被举报成员）',
  '理由：在群里发广告',
  '请回复“#确认 C1”按违规警告该成员，“#撤销 C1”不予处理，或“#移出 C1”将其移出本群。',
].join('\n');
const RECEIVED_C1 = '【群管家】已收到你对 销售部-何静 的举报（案件 C1），管理员会核实处理。被举报成员不会知道是谁举报的。';
const lastCase = async (w: CommandWorld, member: string) => (await w.store.cases.byMember(ROOM, member)).at(-1);

describe('#举报: the admins hear, the reported member does not', { timeout: 60_000 }, () => {
  it('a report in the group: a report case, a private answer to the reporter, the alert to the admins, nothing in the group', async () => {
    const w = await startCommandWorld();
    const reported = await w.ask('u1', '#举报 @u2 在群里发广告');
    expect(await w.store.cases.get('C1')).toMatchObject({ kind: 'report', categories: ['report'], memberId: 'u2', memberName: '销售部-何静', by: 'u1', status: 'pending_decision', action: 'review', messageId: null });
    expect(dmsTo(reported, 'u1')).toEqual([RECEIVED_C1]);
    expect(dmsTo(reported, 'admin1')).toEqual([ALERT_C1]);
    expect(dmsTo(reported, 'u2')).toEqual([]);
    expect(roomSays(reported)).toEqual([]);
    await w.stop();
  });

  it('a report in a private chat names the member by @ or by name; the reason is redacted everywhere', async () => {
    const w = await startCommandWorld();
    const reported = await w.askDm('u1', '#举报 @u2 把客户电话 13812345678 发到群里');
    expect(dmsTo(reported, 'admin1')).toEqual([expect.stringContaining('理由：把客户电话 138****5678 发到群里')]);
    expect(texts(reported).join('\n')).not.toContain('13812345678');
    expect((await w.store.cases.get('C1'))!.history[0]).toMatchObject({ type: 'opened', by: 'u1', note: '把客户电话 138****5678 发到群里' });
    const byName = await w.askDm('u1', '#举报 销售部-何静 又在刷屏');
    expect(dmsTo(byName, 'u1')).toEqual(['【群管家】已收到你对 销售部-何静 的举报（案件 C2），管理员会核实处理。被举报成员不会知道是谁举报的。']);
    await w.stop();
  });

  it.each([
    { who: 'oneself', text: '#举报 @u1 我自己', answer: '不能举报自己。' },
    { who: 'an admin', text: '#举报 @admin1 管太严', answer: '群管家不受理对管理员的举报。如对管理员有意见，请直接联系群主或公司管理员。' },
    { who: 'the bot', text: '#举报 @bot 乱警告', answer: '群管家不能被举报。如对群管家的处理有异议，请回复“#申诉 案件编号 理由”。' },
    { who: 'nobody named', text: '#举报 在群里发广告', answer: '用法：#举报 @成员 理由 —— 向管理员举报成员，也可引用其消息回复“#举报 理由”（只有管理员知道是你举报的）' },
    { who: 'no reason', text: '#举报 @u2', answer: '请写上举报理由。用法：#举报 @成员 理由 —— 向管理员举报成员，也可引用其消息回复“#举报 理由”（只有管理员知道是你举报的）' },
  ])('reporting $who is refused politely and privately, no case', async ({ text, answer }) => {
    const w = await startCommandWorld();
    const mentions = text.includes('@bot') ? [w.sim.botId] : undefined;
    const mark = w.mark();
    if (mentions) await w.say('u1', text.replace('@bot', '@群管家\u2005'), mentions);
    else await w.ask('u1', text);
    await w.advance(MINUTE);
    const actions = w.since(mark);
    expect(dmsTo(actions, 'u1')).toEqual([answer]);
    expect(roomSays(actions)).toEqual([]);
    expect(dmsTo(actions, 'admin1')).toEqual([]);
    expect(await w.store.cases.all()).toEqual([]);
    await w.stop();
  });
});

describe('at most three reports an hour per member', { timeout: 60_000 }, () => {
  it('the fourth within the hour is refused privately; an hour after the first, reporting works again', async () => {
    const w = await startCommandWorld();
    for (const reason of ['刷屏', '发广告', '骂人']) expect(dmsTo(await w.ask('u1', `#举报 @u2 ${reason}`), 'admin1')).toHaveLength(1);
    const fourth = await w.ask('u1', '#举报 @u2 又刷屏');
    expect(dmsTo(fourth, 'u1')).toEqual(['你在一小时内已举报 3 次，请稍后再举报。如情况紧急，请直接联系管理员。']);
    expect(dmsTo(fourth, 'admin1')).toEqual([]);
    expect((await w.store.cases.all()).map((c) => c.id)).toEqual(['C1', 'C2', 'C3']);
    // Another member's report is not limited by u1's.
    expect(dmsTo(await w.ask('u3', '#举报 @u2 刷屏'), 'admin1')).toEqual([expect.stringContaining('【群管家·举报】C4')]);
    await w.advance(HOUR - 3 * MINUTE);
    expect(dmsTo(await w.ask('u1', '#举报 @u2 还在刷屏'), 'admin1')).toEqual([expect.stringContaining('【群管家·举报】C5')]);
    await w.stop();
  });
});

describe('a report of a message that is already a case joins it', { timeout: 60_000 }, () => {
  it('within ten minutes of the case the report is added to it; later it is a case of its own', async () => {
    const w = await startCommandWorld();
    await w.ask('u2', GAMBLING); // C1, a violation
    const reported = await w.ask('u1', '#举报 @u2 拉人赌博');
    expect((await w.store.cases.all()).map((c) => c.id)).toEqual(['C1']);
    expect((await w.store.cases.get('C1'))!.history.at(-1)).toMatchObject({ type: 'reported', by: 'u1', reason: '拉人赌博' });
    expect(dmsTo(reported, 'u1')).toEqual(['【群管家】已收到你对 销售部-何静 的举报（已并入案件 C1），管理员会核实处理。被举报成员不会知道是谁举报的。']);
    expect(dmsTo(reported, 'admin1')).toEqual([[
      '【群管家·举报】C1 销售部工作群',
      '被举报成员：销售部-何静',
      '举报人：销售部-李四（不会告知被举报成员）',
      '理由：拉人赌博',
      '该成员最近的消息已是案件 C1（赌博），举报已并入该案件。',
      '请回复“#确认 C1”按违规警告该成员，“#撤销 C1”不予处理，或“#移出 C1”将其移出本群。',
    ].join('\n')]);
    expect(dmsTo(reported, 'u2')).toEqual([]);
    await w.advance(10 * MINUTE);
    await w.ask('u1', '#举报 @u2 还在拉人');
    expect(await lastCase(w, 'u2')).toMatchObject({ id: 'C2', kind: 'report' });
    await w.stop();
  });
});

describe('#确认 and #撤销 on a report', { timeout: 60_000 }, () => {
  it('#确认 warns the member privately on the ladder, never naming the reporter; the next violation is the second', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', '#举报 @u2 在群里发广告');
    const confirmed = await w.askDm('admin1', '#确认 C1');
    expect(dmsTo(confirmed, 'u2')).toEqual([[
      '【群管家】你在“销售部工作群”的言行经管理员核实违反群规，已记录为案件 C1。',
      '请遵守群规，文明交流。',
      '这是 1天 内第 1 次，再违规 1 次将警告并通知管理员。',
      '如认为有误，可回复“#申诉 C1 理由”，管理员会复核。',
    ].join('\n')]);
    expect(texts(confirmed).filter((t) => t.includes(REPORTER))).toEqual([]);
    expect(answersTo(confirmed, 'admin1')).toEqual(['已确认案件 C1 属实，已私下警告 销售部-何静（本期第 1 次），未透露举报人。']);
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'open' });
    await w.ask('u2', GAMBLING);
    expect(await lastCase(w, 'u2')).toMatchObject({ id: 'C2', action: 'warn_and_notify' });
    await w.stop();
  });

  it('#撤销 dismisses it: the member is never told, and it does not count', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', '#举报 @u2 在群里发广告');
    const dismissed = await w.askDm('admin1', '#撤销 C1 不属实');
    expect(answersTo(dismissed, 'admin1')).toEqual(['已撤销案件 C1，举报不予处理；被举报成员此前未被告知，也不会收到通知。']);
    expect(dmsTo(dismissed, 'u2')).toEqual([]);
    expect(roomSays(dismissed)).toEqual([]);
    await w.ask('u2', GAMBLING);
    expect(await lastCase(w, 'u2')).toMatchObject({ id: 'C2', action: 'warn' });
    await w.stop();
  });
});

describe('a report nobody decided', { timeout: 60_000 }, () => {
  it('is brought up to the admins the next work day, as a report to confirm or dismiss', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', '#举报 @u2 在群里发广告');
    const mark = w.mark();
    await w.advanceTo(t('2026-11-24 09:30'));
    expect(dmsTo(w.since(mark), 'admin1')).toEqual([
      '【群管家·待决定】“销售部工作群”有 1 件超过一天未处理：\n· C1 销售部-何静：成员举报，待核实（11月23日 09:00）\n成员举报请回复“#确认 C编号”（按违规警告）或“#撤销 C编号”（不予处理）。',
    ]);
    expect(dmsTo(w.since(mark), 'u2')).toEqual([]);
    await w.stop();
  });
});

describe('reports in the digest', { timeout: 60_000 }, () => {
  it('#周报 counts the reports and how many were confirmed; the reporter is not in it', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', '#举报 @u2 在群里发广告');
    await w.ask('u1', '#举报 @u3 刷屏');
    await w.askDm('admin1', '#确认 C1');
    const digest = dmsTo(await w.askDm('admin1', '#周报'), 'admin1').join('\n');
    expect(digest).toContain('成员举报 2 次（确认属实 1 次）');
    expect(digest).not.toContain(REPORTER);
    await w.stop();
  });
});
