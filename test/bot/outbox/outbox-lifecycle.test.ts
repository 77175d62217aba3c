import { describe, expect, it } from 'vitest';
import { OutboxConfigError } from '../../../src/bot/outbox/errors.js';
import type { OutboxJob } from '../../../src/bot/outbox/job.js';
import { createOutbox } from '../../../src/bot/outbox/outbox.js';
import type { OutboxOptions } from '../../../src/bot/outbox/options.js';
import { dm, recordingLogger, say } from './fakes.js';
import { harness } from './harness.js';
import { flushMicrotasks, ManualClock } from './manual-clock.js';

describe('outbox idle() and pending()', () => {
  it('idle() resolves at once when nothing was queued', async () => {
    const { outbox } = harness();
    await expect(outbox.idle()).resolves.toBeUndefined();
  });

  it('idle() waits for queued, retrying and in-flight jobs', async () => {
    const { clock, outbox, calls } = harness({}, (_job, i) => (i === 1 ? new Error('flaky') : 'ok'));
    outbox.enqueue(say('r1', 'a'));
    outbox.enqueue(say('r1', 'b'));
    expect(outbox.pending()).toBe(2);
    let idle = false;
    void outbox.idle().then(() => (idle = true));
    await clock.advance(0);
    expect([calls.length, outbox.pending(), idle]).toEqual([1, 1, false]);
    await clock.advance(3000); // b fails, waits 1 s to retry
    expect([calls.length, outbox.pending(), idle]).toEqual([2, 1, false]);
    await clock.advance(1000);
    expect([calls.length, outbox.pending(), idle]).toEqual([3, 0, true]);
  });

  it('enqueue returns before anything is sent', () => {
    const { outbox, calls } = harness();
    outbox.enqueue(dm('u1', 'x'));
    expect(calls).toHaveLength(0);
  });
});

describe('outbox stop()', () => {
  it('drops pending jobs with one log line, cancels every timer and resolves idle()', async () => {
    const { clock, outbox, calls, logger } = harness();
    outbox.enqueue(say('r1', 'a'));
    outbox.enqueue(say('r1', 'b'));
    outbox.enqueue(say('r1', 'c'));
    await clock.advance(0);
    const idle = outbox.idle();
    outbox.stop();
    await expect(idle).resolves.toBeUndefined();
    expect(clock.pendingTimers).toBe(0);
    expect(outbox.pending()).toBe(0);
    expect(logger.lines).toEqual([{ level: 'warn', msg: 'outbox stopped, pending jobs dropped', fields: { dropped: 2, inFlight: 0 } }]);
    await clock.advance(60_000);
    expect(calls.map((c) => c.at)).toEqual([0]);
    expect(outbox.stats()).toMatchObject({ sent: 1, dropped: 2 });
  });

  it('a send in flight at stop() is forgotten: its timeout timer is cancelled and it is not retried', async () => {
    const { clock, outbox, calls } = harness({}, () => 'hang');
    outbox.enqueue(dm('u1', 'x'));
    await clock.advance(0);
    expect(clock.pendingTimers).toBe(1); // the send timeout
    outbox.stop();
    expect(clock.pendingTimers).toBe(0);
    await clock.advance(120_000);
    expect(calls).toHaveLength(1);
  });

  it('jobs enqueued after stop() are dropped and logged', async () => {
    const { clock, outbox, calls, logger } = harness();
    outbox.stop();
    outbox.enqueue(dm('u1', 'x'));
    await clock.advance(10_000);
    expect(calls).toHaveLength(0);
    expect(logger.lines).toEqual([{ level: 'warn', msg: 'outbox stopped, job dropped', fields: { kind: 'dm', contactId: 'u1' } }]);
    expect(outbox.stats().dropped).toBe(1);
  });

  it('stop() twice is harmless', () => {
    const { outbox } = harness();
    outbox.stop();
    expect(() => outbox.stop()).not.toThrow();
  });
});

describe('outbox job validation', () => {
  const bad: [string, unknown][] = [
    ['room_say without roomId', { kind: 'room_say', roomId: '', text: 'x', mentionIds: [] }],
    ['room_say with empty text and no image', { kind: 'room_say', roomId: 'r1', text: '  ', mentionIds: [] }],
    ['room_say with bad mentions', { kind: 'room_say', roomId: 'r1', text: 'x', mentionIds: [1] }],
    ['room_say without mentionIds', { kind: 'room_say', roomId: 'r1', text: 'x' }],
    ['dm without contactId', { kind: 'dm', contactId: '', text: 'x' }],
    ['dm with non-string text', { kind: 'dm', contactId: 'u1', text: 42 }],
    ['remove without memberId', { kind: 'remove', roomId: 'r1', memberId: '' }],
    ['unknown kind', { kind: 'kick', roomId: 'r1' }],
    ['null', null],
  ];

  it.each(bad)('%s is dropped and logged, never thrown', async (_name, job) => {
    const { clock, outbox, calls, logger } = harness();
    expect(() => outbox.enqueue(job as OutboxJob)).not.toThrow();
    await clock.advance(1000);
    expect(calls).toHaveLength(0);
    expect(outbox.pending()).toBe(0);
    expect(outbox.stats().dropped).toBe(1);
    expect(logger.lines.map((l) => l.level)).toEqual(['error']);
  });

  it('an image-only message is valid and the image is passed through untouched', async () => {
    const { run, calls } = harness();
    const image = { data: Buffer.from('png'), name: 'chart.png' };
    await run([[0, { kind: 'dm', contactId: 'u1', text: '', image }]]);
    expect(calls[0]?.job).toMatchObject({ kind: 'dm', image });
    expect((calls[0]?.job as { image: unknown }).image).toBe(image);
  });
});

describe('outbox options', () => {
  const base = (): OutboxOptions => ({ send: () => Promise.resolve(), logger: recordingLogger(), timers: new ManualClock() });
  const bad: [string, Partial<Record<keyof OutboxOptions, unknown>>][] = [
    ['minRoomIntervalMs', { minRoomIntervalMs: -1 }],
    ['maxPerMinute', { maxPerMinute: 0 }],
    ['maxPerMinute', { maxPerMinute: 2.5 }],
    ['maxAttempts', { maxAttempts: 0 }],
    ['mergeWindowMs', { mergeWindowMs: Number.NaN }],
    ['sendTimeoutMs', { sendTimeoutMs: 0 }],
    ['backoffMaxMs', { backoffBaseMs: 2000, backoffMaxMs: 1000 }],
    ['send', { send: undefined }],
    ['logger', { logger: { info: () => {} } }],
    ['timers', { timers: { now: () => 0 } }],
  ];

  it.each(bad)('rejects a bad %s with an OutboxConfigError naming it', (option, override) => {
    const make = () => createOutbox({ ...base(), ...override } as OutboxOptions);
    expect(make).toThrow(OutboxConfigError);
    expect(make).toThrow(option);
  });

  it('uses real timers when none are given', async () => {
    const sent: string[] = [];
    const outbox = createOutbox({ send: async (job) => void sent.push(job.kind), logger: recordingLogger() });
    outbox.enqueue(dm('u1', 'x'));
    await outbox.idle();
    await flushMicrotasks();
    expect(sent).toEqual(['dm']);
  });
});
