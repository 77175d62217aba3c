/**
 * Test support: an Outbox that sends nothing and records every job queued, in order,
 * so a flow test can read exactly what the bot would have sent. A full Outbox, not a cast.
 */
import type { JournalEntry, Outbox, OutboxJob, OutboxStats } from '../../src/bot/outbox/index.js';

/** A recording outbox: `jobs` (queued or restored, oldest first) and whether it was stopped. */
export interface RecordingOutbox extends Outbox {
  readonly jobs: OutboxJob[];
  readonly stopped: boolean;
}

/** An outbox that records jobs instead of sending them; after stop() it drops them, as the real one does. */
export function recordingOutbox(): RecordingOutbox {
  const jobs: OutboxJob[] = [];
  let stopped = false;
  let dropped = 0;
  const stats = (): OutboxStats => ({ sent: 0, merged: 0, retried: 0, failed: 0, dropped });
  return {
    jobs,
    get stopped() {
      return stopped;
    },
    enqueue(job) {
      if (stopped) dropped += 1;
      else jobs.push(job);
    },
    restore(entries: readonly JournalEntry[]) {
      for (const e of entries) this.enqueue(e.job);
    },
    pending: () => 0,
    sending: () => 0,
    idle: async () => {},
    stop() {
      stopped = true;
    },
    stats,
  };
}
