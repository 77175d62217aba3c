import { describe, expect, it } from 'vitest';
import { say } from './fakes.js';
import { harness } from './harness.js';

describe('outbox at scale', () => {
  it('delivers 20 000 jobs over 2 000 rooms in order per room, without quadratic work', async () => {
    const { clock, outbox, calls } = harness({ maxPerMinute: 1_000_000, minRoomIntervalMs: 10 });
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) outbox.enqueue(say(`r${i % 2000}`, String(i)));
    await clock.runUntil(outbox.idle());
    const elapsed = performance.now() - started;
    expect(calls).toHaveLength(20_000);
    const lastPerRoom = new Map<string, number>();
    let outOfOrder = 0;
    for (const { job } of calls) {
      if (job.kind !== 'room_say') throw new Error('unexpected job');
      const n = Number(job.text);
      if (n <= (lastPerRoom.get(job.roomId) ?? -1)) outOfOrder += 1;
      lastPerRoom.set(job.roomId, n);
    }
    expect(outOfOrder).toBe(0);
    expect(clock.now()).toBe(90); // 10 messages per room, 10 ms apart
    expect(elapsed).toBeLessThan(5000);
  });
});
