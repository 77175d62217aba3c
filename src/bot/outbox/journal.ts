/**
 * The outbox's journal port: where jobs are kept until their send is confirmed,
 * so a crash or restart loses nothing (src/bot/outbox-journal.ts keeps them in the store).
 */
import type { OutboxJob } from './job.js';

/** A job kept in the journal, with the id it was kept under and when it was first queued. */
export interface JournalEntry {
  id: string;
  job: OutboxJob;
  enqueuedAt: number;
}

/** Durable bookkeeping of jobs not yet confirmed sent. */
export interface OutboxJournal {
  /** Keeps the job (started at once, so it lands in the unit of work the caller is in); returns its id. */
  add(job: OutboxJob, enqueuedAt: number): string;
  /** The job was sent, or given up on for good: forget it. */
  done(id: string): void;
  /** Resolves once everything kept so far is on disk; a send waits for this, so nothing goes out that a crash could forget. */
  durable(): Promise<void>;
}
