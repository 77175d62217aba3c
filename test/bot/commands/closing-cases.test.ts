/**
 * Cases that close: a member who leaves or is removed leaves nothing to decide, nobody is
 * reminded about them, #移出 of someone gone says so; a pending appeal is a pending
 * decision; overturning a removal tells the admins whom to re-invite; expiry notices
 * are one per person and never reach someone who left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { dmsTo, removals, roomSays, SALES_PEOPLE, startCommandWorld, t, type CommandWorld } from './command-world.js';

const GAMBLING = '周末一起去赌博吗';
const PEOPLE = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }]; // not on the roster: joining opens a pending case
const PENDING = '【群管家·待决定】';
const EXPIRED = '不再计入违规次数';
const said = (actions: readonly BotAction[]): string => actions.flatMap((a) => ('text' in a ? [a.text] : [])).join('\n');

let w: CommandWorld | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

describe('a member who is gone closes their pending cases', { timeout: 30_000 }, () => {
  it.each([
    { how: 'leaves on their own', by: undefined, reason: 'member_left', line: '群管家 成员已退群，结案' },
    { how: 'is removed by the owner by hand', by: 'admin1', reason: 'member_removed', line: '管理员 成员已被移出，结案' },
  ])('$how: the case is closed, and nobody is reminded about them', async ({ by, reason, line }) => {
    w = await startCommandWorld({ people: PEOPLE, start: t('2026-11-23 09:00') });
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.join('n1', 'admin1');
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'pending_decision' });
    await w.leave('n1', by);
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'closed' });
    expect((await w.store.cases.get('C1'))!.history.at(-1)).toMatchObject({ type: 'closed', reason });
    const mark = w.mark();
    await w.advanceTo(t('2026-11-25 12:00'));
    expect(said(w.since(mark))).not.toContain(PENDING);
    const shown = await w.askDm('admin1', '#案件 C1');
    expect(dmsTo(shown, 'admin1').join('\n')).toContain(line);
  });

  it('the look-alike: a member who stays keeps the case pending, and is reminded', async () => {
    w = await startCommandWorld({ people: PEOPLE, start: t('2026-11-23 09:00') });
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.join('n1', 'admin1');
    await w.leave('u2'); // someone else leaves
    const mark = w.mark();
    await w.advanceTo(t('2026-11-25 12:00'));
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'pending_decision' });
    expect(dmsTo(w.since(mark), 'admin1').join('\n')).toContain(PENDING);
  });

  it('#移出 @x: x is told privately that they were removed, why (the rule, not the message) and how to appeal', async () => {
    w = await startCommandWorld({ people: PEOPLE });
    await w.ask('u1', GAMBLING); // C1
    const removed = await w.ask('admin1', '#移出 @u1');
    expect(removals(removed)).toEqual([expect.objectContaining({ member: 'u1' })]);
    const [notice] = dmsTo(removed, 'u1');
    expect(notice).toBe('【群管家】你已被管理员移出“销售部工作群”。\n原因：你的消息涉及“赌博”，违反群规（案件 C1）。\n如认为处理有误，可回复“#申诉 C1 理由”，管理员会复核。');
    expect(notice).not.toContain(GAMBLING);
    expect(await w.store.members.get('room1@chatroom', 'u1')).toMatchObject({ left: true });
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'closed' });
  });

  it('#移出 @x of someone no longer there says so, and removes nobody', async () => {
    w = await startCommandWorld({ people: PEOPLE });
    await w.join('n1', 'admin1');
    await w.leave('u1');
    const actions = await w.ask('admin1', '#移出 @u1');
    expect(removals(actions)).toEqual([]);
    expect(dmsTo(actions, 'admin1')).toEqual(['销售部-李四 已不在本群，无需移出。']);
    expect(said(actions)).not.toContain('已将');
    const byCase = await w.ask('admin1', '#移出 C1'); // n1 is still here: the look-alike
    expect(removals(byCase)).toEqual([expect.objectContaining({ member: 'n1' })]);
  });

  it.each([
    { asker: 'admin1', answer: '我不是群主，无法移出 销售部-李四，请群主（销售部-何静）手动移出。' },
    { asker: 'u2', answer: '我不是群主，无法移出 销售部-李四。你是本群群主：请在群聊里长按 销售部-李四 的头像（或在群成员列表中），选择“移出群聊”。' },
  ])('the bot is not the owner: $asker is told who can remove, and how', async ({ asker, answer }) => {
    w = await startCommandWorld({ people: PEOPLE, room: { id: 'room1', topic: '销售部工作群', owner: 'u2' } });
    const actions = await w.ask(asker, '#移出 @u1');
    expect(removals(actions)).toEqual([]);
    expect(dmsTo(actions, asker)).toEqual([answer]);
  });
});

describe('a pending appeal is a pending decision', { timeout: 30_000 }, () => {
  it('reminded after a day, counted in 待决定 and in the digest', async () => {
    w = await startCommandWorld({ start: t('2026-11-23 09:00') });
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.ask('u1', GAMBLING); // C1
    await w.advanceTo(t('2026-11-23 11:00'));
    await w.askDm('u1', '#申诉 C1 我在转述新闻');
    const mark = w.mark();
    await w.advanceTo(t('2026-11-24 12:00'));
    const [reminder] = dmsTo(w.since(mark), 'admin1').filter((d) => d.includes(PENDING));
    expect(reminder).toBe('【群管家·待决定】“销售部工作群”有 1 件超过一天未处理：\n· C1 销售部-李四：赌博，成员已申诉（11月23日 11:00）\n申诉请回复“#撤销 C编号 理由”或“#驳回 C编号 理由”。');
    const stats = await w.askDm('admin1', '#统计 7d');
    expect(dmsTo(stats, 'admin1').join('\n')).toContain('待决定 1 件');
    const digest = await w.askDm('admin1', '#周报');
    expect(dmsTo(digest, 'admin1').join('\n')).toContain('待决定 1 件：C1 销售部-李四（申诉中）');
  });

  it('the look-alike: an answered appeal is no longer reminded', async () => {
    w = await startCommandWorld({ start: t('2026-11-23 09:00') });
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.ask('u1', GAMBLING);
    await w.askDm('u1', '#申诉 C1 我在转述新闻');
    await w.askDm('admin1', '#驳回 C1 有截图');
    const mark = w.mark();
    await w.advanceTo(t('2026-11-24 12:00'));
    expect(said(w.since(mark))).not.toContain(PENDING);
  });
});

describe('overturning a removal', { timeout: 30_000 }, () => {
  it('tells the admins whom to re-invite where, and the member that they may come back', async () => {
    w = await startCommandWorld({ people: PEOPLE });
    await w.ask('u1', GAMBLING); // C1
    await w.ask('admin1', '#移出 @u1');
    const pardoned = await w.askDm('admin1', '#撤销 C1 误判');
    expect(dmsTo(pardoned, 'admin1')).toEqual(expect.arrayContaining([
      '【群管家·撤销移出】案件 C1 已撤销，但 销售部-李四 已被移出“销售部工作群”。如需恢复，请重新邀请 销售部-李四 加入“销售部工作群”。',
      expect.stringContaining('已撤销案件 C1，并已通知 销售部-李四。销售部-李四 已被移出本群，如需恢复请重新邀请其入群。'),
    ]));
    expect(dmsTo(pardoned, 'u1')).toEqual([expect.stringContaining('你此前因此被移出“销售部工作群”，管理员可以重新邀请你入群。')]);
  });

  it('the look-alike: overturning the case of a member still here says nothing about re-inviting', async () => {
    w = await startCommandWorld({ people: PEOPLE });
    await w.ask('u1', GAMBLING);
    const pardoned = await w.askDm('admin1', '#撤销 C1 误判');
    expect(said(pardoned)).not.toContain('邀请');
  });
});

describe('warning-expiry notices', { timeout: 30_000 }, () => {
  it('are one message per person, and never sent to someone who left', async () => {
    w = await startCommandWorld({ start: t('2026-11-23 09:00') });
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.ask('u1', GAMBLING); // C1
    await w.ask('u1', GAMBLING); // C2
    await w.ask('u2', GAMBLING); // C3
    await w.leave('u2');
    const mark = w.mark();
    await w.advanceTo(t('2026-11-24 12:00'));
    expect(dmsTo(w.since(mark), 'u1').filter((d) => d.includes(EXPIRED))).toEqual(['【群管家】你在“销售部工作群”的 2 件案件（C1、C2）已满 1 天，不再计入违规次数。感谢遵守群规。']);
    expect(dmsTo(w.since(mark), 'u2')).toEqual([]);
    expect(roomSays(w.since(mark)).filter((a) => a.text.includes(EXPIRED))).toEqual([]);
  });
});
