/**
 * The bot's own membership (issue 5), through the real plugin on the mock
 * puppet: being added (by whom, as owner or not), the group renamed, the bot
 * removed.
 */
import { describe, expect, it } from 'vitest';
import { dmsTo, MINUTE, HOUR, policyWith, removals, roomSays, SALES_PEOPLE, startWorld } from './harness.js';

/** Pacing, storage and membership are under test here, not segmentation: no jieba (see SegmenterChoice). */
const light = (overrides: Record<string, unknown> = {}) => policyWith(overrides, 'whole-message');

const GAMBLING = '周末一起去赌博吗';
const RD_ADMIN = { id: 'rd_admin', name: '研发部-钱七' };

describe('the bot is added to a group', { timeout: 30_000 }, () => {
  it('outside the group it stays silent; added, it says hello once — also when removed and added again', async () => {
    const w = await startWorld({ policy: light(), room: { id: 'room1', topic: '销售部工作群', botMember: false } });
    await w.advance(MINUTE);
    expect(w.actions).toEqual([]);
    await w.addBot('admin1');
    await w.advance(MINUTE);
    await w.removeBot('admin1');
    await w.advance(MINUTE);
    await w.addBot('admin1');
    await w.advance(MINUTE);
    const hellos = roomSays(w.actions).filter((a) => a.text.startsWith('大家好，我是群管家'));
    expect(hellos).toHaveLength(1);
    expect(hellos[0]!.text).toContain('1. 群昵称请改为“部门-姓名”');
    expect(dmsTo(w.actions, 'admin1').filter((d) => d.startsWith('【群管家·入群】'))).toHaveLength(2);
    await w.stop();
  });

  it.each([
    { by: 'admin1', name: '销售部-张三', warned: false },
    { by: 'u1', name: '销售部-李四', warned: true },
  ])('added by $by → the admins are told who added it (non-admin flagged: $warned) and what the audit found', async ({ by, name, warned }) => {
    const people = [...SALES_PEOPLE, { id: 'u4', name: '小王', member: true }];
    const w = await startWorld({ policy: light(), room: { id: 'room1', topic: '销售部工作群', botMember: false }, people });
    await w.advance(MINUTE);
    const mark = w.mark();
    await w.addBot(by);
    await w.advance(MINUTE);
    const told = dmsTo(w.since(mark), 'admin1');
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`【群管家·入群】我已加入“销售部工作群”，由 ${name} 添加。`);
    expect(told[0]).toContain('成员梳理：共 5 人，昵称不规范 1 人，可能不属于本群 1 人。');
    expect(told[0]).toContain('· 小王：花名册中没有“小王”');
    if (warned) expect(told[0]).toContain(`注意：添加我的 ${name} 不是管理员。`);
    else expect(told[0]).not.toContain('不是管理员');
    await w.stop();
  });

  it.each([
    { owner: 'bot', canRemove: true },
    { owner: 'u2', canRemove: false },
  ])('as owner ($owner) the bot may remove: $canRemove; otherwise a remove step becomes request_removal', async ({ owner, canRemove }) => {
    const policy = light({ escalation: { window: '1d', steps: [{ count: 1, action: 'remove' }], notify_always: [] } });
    const w = await startWorld({ policy, room: { id: 'room1', topic: '销售部工作群', owner, botMember: false } });
    await w.advance(MINUTE);
    let mark = w.mark();
    await w.addBot('admin1');
    await w.advance(MINUTE);
    const told = dmsTo(w.since(mark), 'admin1')[0]!;
    if (canRemove) expect(told).toContain('我是群主，可以按规则移出成员。');
    else expect(told).toContain('我不是群主，无法移出成员：需要移出时我会提请管理员处理。');
    expect((await w.store.rooms.get(w.sim.roomId))?.botCanRemove).toBe(canRemove);

    mark = w.mark();
    await w.say('u1', GAMBLING);
    await w.advance(MINUTE);
    const acts = w.since(mark);
    expect(await w.store.cases.byMember(w.sim.roomId, 'u1')).toEqual([expect.objectContaining({ action: canRemove ? 'remove' : 'request_removal' })]);
    expect(removals(acts)).toHaveLength(canRemove ? 1 : 0);
    expect(dmsTo(acts, 'admin1')[0]).toContain(canRemove ? '处理：移出群聊' : '处理：提请管理员移出');
    await w.stop();
  });
});

describe('the group is renamed', { timeout: 30_000 }, () => {
  it.each([
    { to: '研发部工作群', told: ['admin1', 'rd_admin'], says: '现使用策略“研发部工作群”。', newcomer: '销售部-许亮', alert: true, range: '（研发部）' },
    // Bound by room id: a name no group is configured under keeps the group's policy.
    { to: '销售部闲聊群', told: ['admin1'], says: '仍使用原来的策略“销售部工作群”（群策略按群绑定，不随群名改变）。', newcomer: '客服部-赵六', alert: true, range: '（销售部、市场部）' },
  ])('renamed to $to by an admin → records kept, the admins told, the policy picked by binding', async ({ to, told, says, newcomer, alert, range }) => {
    const people = [...SALES_PEOPLE, RD_ADMIN, { id: 'n1', name: newcomer }];
    const w = await startWorld({ policy: light(), people });
    await w.say('u1', GAMBLING);
    await w.advance(MINUTE);
    const mark = w.mark();
    await w.setTopic(to, 'admin1');
    await w.advance(MINUTE);
    for (const id of told) {
      expect(dmsTo(w.since(mark), id)).toEqual([`【群管家·群名变更】“销售部工作群”已改名为“${to}”，记录保留；${says}`]);
    }
    expect((await w.store.rooms.get(w.sim.roomId))?.topic).toBe(to);

    await w.say('u1', GAMBLING); // the earlier case still counts: same group, same records
    await w.advance(MINUTE);
    expect((await w.store.cases.byMember(w.sim.roomId, 'u1')).map((c) => [c.id, c.action])).toEqual([
      ['C1', 'warn'],
      ['C2', 'warn_and_notify'],
    ]);

    const joinMark = w.mark();
    await w.join('n1', 'admin1'); // checked against the departments of the new policy
    await w.advance(MINUTE);
    const review = dmsTo(w.since(joinMark), 'admin1').filter((d) => d.includes('入群审核'));
    expect(review).toHaveLength(alert ? 1 : 0);
    if (alert) expect(review[0]).toContain(`不在本群范围${range}`);
    await w.stop();
  });

  it('a rename that keeps the same policy (both default) tells nobody', async () => {
    const w = await startWorld({ policy: light(), room: { id: 'room1', topic: '午饭群' } });
    const mark = w.mark();
    await w.setTopic('午饭约饭群', 'u1');
    await w.advance(MINUTE);
    expect(w.since(mark)).toEqual([]);
    expect((await w.store.rooms.get(w.sim.roomId))?.topic).toBe('午饭约饭群');
    await w.stop();
  });
});

describe('the bot is removed from a group', { timeout: 30_000 }, () => {
  it('the admins are told once, and nothing more is sent to that group', async () => {
    const people = [...SALES_PEOPLE, { id: 'n1', name: '许亮' }];
    const w = await startWorld({ policy: light(), people });
    await w.advance(MINUTE);
    const mark = w.mark();
    await w.removeBot('admin1');
    await w.advance(MINUTE);
    const told = dmsTo(w.since(mark), 'admin1');
    expect(told).toHaveLength(1);
    expect(told[0]).toBe('【群管家·退群】我已被 销售部-张三 移出“销售部工作群”，此后不再在该群发言，已有记录保留。'); // named, never a contact id
    expect((await w.store.rooms.get(w.sim.roomId))?.botIsMember).toBe(false);

    const after = w.mark();
    await w.say('u1', GAMBLING); // still delivered by the mock: recorded, never answered
    await w.join('n1', 'admin1');
    await w.advance(8 * HOUR); // reminder sweeps and deadlines pass
    expect(w.since(after)).toEqual([]);
    expect(roomSays(w.since(mark))).toEqual([]);
    expect(await w.store.cases.byMember(w.sim.roomId, 'u1')).toHaveLength(1);
    await w.stop();
  });
});
