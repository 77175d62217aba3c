/**
 * Reminders on the simulated clock through the real bot: decisions still
 * pending after a day go to the admins once a day in work hours; members hear
 * when a warning stops counting; and across restarts on the lowdb store
 * nothing due is lost and nothing is sent twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { openStore } from '../../../src/store/index.js';
import { copyPolicy, dmsTo, roomSays, SALES_PEOPLE, startCommandWorld, t, type CommandWorld } from './command-world.js';

const GAMBLING = '周末一起去赌博吗';
const PEOPLE = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }]; // not on the roster
const PENDING = '【群管家·待决定】';
const EXPIRED = '不再计入违规次数。感谢遵守群规。';

/** Shanghai wall time of an action: `11-24 10:00`. */
const local = (at: number): string => new Date(at + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
const timesOf = (actions: readonly BotAction[], to: string, marker: string): string[] =>
  actions.filter((a) => a.kind === 'dm' && a.to === to && a.text.includes(marker)).map((a) => local(a.at));

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** n1 joins (invited by an admin) at `at`: a pending membership decision, case C1. */
async function pendingAt(w: CommandWorld, at: string): Promise<void> {
  await w.advanceTo(t(at));
  await w.join('n1', 'admin1');
  expect(await w.store.cases.get('C1')).toMatchObject({ status: 'pending_decision' });
}

describe('pending decisions are brought up again after a day', { timeout: 30_000 }, () => {
  it('once a day per case, in work hours, to every admin, until decided', async () => {
    const w = await startCommandWorld({ people: PEOPLE, room: { id: 'room1', topic: '销售部工作群', owner: 'u2' } });
    const mark = w.mark();
    await pendingAt(w, '2026-11-23 10:00');
    await w.advanceTo(t('2026-11-26 08:00'));
    for (const admin of ['admin1', 'u2']) expect(timesOf(w.since(mark), admin, PENDING)).toEqual(['11-24 10:00', '11-25 09:00']);
    const [text] = dmsTo(w.since(mark), 'admin1').filter((d) => d.includes(PENDING));
    expect(text).toBe('【群管家·待决定】“销售部工作群”有 1 件超过一天未处理：\n· C1 销售部-陈十：入群审核（11月23日 10:00）\n请回复“#移出 C编号”或“#保留 C编号”。');
    expect((await w.store.cases.get('C1'))!.history.map((h) => h.type)).toEqual(['opened', 'reminded', 'reminded']);

    await w.advanceTo(t('2026-11-26 09:10'));
    await w.askDm('admin1', '#保留 C1');
    const decided = w.mark();
    await w.advanceTo(t('2026-11-27 12:00'));
    expect(timesOf(w.since(decided), 'admin1', PENDING)).toEqual([]);
    expect(timesOf(w.since(mark), 'admin1', PENDING)).toEqual(['11-24 10:00', '11-25 09:00', '11-26 09:00']);
    await w.stop();
  });

  it.each([
    { opened: '2026-11-27 17:00', first: '11-30 09:00', why: 'due on Saturday: Monday morning' },
    { opened: '2026-11-23 20:00', first: '11-25 09:00', why: 'due at 20:00: the next work morning' },
    { opened: '2026-11-24 08:00', first: '11-25 09:00', why: 'due before work starts: at 09:00' },
  ])('no reminders at night or at the weekend ($why)', async ({ opened, first }) => {
    const w = await startCommandWorld({ people: PEOPLE, start: t(opened.slice(0, 10) + ' 07:00') });
    const mark = w.mark();
    await pendingAt(w, opened);
    await w.advanceTo(t(opened) + 4 * 86_400_000);
    const times = timesOf(w.since(mark), 'admin1', PENDING);
    expect(times[0]).toBe(first);
    for (const at of times) {
      const weekday = new Date(`2026-${at.slice(0, 5)}T12:00:00+08:00`).getUTCDay();
      expect([1, 2, 3, 4, 5], at).toContain(weekday);
      expect(at.slice(6) >= '09:00' && at.slice(6) < '18:00', at).toBe(true);
    }
    expect(new Set(times.map((x) => x.slice(0, 5))).size).toBe(times.length); // once a day
    await w.stop();
  });
});

describe('members hear when a warning stops counting', { timeout: 30_000 }, () => {
  it('after the escalation window (1d), once, in work hours; not for an overturned case or a member the bot cannot message', async () => {
    const w = await startCommandWorld();
    const mark = w.mark();
    await w.advanceTo(t('2026-11-23 10:00'));
    await w.ask('u1', GAMBLING); // C1
    await w.ask('u2', GAMBLING); // C2, pardoned below
    await w.ask('u3', GAMBLING); // C3, u3 is not the bot's friend
    await w.advanceTo(t('2026-11-23 16:00'));
    await w.ask('admin1', '#警告 @u1 刷屏'); // C4, manual
    await w.ask('admin1', '#撤销 C2');
    await w.advanceTo(t('2026-11-25 12:00'));
    expect(timesOf(w.since(mark), 'u1', EXPIRED)).toEqual(['11-24 10:00', '11-24 16:00']);
    expect(dmsTo(w.since(mark), 'u1').filter((d) => d.includes(EXPIRED))).toEqual([
      '【群管家】你在“销售部工作群”的案件 C1 已满 1 天，不再计入违规次数。感谢遵守群规。',
      '【群管家】你在“销售部工作群”的案件 C4 已满 1 天，不再计入违规次数。感谢遵守群规。',
    ]);
    expect(timesOf(w.since(mark), 'u2', EXPIRED)).toEqual([]);
    expect(roomSays(w.since(mark)).filter((a) => a.text.includes(EXPIRED))).toEqual([]); // never announced in the group
    expect(await Promise.all(['C1', 'C2', 'C3', 'C4'].map(async (id) => (await w.store.cases.get(id))?.status))).toEqual(['closed', 'overturned', 'closed', 'closed']);
    await w.stop();
  });

  it('a warning that expires on Saturday is noticed on Monday morning', async () => {
    const w = await startCommandWorld({ start: t('2026-11-27 09:00') });
    const mark = w.mark();
    await w.advanceTo(t('2026-11-27 17:30'));
    await w.ask('u1', GAMBLING);
    await w.advanceTo(t('2026-11-30 12:00'));
    expect(timesOf(w.since(mark), 'u1', EXPIRED)).toEqual(['11-30 09:00']);
    await w.stop();
  });
});

describe('across restarts on the lowdb store', { timeout: 30_000 }, () => {
  it('what fell due while the bot was down is sent at start-up, once; nothing is repeated by the next restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-reminders-'));
    dirs.push(dir);
    const files = copyPolicy();
    const run = async (start: string, joined: boolean) =>
      startCommandWorld({ files, store: await openStore(dir), start: t(start), people: PEOPLE.map((p) => (p.id === 'n1' && joined ? { ...p, member: true } : p)) });

    // Monday: a pending decision (C1) and a warning (C2); the bot stops at noon.
    const first = await run('2026-11-23 09:00', false);
    await pendingAt(first, '2026-11-23 10:00');
    await first.ask('u1', GAMBLING);
    await first.advanceTo(t('2026-11-23 12:00'));
    await first.stop();
    await first.store.close();

    // Tuesday 14:00: both fell due at ~10:00 while the bot was down; start-up sends them.
    const second = await run('2026-11-24 14:00', true);
    expect(timesOf(second.actions, 'admin1', PENDING)).toEqual(['11-24 14:00']);
    expect(timesOf(second.actions, 'u1', EXPIRED)).toEqual(['11-24 14:00']);
    await second.advanceTo(t('2026-11-24 16:00'));
    expect(timesOf(second.actions, 'admin1', PENDING)).toHaveLength(1);
    expect(timesOf(second.actions, 'u1', EXPIRED)).toHaveLength(1);
    await second.stop();
    await second.store.close();

    // Tuesday 16:30, again: nothing repeated that day; Wednesday brings the next daily reminder only.
    const third = await run('2026-11-24 16:30', true);
    await third.advanceTo(t('2026-11-25 12:00'));
    expect(timesOf(third.actions, 'admin1', PENDING)).toEqual(['11-25 09:00']);
    expect(timesOf(third.actions, 'u1', EXPIRED)).toEqual([]);
    expect((await third.store.cases.get('C1'))!.history.map((h) => h.type)).toEqual(['opened', 'reminded', 'reminded']);
    expect(await third.store.cases.get('C2')).toMatchObject({ status: 'closed' });
    await third.stop();
    await third.store.close();
  });
});

describe('a newcomer who joins while the group is paused', { timeout: 30_000 }, () => {
  it('is reminded of a wrong nickname once the group is resumed: a reminder counts only once it was queued', async () => {
    const people = [...SALES_PEOPLE, { id: 'n2', name: '小陈' }];
    const w = await startCommandWorld({ people, start: t('2026-11-24 09:00') });
    await w.ask('admin1', '#暂停');
    const mark = w.mark();
    await w.join('n2', 'admin1');
    await w.advance(60_000);
    expect(roomSays(w.since(mark)).filter((a) => a.text.includes('小陈'))).toEqual([]);
    expect(await w.store.members.get('room1@chatroom', 'n2')).toMatchObject({ nicknameOk: false, lastRemindedAt: null });
    await w.ask('admin1', '#恢复');
    const resumed = w.mark();
    await w.advanceTo(t('2026-11-24 12:00'));
    expect(roomSays(w.since(resumed)).filter((a) => a.text.includes('小陈'))).toHaveLength(1);
    await w.stop();
  });
});
