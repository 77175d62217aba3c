import { describe, expect, it } from 'vitest';
import type { OutboxJob } from '../../../src/bot/outbox/job.js';
import { dm, label, remove, say } from './fakes.js';
import { harness, type TestOptions } from './harness.js';

type Case = { name: string; options: TestOptions; schedule: [number, OutboxJob][]; expected: [number, string][] };

const cases: Case[] = [
  {
    name: 'room interval spaces messages into one room (default 3 s)',
    options: {},
    schedule: [[0, say('r1', 'a')], [0, say('r1', 'b')], [0, say('r1', 'c')]],
    expected: [[0, 'r1:a'], [3000, 'r1:b'], [6000, 'r1:c']],
  },
  {
    name: 'a custom room interval',
    options: { minRoomIntervalMs: 1000 },
    schedule: [[0, say('r1', 'a')], [0, say('r1', 'b')]],
    expected: [[0, 'r1:a'], [1000, 'r1:b']],
  },
  {
    name: 'a message after the interval has passed goes at once',
    options: {},
    schedule: [[0, say('r1', 'a')], [5000, say('r1', 'b')], [6000, say('r1', 'c')]],
    expected: [[0, 'r1:a'], [5000, 'r1:b'], [8000, 'r1:c']],
  },
  {
    name: 'a room waiting for its interval does not hold up other rooms or DMs',
    options: {},
    schedule: [[0, say('r1', 'a')], [0, say('r1', 'b')], [0, say('r2', 'x')], [1000, dm('u1', 'hi')], [1000, say('r3', 'y')]],
    expected: [[0, 'r1:a'], [0, 'r2:x'], [1000, 'dm:u1:hi'], [1000, 'r3:y'], [3000, 'r1:b']],
  },
  {
    name: 'per-room FIFO; a removal keeps its place but does not wait for or restart the interval',
    options: {},
    schedule: [[0, say('r1', 'a')], [0, say('r1', 'b')], [0, remove('r1', 'm1')], [0, say('r1', 'c')]],
    expected: [[0, 'r1:a'], [3000, 'r1:b'], [3000, 'remove:r1:m1'], [6000, 'r1:c']],
  },
  {
    name: 'a removal at the head of an idle room goes at once',
    options: {},
    schedule: [[0, say('r1', 'a')], [10, remove('r1', 'm1')]],
    expected: [[0, 'r1:a'], [10, 'remove:r1:m1']],
  },
  {
    name: 'DMs to one contact go one after another, in order, without the room interval',
    options: {},
    schedule: [[0, dm('u1', '1')], [0, dm('u1', '2')], [0, dm('u2', '3')]],
    expected: [[0, 'dm:u1:1'], [0, 'dm:u2:3'], [0, 'dm:u1:2']],
  },
  {
    name: 'global cap: the 6th send waits until the first leaves the 60 s window',
    options: { maxPerMinute: 5 },
    schedule: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((r): [number, OutboxJob] => [0, say(r, r)]),
    expected: [[0, 'a:a'], [0, 'b:b'], [0, 'c:c'], [0, 'd:d'], [0, 'e:e'], [60_000, 'f:f'], [60_000, 'g:g']],
  },
  {
    name: 'global cap is a sliding window, not a fixed minute',
    options: { maxPerMinute: 2 },
    schedule: [[0, dm('u1', 'a')], [40_000, dm('u2', 'b')], [50_000, dm('u3', 'c')], [50_000, dm('u4', 'd')]],
    expected: [[0, 'dm:u1:a'], [40_000, 'dm:u2:b'], [60_000, 'dm:u3:c'], [100_000, 'dm:u4:d']],
  },
  {
    name: 'the default cap is 20 per minute',
    options: {},
    schedule: Array.from({ length: 21 }, (_, i): [number, OutboxJob] => [0, dm(`u${i}`, 'x')]),
    expected: [...Array.from({ length: 20 }, (_, i): [number, string] => [0, `dm:u${i}:x`]), [60_000, 'dm:u20:x']],
  },
  {
    name: 'minGlobalIntervalMs spreads a same-instant burst',
    options: { minGlobalIntervalMs: 500 },
    schedule: [[0, say('r1', 'a')], [0, say('r2', 'b')], [0, dm('u1', 'c')]],
    expected: [[0, 'r1:a'], [500, 'r2:b'], [1000, 'dm:u1:c']],
  },
  {
    name: 'lanes held back by the cap go out in the order they became ready',
    options: { maxPerMinute: 1, minRoomIntervalMs: 0 },
    schedule: [[0, dm('u1', 'a')], [1, say('r1', 'b')], [2, dm('u2', 'c')]],
    expected: [[0, 'dm:u1:a'], [60_000, 'r1:b'], [120_000, 'dm:u2:c']],
  },
];

describe('outbox pacing', () => {
  it.each(cases)('$name', async ({ options, schedule, expected }) => {
    const { calls, run, outbox } = harness(options);
    await run(schedule);
    expect(calls.map((c): [number, string] => [c.at, label(c.job)])).toEqual(expected);
    expect(outbox.stats()).toMatchObject({ sent: expected.length, failed: 0, dropped: 0 });
  });

  it('never sends more than maxPerMinute in any 60 s window, retries included', async () => {
    let n = 0;
    const { calls, run } = harness({ maxPerMinute: 7, minRoomIntervalMs: 0 }, () => (n++ % 3 === 0 ? new Error('flaky') : 'ok'));
    await run(Array.from({ length: 40 }, (_, i): [number, OutboxJob] => [i * 1000, say(`r${i % 4}`, `m${i}`)]));
    const times = calls.map((c) => c.at);
    for (const t of times) expect(times.filter((x) => x > t - 60_000 && x <= t).length).toBeLessThanOrEqual(7);
    expect(new Set(calls.map((c) => label(c.job))).size).toBe(40);
  });

  it('keeps a single scheduling timer however many rooms are waiting', async () => {
    const { clock, outbox } = harness({ maxPerMinute: 1000 });
    for (let i = 0; i < 200; i++) {
      outbox.enqueue(say(`r${i % 50}`, `m${i}`));
      if (i % 10 === 0) await clock.advance(100);
      expect(clock.pendingTimers).toBeLessThanOrEqual(1);
    }
    await clock.runUntil(outbox.idle());
    expect(outbox.stats().sent).toBe(200);
    expect(clock.pendingTimers).toBe(0);
  });

  it('re-arms its one timer when an earlier due time appears', async () => {
    const { clock, outbox, calls } = harness();
    outbox.enqueue(say('r1', 'a'));
    await clock.advance(1000);
    outbox.enqueue(say('r2', 'b'));
    await clock.advance(500);
    outbox.enqueue(say('r2', 'c')); // due at 4000
    await clock.advance(100);
    outbox.enqueue(say('r1', 'd')); // due at 3000: the timer moves earlier
    await clock.advance(0);
    expect(clock.pendingTimers).toBe(1);
    await clock.runUntil(outbox.idle());
    expect(calls.map((c) => [c.at, label(c.job)])).toEqual([[0, 'r1:a'], [1000, 'r2:b'], [3000, 'r1:d'], [4000, 'r2:c']]);
  });

  it('a job enqueued while its room is mid-send waits for that send, then the interval', async () => {
    const { calls, run } = harness({}, (job) => (job.kind === 'room_say' && job.text === 'slow' ? { after: 2000 } : 'ok'));
    await run([[0, say('r1', 'slow')], [500, say('r1', 'next')], [500, say('r2', 'other')]]);
    expect(calls.map((c) => [c.at, label(c.job)])).toEqual([[0, 'r1:slow'], [500, 'r2:other'], [5000, 'r1:next']]);
  });
});
