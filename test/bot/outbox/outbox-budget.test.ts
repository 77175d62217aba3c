/**
 * Issue 9 item 9: the global cap counts platform calls when they are made
 * (after slow look-ups, each image of a text+image message), and no message
 * is longer than the text cap.
 */
import { describe, expect, it } from 'vitest';
import { createOutbox } from '../../../src/bot/outbox/outbox.js';
import type { OutboxJob } from '../../../src/bot/outbox/job.js';
import type { SendPort } from '../../../src/bot/outbox/ports.js';
import { capText } from '../../../src/bot/outbox/text-cap.js';
import { recordingLogger, say } from './fakes.js';
import { ManualClock } from './manual-clock.js';

/** Most platform calls seen in any window of `windowMs` (each window starting at a call). */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    best = Math.max(best, sorted.filter((t) => t >= start && t < start + windowMs).length);
  }
  return best;
}

/** A port like the Wechaty one: a look-up of `lookupMs(job)` first, then one call per text and one per image. */
function platformLike(clock: ManualClock, lookupMs: (index: number) => number) {
  const calls: number[] = [];
  let index = 0;
  const send: SendPort = async (job, budget) => {
    const delay = lookupMs(index++);
    if (delay > 0) await new Promise<void>((resolve) => clock.setTimeout(resolve, delay));
    await budget.beforeCall();
    calls.push(clock.now());
    if (job.kind !== 'remove' && job.image !== undefined) {
      await budget.beforeCall();
      calls.push(clock.now());
    }
  };
  return { send, calls };
}

async function runAll(clock: ManualClock, send: SendPort, jobs: OutboxJob[], cap: number): Promise<void> {
  const outbox = createOutbox({ send, logger: recordingLogger(), timers: clock, maxPerMinute: cap, sendTimeoutMs: 120_000 });
  for (const job of jobs) outbox.enqueue(job);
  await clock.runUntil(outbox.idle());
}

describe('the global send cap counts platform calls when they are made', () => {
  it.each([
    ['slow look-ups for the first sends, none for the next', (i: number) => (i < 5 ? 55_000 : 0), false],
    ['a look-up that varies from send to send', (i: number) => (i % 3) * 20_000, false],
    ['text plus image: two platform calls per message', () => 0, true],
  ])('%s: never more than the cap in any 60 s', async (_name, lookupMs, withImage) => {
    const clock = new ManualClock();
    const { send, calls } = platformLike(clock, lookupMs);
    const jobs = Array.from({ length: 30 }, (_, i) =>
      say(`room${i}`, `消息 ${i}`, [], withImage ? { image: { data: Buffer.from('x'), name: 'a.png' } } : {}),
    );
    await runAll(clock, send, jobs, 5);
    expect(calls.length).toBe(withImage ? 60 : 30);
    expect(busiestWindow(calls, 60_000)).toBeLessThanOrEqual(5);
  });

  it('a port that never charges is charged once per attempt, as before', async () => {
    const clock = new ManualClock();
    const calls: number[] = [];
    const send: SendPort = async () => {
      calls.push(clock.now());
    };
    await runAll(clock, send, Array.from({ length: 7 }, (_, i) => say(`r${i}`, 'x')), 5);
    expect(calls).toEqual([0, 0, 0, 0, 0, 60_000, 60_000]);
  });

  it('a call after the attempt timed out is refused (no late send beside the retry)', async () => {
    const clock = new ManualClock();
    const calls: number[] = [];
    let first = true;
    const send: SendPort = async (_job, budget) => {
      if (first) {
        first = false;
        await new Promise<void>((resolve) => clock.setTimeout(resolve, 40_000));
      }
      await budget.beforeCall();
      calls.push(clock.now());
    };
    const outbox = createOutbox({ send, logger: recordingLogger(), timers: clock, sendTimeoutMs: 30_000, backoffBaseMs: 1000 });
    outbox.enqueue(say('r1', 'x'));
    await clock.runUntil(outbox.idle());
    await clock.advance(60_000);
    expect(calls).toEqual([31_000]);
  });
});

describe('no message is longer than the text cap', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `C${i + 1} 张三 广告 待处理`).join('\n');

  it.each([
    ['a list of 2,193 pending cases', `待处理案件：\n${list(2193)}`, true],
    ['one line of 10,000 characters', '字'.repeat(10_000), true],
    ['a list that fits', `待处理案件：\n${list(20)}`, false],
    ['exactly at the cap', 'a'.repeat(2000), false],
  ])('%s', async (_name, text, cut) => {
    const clock = new ManualClock();
    const sent: string[] = [];
    const send: SendPort = async (job) => {
      if (job.kind !== 'remove') sent.push(job.text);
    };
    await runAll(clock, send, [say('r1', text), { kind: 'dm', contactId: 'u1', text }], 20);
    expect(sent).toHaveLength(2);
    for (const s of sent) {
      expect(s.length).toBeLessThanOrEqual(2000);
      expect(s === text).toBe(!cut);
      if (cut) expect(s).toMatch(/另有 \d+ 行未列出/);
    }
  });

  it('says how many lines were left out', () => {
    const text = ['头', ...Array.from({ length: 100 }, (_, i) => `第${i}行${'x'.repeat(20)}`)].join('\n');
    const capped = capText(text, 300);
    const kept = capped.split('\n').length - 1;
    expect(capped).toContain(`另有 ${101 - kept} 行未列出`);
    expect(capped.length).toBeLessThanOrEqual(300);
  });
});
