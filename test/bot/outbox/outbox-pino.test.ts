import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createOutbox } from '../../../src/bot/outbox/outbox.js';
import { ManualClock } from './manual-clock.js';

describe('outbox with a real pino logger', () => {
  it('writes the give-up as one JSON line, fields first, with the error serialised', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const clock = new ManualClock();
    const outbox = createOutbox({
      send: () => Promise.reject(new Error('puppet gone')),
      logger: pino({ base: null, timestamp: false }, sink),
      timers: clock,
      maxAttempts: 2,
    });
    outbox.enqueue({ kind: 'remove', roomId: 'r1', memberId: 'm1', context: { caseId: 'C3' } });
    await clock.runUntil(outbox.idle());
    await new Promise((resolve) => setImmediate(resolve));
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.msg)).toEqual(['send failed, will retry', 'send failed, giving up']);
    expect(parsed[1]).toMatchObject({ level: 50, caseId: 'C3', kind: 'remove', roomId: 'r1', memberId: 'm1', attempts: 2, permanent: false, err: { message: 'puppet gone' } });
  });
});
