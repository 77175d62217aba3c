/**
 * Case commands as flows through the real bot: a manual warning counts on the
 * ladder, a pardon stops a case counting, appeals go to the admins and back,
 * removals and pending decisions.
 */
import { describe, expect, it } from 'vitest';
import { answersTo, dmsTo, MINUTE, removals, roomSays, SALES_PEOPLE, startCommandWorld, type CommandWorld } from './command-world.js';

const ROOM = 'room1@chatroom';
const GAMBLING = '周末一起去赌博吗';
const caseOf = (w: CommandWorld, id: string) => w.store.cases.get(id);
const lastCase = async (w: CommandWorld, member: string) => (await w.store.cases.byMember(ROOM, member)).at(-1);

describe('#警告 and #撤销 on the escalation ladder', { timeout: 30_000 }, () => {
  it('#警告 opens a manual case, tells the member, and counts: the next violation is the second', async () => {
    const w = await startCommandWorld();
    const warned = await w.ask('admin1', '#警告 @u1 在群里发广告');
    expect(await caseOf(w, 'C1')).toMatchObject({ kind: 'manual', categories: ['manual'], memberId: 'u1', memberName: '销售部-李四', action: 'manual', status: 'open', by: 'admin1' });
    expect(roomSays(warned).filter((s) => s.mentions.includes('u1'))).toEqual([expect.objectContaining({ text: '销售部-李四，管理员提醒：在群里发广告（案件 C1）' })]);
    expect(dmsTo(warned, 'u1')).toEqual([expect.stringContaining('【群管家】管理员在“销售部工作群”对你发出警告：在群里发广告')]);
    expect(dmsTo(warned, 'u1')[0]).toContain('#申诉 C1 理由');

    const next = await w.ask('u1', GAMBLING);
    expect(await lastCase(w, 'u1')).toMatchObject({ id: 'C2', action: 'warn_and_notify' });
    expect(dmsTo(next, 'admin1')).toEqual([expect.stringContaining('【群管家·违规】C2')]);
    await w.stop();
  });

  it('#撤销 overturns the case, tells the member, and the case stops counting: the next violation is count 1 again', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', GAMBLING); // C1 warn
    const pardoned = await w.ask('admin1', '#撤销 C1 转发新闻 误判');
    expect(await caseOf(w, 'C1')).toMatchObject({ status: 'overturned' });
    expect((await caseOf(w, 'C1'))!.history.at(-1)).toMatchObject({ by: 'admin1', type: 'overturned', reason: '转发新闻 误判' });
    expect(dmsTo(pardoned, 'u1')).toEqual(['【群管家】你在“销售部工作群”的案件 C1 已被管理员撤销，不再计入违规次数。说明：转发新闻 误判']);
    expect(answersTo(pardoned, 'admin1')).toEqual(['已撤销案件 C1，并已通知 销售部-李四。']);

    const again = await w.ask('u1', GAMBLING);
    expect(await lastCase(w, 'u1')).toMatchObject({ id: 'C2', action: 'warn' });
    expect(dmsTo(again, 'u1')[0]).toContain('这是 1天 内第 1 次');
    expect(dmsTo(again, 'admin1')).toEqual([]);
    expect(answersTo(await w.ask('admin1', '#撤销C1'), 'admin1')).toEqual(['案件 C1 已经撤销过了。']);
    await w.stop();
  });

  it('a member who cannot be messaged privately is told of a pardon in the group', async () => {
    const w = await startCommandWorld();
    await w.ask('u3', GAMBLING); // u3 is not the bot's friend
    const pardoned = await w.ask('admin1', '#撤销 C1');
    expect(dmsTo(pardoned, 'u3')).toEqual([]);
    expect(roomSays(pardoned).filter((s) => s.mentions.includes('u3'))).toEqual([expect.objectContaining({ text: expect.stringContaining('案件 C1 已被管理员撤销') })]);
    await w.stop();
  });
});

describe('appeals: member → admins → #撤销 or #驳回', { timeout: 30_000 }, () => {
  it.each([
    { decision: '#撤销 C1 情况属实', status: 'overturned', member: '案件 C1 已被管理员撤销，不再计入违规次数。说明：情况属实', counted: false },
    { decision: '#驳回 C1 原文确有赌博内容', status: 'open', member: '你对案件 C1 的申诉未被采纳。说明：原文确有赌博内容', counted: true },
  ])('$decision', async ({ decision, status, member, counted }) => {
    const w = await startCommandWorld({ room: { id: 'room1', topic: '销售部工作群', owner: 'u2' } }); // two admins: admin1 and the owner u2
    await w.ask('u1', GAMBLING);
    const appeal = await w.askDm('u1', '#申诉 C1 我在转述新闻');
    expect(await caseOf(w, 'C1')).toMatchObject({ status: 'appealed' });
    for (const admin of ['admin1', 'u2']) {
      expect(dmsTo(appeal, admin)).toEqual([
        '【群管家·申诉】C1 销售部工作群\n成员：销售部-李四\n原因：赌博\n申诉理由：我在转述新闻\n请回复“#撤销 C1 理由”或“#驳回 C1 理由”。',
      ]);
    }
    expect(roomSays(appeal)).toEqual([]); // an appeal is private

    const decided = await w.askDm('u2', decision);
    expect(await caseOf(w, 'C1')).toMatchObject({ status });
    expect(dmsTo(decided, 'u1')).toEqual([expect.stringContaining(member)]);
    const next = await w.ask('u1', GAMBLING);
    expect(await lastCase(w, 'u1')).toMatchObject({ id: 'C2', action: counted ? 'warn_and_notify' : 'warn' });
    expect(next.length).toBeGreaterThan(0);
    const audit = await w.store.audit.list();
    expect(audit.map((e) => [e.by, e.action, e.target])).toEqual([
      ['u1', 'appeal', 'C1'],
      ['u2', status === 'overturned' ? 'pardon' : 'reject', 'C1'],
    ]);
    await w.stop();
  });

  it('#驳回 a case without an appeal is refused with the reason', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', GAMBLING);
    expect(answersTo(await w.ask('admin1', '#驳回 C1'), 'admin1')).toEqual(['案件 C1 没有待处理的申诉。']);
    await w.askDm('u1', '#申诉 C1 误会');
    await w.ask('admin1', '#撤销 C1');
    expect(answersTo(await w.ask('admin1', '#驳回 C1'), 'admin1')).toEqual(['案件 C1 没有待处理的申诉。']);
    expect(answersTo(await w.askDm('u1', '#申诉 C1 再议'), 'u1')).toEqual(['案件 C1 已撤销，无需申诉。']);
    await w.stop();
  });
});

describe('#移出 and #保留', { timeout: 30_000 }, () => {
  const people = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }];

  it.each([
    { owner: 'bot', removed: true, answer: '已将 销售部-李四 移出本群。' },
    { owner: 'u2', removed: false, answer: '我不是群主，无法移出 销售部-李四，请群主（销售部-何静）手动移出。' },
  ])('#移出 @x when the owner is $owner', async ({ owner, removed, answer }) => {
    const w = await startCommandWorld({ room: { id: 'room1', topic: '销售部工作群', owner } });
    const actions = await w.ask('admin1', '#移出 @u1');
    expect(answersTo(actions, 'admin1')).toEqual([answer]);
    expect(removals(actions)).toEqual(removed ? [expect.objectContaining({ member: 'u1' })] : []);
    const room = await w.sim.wechaty.Room.find({ id: ROOM });
    expect((await room!.memberAll()).some((c) => c.id === 'u1')).toBe(!removed);
    await w.stop();
  });

  it.each([
    { command: '#移出 C1', owner: 'bot', status: 'closed', decision: 'remove', removed: true, answer: '已将 销售部-陈十 移出本群。' },
    { command: '#保留 C1', owner: 'bot', status: 'closed', decision: 'keep', removed: false, answer: '已保留 销售部-陈十，案件 C1 结案。' },
    { command: '#移出 C1', owner: 'u2', status: 'closed', decision: 'remove', removed: false, answer: '我不是群主，无法移出 销售部-陈十，请群主（销售部-何静）手动移出。案件 C1 已记为“移出”。' },
  ])('a pending membership alert: $command (owner $owner)', async ({ command, owner, status, decision, removed, answer }) => {
    const w = await startCommandWorld({ people, room: { id: 'room1', topic: '销售部工作群', owner } });
    await w.join('n1', 'admin1'); // not on the roster
    await w.advance(MINUTE);
    expect(await caseOf(w, 'C1')).toMatchObject({ kind: 'relevance', status: 'pending_decision', memberId: 'n1' });
    const actions = await w.askDm('admin1', command);
    expect(answersTo(actions, 'admin1')).toEqual([answer]);
    expect(await caseOf(w, 'C1')).toMatchObject({ status });
    expect((await caseOf(w, 'C1'))!.history.at(-1)).toMatchObject({ by: 'admin1', type: 'decided', decision });
    expect(removals(actions)).toEqual(removed ? [expect.objectContaining({ member: 'n1' })] : []);
    expect(await w.store.cases.pending()).toEqual([]);
    await w.stop();
  });

  it.each([
    { command: '#移出 C3', decision: 'remove', answer: '案件 C3 已记为“移出”' },
    { command: '#保留 C3', decision: 'keep', answer: '已保留 销售部-李四，案件 C3 结案。' },
  ])('a pending removal request (the bot is not the owner): $command', async ({ command, decision, answer }) => {
    const w = await startCommandWorld({ room: { id: 'room1', topic: '销售部工作群', owner: 'u2' } });
    for (let i = 0; i < 3; i++) await w.ask('u1', GAMBLING);
    expect(await caseOf(w, 'C3')).toMatchObject({ action: 'request_removal', status: 'pending_decision' });
    const actions = await w.ask('u2', command); // the owner decides
    expect(answersTo(actions, 'u2')[0]).toContain(answer);
    expect(await caseOf(w, 'C3')).toMatchObject({ status: 'closed' });
    expect((await caseOf(w, 'C3'))!.history.at(-1)).toMatchObject({ by: 'u2', type: 'decided', decision });
    expect(removals(actions)).toEqual([]);
    expect(answersTo(await w.ask('u2', '#保留 C3'), 'u2')).toEqual(['案件 C3 不是待决定的案件（已结案）。']);
    await w.stop();
  });
});
