/**
 * #举报 by quoting the message, through the real bot on the mock puppet: a quote reply
 * arrives as one text in the shape padlocal delivers (`「名字：原话」`, a dash line, the
 * reply). The quoted sender is the member reported; a quoted message that was a case is
 * that case; otherwise a new report case keeps the quoted text redacted. The quoted part
 * of an ordinary quote reply is not the replier's words when it is clean or was already a
 * case of the member it names; quoted words that were never caught are (a made-up quote).
 */
import { describe, expect, it } from 'vitest';
import { dmsTo, HOUR, roomSays, SALES_PEOPLE, startCommandWorld, texts, type CommandWorld } from './command-world.js';
import { answersTo } from './command-world.js';

const SEPARATOR = '- - - - - - - - - - - - - - - -';
const GAMBLING = '周末一起去赌博吗';
const CLEAN = '明天的会我不来了，你们看着办';
const HEJING = '销售部-何静'; // u2
const quoting = (name: string, quoted: string, reply: string): string => `「${name}：${quoted}」\n${SEPARATOR}\n${reply}`;
const cases = async (w: CommandWorld) => (await w.store.cases.all()).map((c) => ({ id: c.id, kind: c.kind, memberId: c.memberId }));

describe('#举报 quoting a message that is a case', { timeout: 60_000 }, () => {
  it('joins that case (even hours later), alerts the admins with the quoted excerpt, answers privately, tells the member nothing; the digest counts it', async () => {
    const w = await startCommandWorld();
    await w.ask('u2', GAMBLING); // C1
    await w.advance(2 * HOUR);
    const reported = await w.ask('u1', quoting(HEJING, GAMBLING, '#举报 拉人赌博'));
    expect(await cases(w)).toEqual([{ id: 'C1', kind: 'violation', memberId: 'u2' }]);
    expect((await w.store.cases.get('C1'))!.history.at(-1)).toMatchObject({ type: 'reported', by: 'u1', reason: '拉人赌博' });
    expect(dmsTo(reported, 'admin1')).toEqual([[
      '【群管家·举报】C1 销售部工作群',
      '被举报成员：销售部-何静',
      '举报人：销售部-李四（不会告知被举报成员）',
      '理由：拉人赌博',
      '被引用的消息：周末一起去▇▇吗',
      '被引用的消息已是案件 C1（赌博），举报已并入该案件。',
      '请回复“#确认 C1”按违规警告该成员，“#撤销 C1”不予处理，或“#移出 C1”将其移出本群。',
    ].join('\n')]);
    expect(dmsTo(reported, 'u1')).toEqual(['【群管家】已收到你对 销售部-何静 的举报（已并入案件 C1），管理员会核实处理。被举报成员不会知道是谁举报的。']);
    expect(dmsTo(reported, 'u2')).toEqual([]);
    expect(roomSays(reported)).toEqual([]);
    const digest = dmsTo(await w.askDm('admin1', '#周报'), 'admin1').join('\n');
    expect(digest).toContain('成员举报 1 次（确认属实 0 次）');
    await w.stop();
  });

  it('a quote of another message of the same member is not that case: a report case of its own', async () => {
    const w = await startCommandWorld();
    await w.ask('u2', GAMBLING); // C1
    await w.ask('u1', quoting(HEJING, CLEAN, '#举报 态度恶劣'));
    expect(await cases(w)).toEqual([{ id: 'C1', kind: 'violation', memberId: 'u2' }, { id: 'C2', kind: 'report', memberId: 'u2' }]);
    await w.stop();
  });
});

describe('#举报 quoting a message that was no case', { timeout: 60_000 }, () => {
  it('opens a report case whose excerpt is the quoted text, redacted and marked; a second member\'s quote of it joins it', async () => {
    const w = await startCommandWorld();
    // Said before the bot recorded anything (or long ago): the quote is all there is of it.
    const reported = await w.ask('u1', quoting(HEJING, `${CLEAN}，有事打 13812345678`, '#举报 态度恶劣'));
    expect(await w.store.cases.get('C1')).toMatchObject({ kind: 'report', memberId: 'u2', by: 'u1', messageId: null, status: 'pending_decision', excerpt: `（被举报的消息）${CLEAN}，有事打 138****5678` });
    expect(dmsTo(reported, 'admin1')).toEqual([expect.stringContaining(`被引用的消息：${CLEAN}，有事打 138****5678`)]);
    expect(texts(reported).join('\n')).not.toContain('13812345678');
    expect(dmsTo(reported, 'u1')).toEqual(['【群管家】已收到你对 销售部-何静 的举报（案件 C1），管理员会核实处理。被举报成员不会知道是谁举报的。']);
    expect(dmsTo(reported, 'u2')).toEqual([]);
    await w.ask('u3', quoting(HEJING, `${CLEAN}，有事打 13812345678`, '#举报 不尊重同事'));
    expect(await cases(w)).toEqual([{ id: 'C1', kind: 'report', memberId: 'u2' }]);
    expect((await w.store.cases.get('C1'))!.history.at(-1)).toMatchObject({ type: 'reported', by: 'u3', reason: '不尊重同事' });
    const digest = dmsTo(await w.askDm('admin1', '#周报'), 'admin1').join('\n');
    expect(digest).toContain('成员举报 2 次，涉及 1 起案件（确认属实 0 次）');
    await w.stop();
  });
});

describe('#举报 quoting: who the quoted sender is', { timeout: 60_000 }, () => {
  it('a name two members bear: asks which one, opens no case', async () => {
    const w = await startCommandWorld({ people: [...SALES_PEOPLE, { id: 'u9', name: '小何', alias: HEJING, member: true }] });
    const asked = await w.ask('u1', quoting(HEJING, CLEAN, '#举报 态度恶劣'));
    const question = answersTo(asked, 'u1').find((a) => a.startsWith(`有 2 位成员都叫“${HEJING}”`));
    expect(question).toContain('微信名：小何');
    expect(dmsTo(asked, 'admin1')).toEqual([]);
    expect(await w.store.cases.all()).toEqual([]);
    await w.stop();
  });

  it.each([
    { who: 'a name nobody in the group bears', name: '王老板', answer: '本群没有找到被引用消息的发送者“王老板”，举报未提交。请 @ 要举报的成员：“#举报 @成员 理由”。' },
    { who: 'oneself', name: '销售部-李四', answer: '不能举报自己。' },
    { who: 'the bot', name: '群管家', answer: '群管家不能被举报。如对群管家的处理有异议，请回复“#申诉 案件编号 理由”。' },
    { who: 'an admin', name: '销售部-张三', answer: '群管家不受理对管理员的举报。如对管理员有意见，请直接联系群主或公司管理员。' },
  ])('quoting $who: refused privately, no case', async ({ name, answer }) => {
    const w = await startCommandWorld();
    const refused = await w.ask('u1', quoting(name, CLEAN, '#举报 态度恶劣'));
    expect(dmsTo(refused, 'u1')).toEqual([answer]);
    expect(dmsTo(refused, 'admin1')).toEqual([]);
    expect(roomSays(refused)).toEqual([]);
    expect(await w.store.cases.all()).toEqual([]);
    await w.stop();
  });

  it('no reason under the quote: asked for one, no case', async () => {
    const w = await startCommandWorld();
    const asked = await w.ask('u1', quoting(HEJING, CLEAN, '#举报'));
    expect(dmsTo(asked, 'u1')).toEqual(['请写上举报理由：引用对方的消息，回复“#举报 理由”。']);
    expect(await w.store.cases.all()).toEqual([]);
    await w.stop();
  });
});

describe('#举报 quoting: at most three reports an hour', { timeout: 60_000 }, () => {
  it('the fourth quote report within the hour is refused, counted with reports by @', async () => {
    const w = await startCommandWorld();
    expect(dmsTo(await w.ask('u1', '#举报 @u2 刷屏'), 'admin1')).toHaveLength(1);
    for (const quoted of ['第一条', '第二条']) expect(dmsTo(await w.ask('u1', quoting(HEJING, quoted, '#举报 骂人')), 'admin1')).toHaveLength(1);
    const fourth = await w.ask('u1', quoting(HEJING, '第三条', '#举报 又骂人'));
    expect(dmsTo(fourth, 'u1')).toEqual(['你在一小时内已举报 3 次，请稍后再举报。如情况紧急，请直接联系管理员。']);
    expect(dmsTo(fourth, 'admin1')).toEqual([]);
    expect((await w.store.cases.all()).map((c) => c.id)).toEqual(['C1', 'C2', 'C3']);
    await w.stop();
  });
});

describe('an ordinary quote reply is screened as the replier\'s own words: the reply, unless the quoted words were never caught', { timeout: 60_000 }, () => {
  it.each([
    { whose: 'a member\'s', name: HEJING },
    { whose: 'the bot\'s', name: '群管家' },
  ])('quoting $whose violating words to object to them is no case against the replier, nor a new one against anyone', async ({ name }) => {
    const w = await startCommandWorld();
    await w.ask('u2', GAMBLING); // C1
    const objected = await w.ask('u1', quoting(name, GAMBLING, '请不要在工作群里说这些'));
    expect(await cases(w)).toEqual([{ id: 'C1', kind: 'violation', memberId: 'u2' }]);
    expect(texts(objected)).toEqual([]);
    await w.stop();
  });

  it.each([
    { what: 'the reply itself breaks the rules', text: quoting(HEJING, '周末有空吗', '一起去赌博吧'), excerpt: '一起去▇▇吧' },
    { what: 'a made-up quote of nobody in the group: all of it is the sender\'s', text: quoting('王老板', GAMBLING, '好'), excerpt: `「王老板：周末一起去▇▇吗」 ${SEPARATOR} 好` },
    { what: 'a made-up quote of a real member, words they never said (no case of theirs): all of it is the sender\'s', text: quoting(HEJING, GAMBLING, '哈哈'), excerpt: `「${HEJING}：周末一起去▇▇吗」 ${SEPARATOR} 哈哈` },
  ])('$what: a case against the replier', async ({ text, excerpt }) => {
    const w = await startCommandWorld();
    await w.ask('u1', text);
    expect(await w.store.cases.all()).toEqual([expect.objectContaining({ id: 'C1', kind: 'violation', memberId: 'u1', excerpt })]);
    await w.stop();
  });
});
