import { describe, expect, it } from 'vitest';
import type { OutboxJob, RoomSayJob } from '../../../src/bot/outbox/job.js';
import { dm, say } from './fakes.js';
import { harness, type TestOptions } from './harness.js';

const warn = (roomId: string, text: string, mentionIds: string[], extra: Partial<RoomSayJob> = {}): OutboxJob =>
  say(roomId, text, mentionIds, { mergeKey: 'warning', ...extra });

type Sent = { at: number; text: string; mentions?: string[] };
type Case = { name: string; options?: TestOptions; schedule: [number, OutboxJob][]; expected: Sent[]; merged: number };

const cases: Case[] = [
  {
    name: 'same key, same room, one synchronous burst: one message, mentions united',
    schedule: [[0, warn('r1', '请勿发广告', ['u1'])], [0, warn('r1', '请勿发广告', ['u2', 'u1'])], [0, warn('r1', '请注意措辞', ['u3'])]],
    expected: [{ at: 0, text: '请勿发广告\n请注意措辞', mentions: ['u1', 'u2', 'u3'] }],
    merged: 2,
  },
  {
    name: 'jobs queued behind the room interval merge; the one already sent does not',
    schedule: [[0, warn('r1', 'A', ['u1'])], [100, warn('r1', 'B', ['u2'])], [2000, warn('r1', 'C', ['u3'])]],
    expected: [{ at: 0, text: 'A', mentions: ['u1'] }, { at: 3000, text: 'B\nC', mentions: ['u2', 'u3'] }],
    merged: 1,
  },
  {
    name: 'merging is on structure: every notice kept whole, the shared head and tail once',
    schedule: [[0, warn('r1', '李四：请改名\n已通知管理员。', [], { head: '请注意：', tail: '详见群规。' })], [0, warn('r1', '王五：请改名\n已通知管理员。', [], { head: '请注意：', tail: '详见群规。' })]],
    expected: [{ at: 0, text: '请注意：\n李四：请改名\n已通知管理员。\n王五：请改名\n已通知管理员。\n详见群规。' }],
    merged: 1,
  },
  {
    name: 'different keys are not merged',
    schedule: [[0, warn('r1', 'A', ['u1'])], [0, warn('r1', 'B', ['u2'], { mergeKey: 'nickname' })]],
    expected: [{ at: 0, text: 'A', mentions: ['u1'] }, { at: 3000, text: 'B', mentions: ['u2'] }],
    merged: 0,
  },
  {
    name: 'same key in different rooms is not merged',
    schedule: [[0, warn('r1', 'A', ['u1'])], [0, warn('r2', 'A', ['u2'])]],
    expected: [{ at: 0, text: 'A', mentions: ['u1'] }, { at: 0, text: 'A', mentions: ['u2'] }],
    merged: 0,
  },
  {
    name: 'jobs without a merge key are never merged',
    schedule: [[0, say('r1', 'A', ['u1'])], [0, say('r1', 'A', ['u1'])]],
    expected: [{ at: 0, text: 'A', mentions: ['u1'] }, { at: 3000, text: 'A', mentions: ['u1'] }],
    merged: 0,
  },
  {
    name: 'a job with an image is never merged',
    schedule: [[0, warn('r1', 'A', [])], [0, warn('r1', 'B', [], { image: { path: '/tmp/x.png' } })]],
    expected: [{ at: 0, text: 'A' }, { at: 3000, text: 'B' }],
    merged: 0,
  },
  {
    name: 'exactly at the end of the merge window still merges',
    options: { minRoomIntervalMs: 10_000 },
    schedule: [[0, warn('r1', 'A', [])], [100, warn('r1', 'B', [])], [5100, warn('r1', 'C', [])]],
    expected: [{ at: 0, text: 'A' }, { at: 10_000, text: 'B\nC' }],
    merged: 1,
  },
  {
    name: 'after the merge window a new message starts, even while the old one waits',
    options: { minRoomIntervalMs: 10_000 },
    schedule: [[0, warn('r1', 'A', [])], [100, warn('r1', 'B', [])], [5101, warn('r1', 'C', [])], [6000, warn('r1', 'D', [])]],
    expected: [{ at: 0, text: 'A' }, { at: 10_000, text: 'B' }, { at: 20_000, text: 'C\nD' }],
    merged: 1,
  },
  {
    name: 'a custom merge window',
    options: { minRoomIntervalMs: 10_000, mergeWindowMs: 1000 },
    schedule: [[0, warn('r1', 'A', [])], [100, warn('r1', 'B', [])], [1100, warn('r1', 'C', [])], [1200, warn('r1', 'D', [])]],
    expected: [{ at: 0, text: 'A' }, { at: 10_000, text: 'B\nC' }, { at: 20_000, text: 'D' }],
    merged: 1,
  },
];

describe('outbox merging', () => {
  it.each(cases)('$name', async ({ options, schedule, expected, merged }) => {
    const { calls, run, outbox } = harness(options);
    await run(schedule);
    const sent = calls.map(({ at, job }): Sent => {
      if (job.kind !== 'room_say') throw new Error(`unexpected ${job.kind}`);
      return job.mentionIds.length > 0 ? { at, text: job.text, mentions: job.mentionIds } : { at, text: job.text };
    });
    expect(sent).toEqual(expected);
    expect(outbox.stats()).toMatchObject({ merged, sent: expected.length });
  });

  it('DMs and removals are never merged', async () => {
    const { calls, run } = harness();
    const dmJob = { ...dm('u1', 'hi'), mergeKey: 'warning' } as OutboxJob;
    await run([[0, dmJob], [0, dmJob], [0, { kind: 'remove', roomId: 'r1', memberId: 'm1' }], [0, { kind: 'remove', roomId: 'r1', memberId: 'm1' }]]);
    expect(calls).toHaveLength(4);
  });

  it('the merged message keeps the first job context plus the number of jobs merged', async () => {
    const { calls, run } = harness();
    await run([[0, warn('r1', 'A', [], { context: { caseId: 'C1' } })], [0, warn('r1', 'B', [], { context: { caseId: 'C2' } })]]);
    expect(calls[0]?.job).toMatchObject({ kind: 'room_say', mergeKey: 'warning', context: { caseId: 'C1', mergedJobs: 2 } });
  });

  it('a message waiting to be retried accepts no more merges', async () => {
    const { calls, run } = harness({}, (_job, i) => (i === 0 ? new Error('network') : 'ok'));
    await run([[0, warn('r1', 'A', [])], [500, warn('r1', 'B', [])]]);
    expect(calls.map((c) => [c.at, (c.job as RoomSayJob).text])).toEqual([[0, 'A'], [1000, 'A'], [4000, 'B']]);
  });

  it('pending() counts a merged message once', () => {
    const { outbox } = harness();
    outbox.enqueue(warn('r1', 'A', []));
    outbox.enqueue(warn('r1', 'B', []));
    outbox.enqueue(dm('u1', 'x'));
    expect(outbox.pending()).toBe(2);
  });
});
