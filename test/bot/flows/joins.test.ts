/**
 * New members through the real plugin on the mock puppet: welcome, nickname
 * reminders on the simulated clock (repeat, stop, deadline, work hours), and
 * the membership check that asks the admins about people who may not belong.
 */
import { describe, expect, it } from 'vitest';
import { dmsTo, HOUR, MINUTE, policyWith, roomSays, SALES_PEOPLE, startWorld, t, type World } from './harness.js';

const newcomer = (name: string) => [...SALES_PEOPLE, { id: 'n1', name }];
const reminderTimes = (w: World, mark: number): number[] =>
  roomSays(w.since(mark))
    .filter((a) => a.mentions.includes('n1') && a.text.includes('群昵称'))
    .map((a) => a.at);

describe('a new member joins', { timeout: 30_000 }, () => {
  it.each([
    { welcome: true, expected: 1 },
    { welcome: false, expected: 0 },
  ])('a good nickname is welcomed unless the policy says welcome: $welcome', async ({ welcome, expected }) => {
    const w = await startWorld({ policy: policyWith({ welcome }), people: newcomer('销售部-许亮') });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    const says = roomSays(w.since(mark));
    expect(says).toHaveLength(expected);
    if (expected) {
      expect(says[0]!.mentions).toEqual(['n1']);
      expect(says[0]!.text).toContain('欢迎 销售部-许亮 加入本群');
      expect(says[0]!.text).toContain('群昵称请改为“部门-姓名”');
    }
    expect(w.since(mark).filter((a) => a.kind === 'dm')).toEqual([]); // nothing doubtful: admins are not bothered
    expect(await w.store.members.get(w.sim.roomId, 'n1')).toMatchObject({ nicknameOk: true, invitedBy: 'admin1' });
    await w.stop();
  });

  it.each([
    { nickname: '许亮', fix: '请改为“销售部-许亮”', problem: '缺少部门' },
    { nickname: '市场部-许亮', fix: '请改为“销售部-许亮”', problem: '部门与花名册登记的不一致' },
    { nickname: '销售部许亮', fix: '请改为“销售部-许亮”', problem: '请用“-”分隔' },
  ])('a bad nickname ($nickname) gets an @-reminder naming the fix', async ({ nickname, fix, problem }) => {
    const w = await startWorld({ people: newcomer(nickname) });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    const says = roomSays(w.since(mark));
    expect(says).toHaveLength(1);
    expect(says[0]!.mentions).toEqual(['n1']);
    expect(says[0]!.text).toContain(`${nickname}：`);
    expect(says[0]!.text).toContain(problem);
    expect(says[0]!.text).toContain(fix);
    expect(says[0]!.text).not.toContain('欢迎');
    expect(await w.store.members.get(w.sim.roomId, 'n1')).toMatchObject({ nicknameOk: false, lastRemindedAt: t('2026-11-23 09:00') });
    await w.stop();
  });

  it('reminders repeat every remind_every while the nickname is wrong and stop once it is fixed', async () => {
    const w = await startWorld({ people: newcomer('许亮') });
    const mark = w.mark();
    await w.join('n1', 'admin1'); // Monday 09:00; remind_every 2h
    await w.advanceTo(t('2026-11-23 14:00'));
    const before = reminderTimes(w, mark);
    expect(before.map((at) => Math.floor((at - t('2026-11-23 09:00')) / HOUR))).toEqual([0, 2, 4]);
    const repeats = roomSays(w.since(mark)).filter((a) => a.mentions.includes('n1')).slice(1);
    for (const r of repeats) expect(r.text).toMatch(/^提醒：以下成员的群昵称仍未修改/);

    await w.rename('n1', '销售部-许亮');
    const fixed = w.mark();
    await w.advanceTo(t('2026-11-24 17:00'));
    expect(reminderTimes(w, fixed)).toEqual([]);
    expect(await w.store.members.get(w.sim.roomId, 'n1')).toMatchObject({ nicknameOk: true, nicknameBadSince: null });
    expect(dmsTo(w.since(mark), 'admin1').filter((d) => d.includes('昵称逾期'))).toEqual([]); // fixed before the 6h deadline
    await w.stop();
  });

  it('after the deadline the admins are told once, while reminders go on', async () => {
    const w = await startWorld({ people: newcomer('许亮') });
    const mark = w.mark();
    await w.join('n1', 'admin1'); // deadline 6h
    await w.advanceTo(t('2026-11-23 14:50'));
    expect(dmsTo(w.since(mark), 'admin1').filter((d) => d.includes('昵称逾期'))).toEqual([]);
    await w.advanceTo(t('2026-11-24 12:00'));
    const overdue = w.since(mark).filter((a) => a.kind === 'dm' && a.to === 'admin1' && a.text.includes('昵称逾期'));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.at - t('2026-11-23 09:00')).toBeGreaterThanOrEqual(6 * HOUR);
    expect(overdue[0]!.at - t('2026-11-23 09:00')).toBeLessThan(6 * HOUR + 15 * MINUTE);
    const text = overdue[0]!.kind === 'dm' ? overdue[0]!.text : '';
    expect(text).toContain('销售部工作群');
    expect(text).toContain('许亮：');
    expect(text).toContain('请改为“销售部-许亮”');
    expect(reminderTimes(w, mark).filter((at) => at > overdue[0]!.at).length).toBeGreaterThan(0);
    await w.stop();
  });

  it('no reminders at night or at the weekend; they resume in work hours', async () => {
    // Friday 27 Nov 2026, 15:30; work hours Mon–Fri 09:00–18:00 (the policy default).
    const w = await startWorld({ start: t('2026-11-27 15:30'), people: newcomer('许亮') });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advanceTo(t('2026-11-30 10:00'));
    const times = reminderTimes(w, mark);
    const local = times.map((at) => new Date(at + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' '));
    expect(local).toEqual(['2026-11-27 15:30', '2026-11-27 17:30', '2026-11-30 09:00']);
    await w.stop();
  });
});

describe('membership check', { timeout: 30_000 }, () => {
  it.each([
    { why: 'outside the group’s departments', name: '客服部-赵六', by: 'admin1', concern: '所属部门“客服部”不在本群范围（销售部、市场部）' },
    { why: 'not on the roster', name: '销售部-陈十', by: 'admin1', concern: '花名册中没有“陈十”' },
    { why: 'invited by a non-admin', name: '销售部-许亮', by: 'u1', concern: '由非管理员邀请入群' },
  ])('a member $why → a private alert to the admins with a case number and the #保留/#移出 replies', async ({ name, by, concern }) => {
    const w = await startWorld({ people: newcomer(name) });
    const mark = w.mark();
    await w.join('n1', by);
    const pending = await w.store.cases.pending();
    expect(pending).toHaveLength(1);
    const c = pending[0]!;
    expect(c).toMatchObject({ kind: 'relevance', memberId: 'n1', status: 'pending_decision', roomId: w.sim.roomId });
    const alerts = dmsTo(w.since(mark), 'admin1');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain(`【群管家·入群审核】${c.id} 销售部工作群`);
    expect(alerts[0]).toContain(`新成员：${name}`);
    expect(alerts[0]).toContain(concern);
    expect(alerts[0]).toContain(`#保留 ${c.id}`);
    expect(alerts[0]).toContain(`#移出 ${c.id}`);
    for (const say of roomSays(w.since(mark))) expect(say.text).not.toContain(concern); // never in the group
    await w.stop();
  });

  it('a member who belongs, invited by an admin, raises no alert', async () => {
    const w = await startWorld({ people: newcomer('销售部-许亮') });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    expect(await w.store.cases.pending()).toEqual([]);
    expect(dmsTo(w.since(mark), 'admin1')).toEqual([]);
    await w.stop();
  });
});
