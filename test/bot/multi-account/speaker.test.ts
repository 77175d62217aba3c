/**
 * The speaker rule on its own, over the embedded store's leases and a hand-moved clock:
 * who speaks in a group as two accounts claim, renew, stop and crash.
 */
import { describe, expect, it } from 'vitest';
import { createSpeaker, SPEAKER_TTL_MS, speakerLease, speaksIn } from '../../../src/bot/speaker.js';
import { claimSchedule, leasedScheduler, SCHEDULE_TTL_MS } from '../../../src/bot/schedules/schedule-lease.js';
import { silentLogger } from '../../../src/log/logger.js';
import type { Scheduler } from '../../../src/schedule/scheduler.js';
import { createMemoryStore } from '../../../src/store/index.js';

const T0 = Date.parse('2026-11-23T09:00:00+08:00');

function twoSpeakers() {
  const store = createMemoryStore();
  let now = T0;
  const clock = { now: () => now };
  const changes: string[] = [];
  const make = (botName: string) => createSpeaker({ leases: store.leases, botName, clock, onChange: (roomId, speaking) => void changes.push(`${botName}:${roomId}:${speaking ? 'on' : 'off'}`) });
  return { store, a: make('acct-a'), b: make('acct-b'), changes, at: (ms: number) => void (now = T0 + ms) };
}

describe('the speaker of a group', () => {
  it.each([
    ['B while A holds it', SPEAKER_TTL_MS - 1, false],
    ['B once A’s claim ran out', SPEAKER_TTL_MS, true],
  ])('%s', async (_name, later, bWins) => {
    const { a, b, at } = twoSpeakers();
    expect(await a.speaks('room1')).toBe(true);
    at(later);
    expect(await b.speaks('room1')).toBe(bWins);
    expect(await a.speaks('room1')).toBe(!bWins);
  });

  it('stays with A while A renews, whatever B tries', async () => {
    const { a, b, at } = twoSpeakers();
    for (let t = 0; t <= 5 * SPEAKER_TTL_MS; t += SPEAKER_TTL_MS / 2) {
      at(t);
      expect(await a.renew(['room1', 'room2'])).toEqual(['room1', 'room2']);
      expect(await b.speaks('room2')).toBe(false);
    }
  });

  it('is per group: B speaks where A is not', async () => {
    const { a, b } = twoSpeakers();
    expect(await a.speaks('room1')).toBe(true);
    expect(await b.speaks('room2')).toBe(true);
    expect(await b.speaks('room1')).toBe(false);
  });

  it('hands over at once on a clean stop, and says when it starts and stops speaking', async () => {
    const { store, a, b, changes } = twoSpeakers();
    await a.speaks('room1');
    await b.speaks('room1');
    await a.release();
    expect(await store.leases.holder(speakerLease('room1'), T0)).toBeUndefined();
    expect(await b.speaks('room1')).toBe(true);
    expect(await a.speaks('room1')).toBe(false);
    expect(changes).toEqual(['acct-a:room1:on', 'acct-b:room1:on']);
  });

  it('gives one group up when the account is removed from it: the other account takes it at once, the rest stay held', async () => {
    const { store, a, b } = twoSpeakers();
    expect(await a.renew(['room1', 'room2'])).toEqual(['room1', 'room2']);
    await a.leave('room1');
    expect(await store.leases.holder(speakerLease('room1'), T0)).toBeUndefined();
    expect(await b.renew(['room1', 'room2'])).toEqual(['room1']);
    await b.leave('room9'); // not held: nothing to give up, nothing released
    expect(await store.leases.holder(speakerLease('room1'), T0)).toBe('acct-b');
  });

  it('tells an account that finds its group taken over (its claim had run out) that it stopped speaking', async () => {
    const { a, b, changes, at } = twoSpeakers();
    await a.speaks('room1');
    at(SPEAKER_TTL_MS);
    await b.speaks('room1');
    expect(await a.speaks('room1')).toBe(false);
    expect(changes).toEqual(['acct-a:room1:on', 'acct-b:room1:on', 'acct-a:room1:off']);
  });

  it('one account without a speaker (the embedded default) speaks everywhere', async () => {
    expect(await speaksIn({}, 'room1')).toBe(true);
  });
});

describe('a company-wide schedule', () => {
  /** A scheduler that keeps the jobs so the test runs them by hand. */
  function manualScheduler(): Scheduler & { run(name: string): Promise<void> } {
    const jobs = new Map<string, () => Promise<void> | void>();
    return {
      cron: (name, _e, _tz, fn) => void jobs.set(name, fn),
      every: (name, _ms, fn) => void jobs.set(name, fn),
      stop: () => jobs.clear(),
      run: async (name) => void (await jobs.get(name)?.()),
    };
  }

  it('runs its jobs only in the process holding its lease, and in the other once that ran out', async () => {
    const store = createMemoryStore();
    let now = T0;
    const clock = { now: () => now, setTimeout: () => null, clearTimeout: () => undefined };
    const ctxOf = (botName: string) => ({ store, clock, log: silentLogger(), speaker: createSpeaker({ leases: store.leases, botName, clock }) });
    const [ca, cb] = [ctxOf('acct-a'), ctxOf('acct-b')];
    const ran: string[] = [];
    const [sa, sb] = [manualScheduler(), manualScheduler()];
    leasedScheduler(ca, 'digests', sa).cron('digest-daily', '30 18 * * *', 'Asia/Shanghai', () => void ran.push('a'));
    leasedScheduler(cb, 'digests', sb).cron('digest-daily', '30 18 * * *', 'Asia/Shanghai', () => void ran.push('b'));
    expect(await claimSchedule(ca, 'digests')).toBe(true);
    await sa.run('digest-daily');
    await sb.run('digest-daily');
    expect(ran).toEqual(['a']);
    now = T0 + SCHEDULE_TTL_MS; // A went away without renewing
    await sb.run('digest-daily');
    await sa.run('digest-daily');
    expect(ran).toEqual(['a', 'b']);
  });
});
