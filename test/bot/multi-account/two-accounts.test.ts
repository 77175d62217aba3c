import { afterEach, describe, expect, it } from 'vitest';
import { SPEAKER_RENEW_MS, SPEAKER_TTL_MS, speakerLease } from '../../../src/bot/speaker.js';
import { SCHEDULE_RENEW_MS, SCHEDULE_TTL_MS, scheduleLease } from '../../../src/bot/schedules/schedule-lease.js';
import { createSimClock, type SimClock } from '../../../src/schedule/sim-clock.js';
import { usePostgresServer } from '../../support/postgres-server.js';
import { MINUTE, MONDAY_9AM, policyWith } from '../flows/harness.js';
import { unconfirmedJobs } from '../../../src/bot/outbox-journal.js';
import { advanceAll, dmsStartingWith, PEOPLE, roomSaysOf, startAccount, type Account } from './two-accounts.js';

const ROOM = 'room1@chatroom';
const DAY = 86_400_000;
/** A daily digest at 18:30; the shipped fixture policy has none. */
const policy = policyWith({ digest: { timezone: 'Asia/Shanghai', weekly: null, daily: '30 18 * * *' } }, 'whole-message');

const server = usePostgresServer();
const running: Account[] = [];
afterEach(async () => {
  for (const a of running.splice(0)) await a.stop();
});

/** Two accounts, A started first, both in the sales group, on a fresh database. */
async function twoInOneGroup(clock: SimClock = createSimClock(MONDAY_9AM)): Promise<{ a: Account; b: Account; clock: SimClock; url: string }> {
  const url = await server.createDatabase();
  const a = await startAccount({ url, botName: 'acct-a', botId: 'bot-a', clock, policy });
  running.push(a);
  const b = await startAccount({ url, botName: 'acct-b', botId: 'bot-b', clock, policy });
  running.push(b);
  return { a, b, clock, url };
}

/** One person's message as both accounts receive it. */
async function sayToBoth(accounts: readonly Account[], personId: string, text: string): Promise<void> {
  for (const acc of accounts) await acc.sim.say(personId, text);
}

describe('two accounts in one group, one PostgreSQL', () => {
  it('moderates the group once: one warning and one case per violation, the silent account records nothing', async () => {
    const { a, b, clock } = await twoInOneGroup();
    expect(await a.store.leases.holder(speakerLease(ROOM), MONDAY_9AM)).toBe('acct-a');
    await advanceAll(clock, [a, b], clock.now() + MINUTE); // the hello goes out first
    const before = roomSaysOf([a, b]).length;
    await sayToBoth([a, b], 'u1', '周末一起去赌博');
    await advanceAll(clock, [a, b], clock.now() + MINUTE); // past the outbox's pacing
    const said = roomSaysOf([a, b]).slice(before);
    expect(said).toHaveLength(1);
    expect(said[0]!.botName).toBe('acct-a');
    const cases = await b.store.cases.byRoom(ROOM);
    expect(cases.map((c) => [c.id, c.memberId])).toEqual([['C1', 'u1']]);
    // B stayed silent: its copy of the message was never even marked seen.
    expect(await b.store.seen.seen(b.messageIds.at(-1)!)).toBe(false);
    expect(await b.store.seen.seen(a.messageIds.at(-1)!)).toBe(true);
    // A plain message is no violation for either account.
    await sayToBoth([a, b], 'u2', '周末一起去爬山');
    await advanceAll(clock, [a, b], clock.now() + MINUTE);
    expect(roomSaysOf([a, b]).slice(before)).toHaveLength(1);
    expect(await b.store.cases.byRoom(ROOM)).toHaveLength(1);
  }, 60_000);

  it('hands out case numbers unique across accounts, each in its own group', async () => {
    const url = await server.createDatabase();
    const clock = createSimClock(MONDAY_9AM);
    const a = await startAccount({ url, botName: 'acct-a', botId: 'bot-a', clock, policy, room: { id: 'room1', topic: '销售部工作群' } });
    running.push(a);
    const b = await startAccount({ url, botName: 'acct-b', botId: 'bot-b', clock, policy, room: { id: 'room2', topic: '销售部工作群' } });
    running.push(b);
    // Each is the speaker of its own group: both moderate.
    await Promise.all([
      (async () => {
        for (let i = 0; i < 3; i++) await a.sim.say(i % 2 === 0 ? 'u1' : 'u2', `第${i}次 赌博`);
      })(),
      (async () => {
        for (let i = 0; i < 3; i++) await b.sim.say(i % 2 === 0 ? 'u1' : 'u2', `第${i}次 赌博`);
      })(),
    ]);
    const all = await a.store.cases.all();
    expect(all).toHaveLength(6);
    expect(new Set(all.map((c) => c.id)).size).toBe(6);
    expect(all.map((c) => Number(c.id.slice(1))).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(all.map((c) => c.roomId))).toEqual(new Set(['room1@chatroom', 'room2@chatroom']));
    await advanceAll(clock, [a, b], clock.now() + MINUTE);
    // Each account warned in its own group (a hello, then the warnings, merged or not by the outbox).
    expect(a.actions.some((x) => x.kind === 'room_say' && x.room === 'room1@chatroom' && x.mentions.includes('u1'))).toBe(true);
    expect(b.actions.some((x) => x.kind === 'room_say' && x.room === 'room2@chatroom' && x.mentions.includes('u1'))).toBe(true);
  }, 60_000);

  it('sends one digest per period, covering every account’s groups', async () => {
    const url = await server.createDatabase();
    // 小王's nickname lacks a department: both groups' nickname sweeps have work to do.
    const people = [...PEOPLE, { id: 'u4', name: '小王', member: true }, { id: 'rd_admin', name: '研发部-赵六' }];
    const boot = async (clock: SimClock): Promise<[Account, Account]> => {
      const a = await startAccount({ url, botName: 'acct-a', botId: 'bot-a', clock, policy, people, room: { id: 'room1', topic: '销售部工作群' } });
      running.push(a);
      const b = await startAccount({ url, botName: 'acct-b', botId: 'bot-b', clock, policy, people, room: { id: 'room2', topic: '研发部工作群' } });
      running.push(b);
      return [a, b];
    };
    const [a0, b0] = await boot(createSimClock(MONDAY_9AM));
    await a0.sim.say('u1', '一起去赌博');
    await b0.sim.say('u1', '一起去赌博');
    await a0.stop();
    await b0.stop();
    // Both come back on Tuesday before the 18:30 digest; both have the digest cron due at the same minute.
    const clock = createSimClock(Date.parse('2026-11-24T18:00:00+08:00'));
    const live = await boot(clock);
    await advanceAll(clock, live, Date.parse('2026-11-24T18:45:00+08:00'));
    const digests = dmsStartingWith(live, '【群管家·日报】');
    expect(digests.map((d) => d.to).sort()).toEqual(['admin1', 'rd_admin']);
    expect(new Set(digests.map((d) => d.botName)).size).toBe(1);
    const holder = await live[0].store.leases.holder(scheduleLease('digests'), clock.now());
    expect(digests[0]!.botName).toBe(holder);
    // rd_admin reads B's R&D group, digested from the shared store by whichever account runs the schedule.
    expect(digests.find((d) => d.to === 'rd_admin')!.text).toContain('研发部工作群');
    // A second firing of the same period (the next minute, a restart) sends nothing more.
    await advanceAll(clock, live, Date.parse('2026-11-24T19:30:00+08:00'));
    expect(dmsStartingWith(live, '【群管家·日报】')).toHaveLength(2);
    // The nickname sweeps ran in both processes, each in its own group only: neither group was taken for gone.
    expect((await live[0].store.rooms.list()).map((r) => [r.roomId, r.botIsMember]).sort()).toEqual([
      ['room1@chatroom', true],
      ['room2@chatroom', true],
    ]);
  }, 120_000);

  it('sweeps nicknames in every account’s groups, each account in its own', async () => {
    const url = await server.createDatabase();
    const clock = createSimClock(MONDAY_9AM);
    const people = [...PEOPLE, { id: 'u4', name: '小王', member: true }];
    const a = await startAccount({ url, botName: 'acct-a', botId: 'bot-a', clock, policy, people, room: { id: 'room1', topic: '销售部工作群' } });
    running.push(a);
    const b = await startAccount({ url, botName: 'acct-b', botId: 'bot-b', clock, policy, people, room: { id: 'room2', topic: '销售部工作群' } });
    running.push(b);
    // A sweep's reminder (the start-up audit's first request reads differently).
    const reminded = (acc: Account, room: string, from: number): number =>
      acc.actions.slice(from).filter((x) => x.kind === 'room_say' && x.room === room && x.mentions.includes('u4') && x.text.startsWith('提醒：')).length;
    const [ma, mb] = [a.actions.length, b.actions.length];
    // 小王 was asked at 09:00; remind_every is 2h: the 11:00 sweep reminds again, in both groups at that same run.
    await advanceAll(clock, [a, b], MONDAY_9AM + 2 * 3_600_000 + MINUTE);
    expect(reminded(a, 'room1@chatroom', ma)).toBeGreaterThan(0);
    expect(reminded(b, 'room2@chatroom', mb)).toBeGreaterThan(0);
  }, 120_000);

  it('when the speaker crashes the other account takes over after the TTL, with every acknowledged case kept', async () => {
    const { a, b, clock } = await twoInOneGroup();
    await sayToBoth([a, b], 'u1', '第一次 赌博');
    const first = await a.store.cases.byRoom(ROOM);
    expect(first.map((c) => c.id)).toEqual(['C1']);
    const before = roomSaysOf([a, b]).length;

    await a.stop({ crash: true }); // no release: the leases stay until they run out
    // Within the TTL B still stays silent.
    await advanceAll(clock, [b], clock.now() + SPEAKER_TTL_MS / 3);
    await b.sim.say('u1', '第二次 赌博 还没接管');
    await advanceAll(clock, [b], clock.now() + 10_000);
    expect(roomSaysOf([b])).toEqual([]);
    expect(await b.store.cases.byRoom(ROOM)).toHaveLength(1);

    await advanceAll(clock, [b], clock.now() + SPEAKER_TTL_MS + SPEAKER_RENEW_MS);
    expect(await b.store.leases.holder(speakerLease(ROOM), clock.now())).toBe('acct-b');
    await b.sim.say('u1', '第三次 赌博');
    await advanceAll(clock, [b], clock.now() + MINUTE);
    const cases = await b.store.cases.byRoom(ROOM);
    // The case A acknowledged is there, and counts: B's is the member's second on the ladder.
    expect(cases.map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(cases[1]!.action).toBe('warn_and_notify');
    expect(roomSaysOf([a, b]).slice(before).map((s) => s.botName)).toEqual(['acct-b']);

    // The schedules move to B too, once A's schedule leases ran out.
    await advanceAll(clock, [b], clock.now() + SCHEDULE_TTL_MS + SCHEDULE_RENEW_MS);
    expect(await b.store.leases.holder(scheduleLease('digests'), clock.now())).toBe('acct-b');
  }, 120_000);

  it('a speaker killed mid-stream loses no case it committed; its unsent notices wait for its own restart', async () => {
    const { a, b, clock } = await twoInOneGroup();
    // Three violations, each case committed before its notices are queued; the outbox paces
    // the group notices (one per room interval), so at the kill some are still unsent.
    for (const [who, text] of [['u1', '去赌博'], ['u1', '又去赌博'], ['u2', '也去赌博']] as const) await a.sim.say(who, text);
    const sentByA = a.actions.length;
    await a.kill();
    expect((await b.store.cases.all()).map((c) => [c.id, c.memberId])).toEqual([['C1', 'u1'], ['C2', 'u1'], ['C3', 'u2']]);
    const unsent = await unconfirmedJobs(b.store, 'acct-a');
    expect(unsent.length).toBeGreaterThan(0);
    expect(await unconfirmedJobs(b.store, 'acct-b')).toEqual([]);

    await advanceAll(clock, [b], clock.now() + SPEAKER_TTL_MS + SPEAKER_RENEW_MS);
    await b.sim.say('u1', '第三次去赌博');
    await advanceAll(clock, [b], clock.now() + MINUTE);
    const cases = await b.store.cases.all();
    // A's cases count for u1 (the same-moment repeat C2 took no step of its own): B's climbs the ladder, numbered on.
    expect(cases.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(cases[3]!.action).toBe(cases[1]!.action === 'none' ? 'warn_and_notify' : 'remove');
    // B sent its own notices only; A's unsent ones stay A's.
    expect((await unconfirmedJobs(b.store, 'acct-a')).map((e) => e.id)).toEqual(unsent.map((e) => e.id));
    expect(a.actions).toHaveLength(sentByA);
  }, 60_000);

  it('when the speaker is removed from the group, it gives the group up and the other account speaks there from its next renewal', async () => {
    const { a, b, clock } = await twoInOneGroup();
    await a.sim.removeBot('admin1');
    await b.sim.settle();
    expect((await b.store.rooms.get(ROOM))?.botIsMember).toBe(false); // A's record of being removed
    expect(await b.store.leases.holder(speakerLease(ROOM), clock.now())).toBeUndefined();
    await advanceAll(clock, [a, b], clock.now() + SPEAKER_RENEW_MS);
    expect(await b.store.leases.holder(speakerLease(ROOM), clock.now())).toBe('acct-b');
    expect((await b.store.rooms.get(ROOM))?.botIsMember).toBe(true);
    const mark = roomSaysOf([a, b]).length;
    await b.sim.say('u1', '去赌博');
    await advanceAll(clock, [a, b], clock.now() + MINUTE);
    expect(roomSaysOf([a, b]).slice(mark).map((s) => s.botName)).toEqual(['acct-b']);
    expect((await b.store.cases.byRoom(ROOM)).map((c) => c.id)).toEqual(['C1']);
  }, 60_000);

  it('a clean stop hands the group over at once', async () => {
    const { a, b, clock } = await twoInOneGroup();
    await a.stop();
    expect(await b.store.leases.holder(speakerLease(ROOM), clock.now())).toBeUndefined();
    await b.sim.say('u1', '去赌博');
    await advanceAll(clock, [b], clock.now() + MINUTE);
    expect(roomSaysOf([b])).toHaveLength(1);
    expect((await b.store.cases.byRoom(ROOM)).map((c) => c.id)).toEqual(['C1']);
  }, 60_000);
});
