import { describe, expect, it } from 'vitest';
import { PermanentSendError, SendTimeoutError } from '../../../src/bot/outbox/errors.js';
import type { OutboxJob } from '../../../src/bot/outbox/job.js';
import { createOutbox } from '../../../src/bot/outbox/outbox.js';
import { dm, label, recordingLogger, remove, say, type SendOutcome } from './fakes.js';
import { ManualClock } from './manual-clock.js';
import { harness, type TestOptions } from './harness.js';

const fail = new Error('puppet unavailable');

type RetryCase = { name: string; options: TestOptions; outcomes: SendOutcome[]; times: number[]; sent: number; failed: number; retried: number };

const retryCases: RetryCase[] = [
  { name: 'succeeds on the first attempt', options: {}, outcomes: ['ok'], times: [0], sent: 1, failed: 0, retried: 0 },
  { name: 'backs off 1 s then 2 s before succeeding', options: {}, outcomes: [fail, fail, 'ok'], times: [0, 1000, 3000], sent: 1, failed: 0, retried: 2 },
  { name: 'gives up after maxAttempts (default 4)', options: {}, outcomes: [fail, fail, fail, fail], times: [0, 1000, 3000, 7000], sent: 0, failed: 1, retried: 3 },
  { name: 'a custom maxAttempts', options: { maxAttempts: 2 }, outcomes: [fail, fail], times: [0, 1000], sent: 0, failed: 1, retried: 1 },
  { name: 'maxAttempts 1 never retries', options: { maxAttempts: 1 }, outcomes: [fail], times: [0], sent: 0, failed: 1, retried: 0 },
  {
    name: 'the backoff is capped',
    options: { maxAttempts: 6, backoffBaseMs: 1000, backoffMaxMs: 2500 },
    outcomes: [fail, fail, fail, fail, fail, 'ok'],
    times: [0, 1000, 3000, 5500, 8000, 10_500],
    sent: 1,
    failed: 0,
    retried: 5,
  },
  { name: 'a permanent failure is not retried', options: {}, outcomes: [new PermanentSendError('contact blocks DMs')], times: [0], sent: 0, failed: 1, retried: 0 },
  {
    name: 'any error flagged permanent: true counts as permanent',
    options: {},
    outcomes: [fail, Object.assign(new Error('not in room'), { permanent: true })],
    times: [0, 1000],
    sent: 0,
    failed: 1,
    retried: 1,
  },
  { name: 'a hung send times out and is retried', options: { sendTimeoutMs: 5000 }, outcomes: ['hang', 'ok'], times: [0, 6000], sent: 1, failed: 0, retried: 1 },
];

describe('outbox retries', () => {
  it.each(retryCases)('$name', async ({ options, outcomes, times, sent, failed, retried }) => {
    const { calls, run, outbox } = harness(options, (_job, i) => outcomes[i] ?? new Error(`unexpected call ${i}`));
    await run([[0, dm('u1', 'hello')]]);
    expect(calls.map((c) => c.at)).toEqual(times);
    expect(outbox.stats()).toMatchObject({ sent, failed, retried });
    expect(outbox.pending()).toBe(0);
  });

  it('logs the give-up with the job context, attempts and error, never the text', async () => {
    const { run, logger } = harness({ maxAttempts: 2 }, () => fail);
    const job: OutboxJob = { kind: 'room_say', roomId: 'r1', text: '机密内容', mentionIds: ['u1'], context: { caseId: 'C7' } };
    await run([[0, job]]);
    const errors = logger.lines.filter((l) => l.level === 'error');
    expect(errors).toEqual([
      { level: 'error', msg: 'send failed, giving up', fields: expect.objectContaining({ caseId: 'C7', roomId: 'r1', kind: 'room_say', attempts: 2, permanent: false, err: fail }) },
    ]);
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual(['send failed, will retry']);
    expect(JSON.stringify(logger.lines.map((l) => ({ ...l.fields, err: undefined })))).not.toContain('机密');
  });

  it('logs a permanent failure as such', async () => {
    const { run, logger } = harness({}, () => new PermanentSendError('blocked'));
    await run([[0, dm('u9', 'x')]]);
    expect(logger.lines).toEqual([
      { level: 'error', msg: 'send failed, giving up', fields: expect.objectContaining({ contactId: 'u9', attempts: 1, permanent: true }) },
    ]);
  });

  it('a timed-out send reports a SendTimeoutError', async () => {
    const { run, logger } = harness({ maxAttempts: 1, sendTimeoutMs: 100 }, () => 'hang');
    await run([[0, dm('u1', 'x')]]);
    expect(logger.lines[0]?.fields.err).toBeInstanceOf(SendTimeoutError);
  });

  it('a retrying room holds its own queue (FIFO) but not other rooms', async () => {
    const { calls, run } = harness({}, (job, i) => (job.kind === 'room_say' && job.roomId === 'r1' && i === 0 ? fail : 'ok'));
    await run([[0, say('r1', 'a')], [0, say('r1', 'b')], [0, say('r2', 'c')], [500, remove('r2', 'm')]]);
    expect(calls.map((c) => [c.at, label(c.job)])).toEqual([[0, 'r1:a'], [0, 'r2:c'], [500, 'remove:r2:m'], [1000, 'r1:a'], [4000, 'r1:b']]);
  });

  it('a send that never resolves does not block other rooms, and its room resumes after the timeout', async () => {
    const { calls, run, outbox } = harness({ maxAttempts: 1 }, (job) => (job.kind === 'room_say' && job.text === 'stuck' ? 'hang' : 'ok'));
    await run([[0, say('r1', 'stuck')], [0, say('r1', 'next')], [0, say('r2', 'x')], [10_000, dm('u1', 'y')]]);
    expect(calls.map((c) => [c.at, label(c.job)])).toEqual([[0, 'r1:stuck'], [0, 'r2:x'], [10_000, 'dm:u1:y'], [30_000, 'r1:next']]);
    expect(outbox.stats()).toMatchObject({ sent: 3, failed: 1 });
  });

  it('a send port that throws synchronously is treated like a rejection', async () => {
    const clock = new ManualClock();
    const calls: number[] = [];
    const outbox = createOutbox({
      send: () => {
        calls.push(clock.now());
        if (calls.length === 1) throw fail;
        return Promise.resolve();
      },
      logger: recordingLogger(),
      timers: clock,
    });
    outbox.enqueue(dm('u1', 'x'));
    await clock.runUntil(outbox.idle());
    expect(calls).toEqual([0, 1000]);
    expect(outbox.stats()).toMatchObject({ sent: 1, retried: 1 });
  });

  it('a throwing logger does not break delivery', async () => {
    const clock = new ManualClock();
    const boom = () => {
      throw new Error('logger down');
    };
    let attempts = 0;
    const outbox = createOutbox({
      send: () => (attempts++ === 0 ? Promise.reject(fail) : Promise.resolve()),
      logger: { info: boom, warn: boom, error: boom },
      timers: clock,
    });
    expect(() => outbox.enqueue({ kind: 'dm', contactId: '', text: '' })).not.toThrow();
    outbox.enqueue(dm('u1', 'x'));
    await clock.runUntil(outbox.idle());
    expect(outbox.stats()).toMatchObject({ sent: 1, retried: 1, dropped: 1 });
  });

  it('a rejection without a reason still counts as a failure', async () => {
    const clock = new ManualClock();
    const logger = recordingLogger();
    const outbox = createOutbox({ send: () => Promise.reject(undefined), logger, timers: clock, maxAttempts: 1 });
    outbox.enqueue(dm('u1', 'x'));
    await clock.runUntil(outbox.idle());
    expect(outbox.stats()).toMatchObject({ sent: 0, failed: 1 });
    expect(logger.lines[0]?.fields.err).toBeInstanceOf(Error);
  });
});
