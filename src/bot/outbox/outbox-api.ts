/** The outbox's public contract: what the rest of the bot may call, and the counters it reports. */
import type { OutboxJob } from './job.js';
import type { JournalEntry } from './journal.js';

/** Counters for logs and digests. */
export interface OutboxStats {
  /** Messages (after merging) delivered. */
  sent: number;
  /** Jobs folded into an earlier queued message. */
  merged: number;
  /** Retry attempts scheduled after a failed send. */
  retried: number;
  /** Messages given up on after a permanent failure or the last attempt. */
  failed: number;
  /** Jobs discarded without being attempted: invalid, enqueued after stop(), or pending at stop(). */
  dropped: number;
}

/** The queue the rest of the bot talks to. */
export interface Outbox {
  /** Queues a job and returns at once; never throws (bad jobs are logged and dropped). */
  enqueue(job: OutboxJob): void;
  /** Queues jobs kept in the journal before a restart, under their journal ids (not journaled again). */
  restore(entries: readonly JournalEntry[]): void;
  /** Messages not yet finished (queued, waiting to retry, or in flight); a merged message counts once. */
  pending(): number;
  /** Sends running now (the platform was called and has not answered): a simulation waits for them before it calls a step settled. */
  sending(): number;
  /** Resolves when nothing is queued and nothing is in flight (at once after stop()). */
  idle(): Promise<void>;
  /**
   * Shuts down: cancels every timer and drops every job not yet in flight
   * (one log line with the count); journaled jobs stay in the journal for the next start. Sends already in flight are abandoned: the
   * port call may still complete, but it is not awaited, counted or retried.
   * To flush first, `await idle()` before `stop()`. Later enqueues are dropped.
   */
  stop(): void;
  /** A snapshot of the counters. */
  stats(): OutboxStats;
}
