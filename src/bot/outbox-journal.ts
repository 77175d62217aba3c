/**
 * The durable outbox: every job is kept in the store's state (`outbox.job.*`)
 * from the moment it is queued until its send is confirmed, so a job queued
 * together with a case (or a schedule's "done" marker) is written in the same
 * flush, and a restart sends what was not confirmed.
 */
import type { JsonValue, Store } from '../store/index.js';
import type { JournalEntry, OutboxJob, OutboxJournal } from './outbox/index.js';

const PREFIX = 'outbox.job.';
const SEQ_KEY = 'outbox.seq';

/** What one journal value holds. */
interface Kept {
  job: OutboxJob;
  at: number;
}

/**
 * The job as JSON: log-only context fields that are undefined are dropped, and
 * an in-memory image (a digest chart) is not kept: after a restart the text
 * goes alone. An image on disk (a path) is kept.
 */
function toJson(job: OutboxJob): JsonValue {
  const copy = job.kind !== 'remove' && job.image !== undefined && !('path' in job.image) ? { ...job, image: undefined } : job;
  return JSON.parse(JSON.stringify(copy)) as JsonValue;
}

/** A journal over the store's state; ids are a persisted sequence, so they stay unique across restarts. */
export function createStoreJournal(store: Store): OutboxJournal {
  return {
    add(job, enqueuedAt) {
      const seq = (typeof store.state.get(SEQ_KEY) === 'number' ? (store.state.get(SEQ_KEY) as number) : 0) + 1;
      store.state.set(SEQ_KEY, seq);
      const id = String(seq).padStart(10, '0');
      store.state.set(PREFIX + id, { job: toJson(job), at: enqueuedAt } as unknown as JsonValue);
      return id;
    },
    done(id) {
      store.state.delete(PREFIX + id);
    },
    durable: () => store.flush(),
  };
}

/** The jobs kept in the store and not confirmed sent, oldest first. */
export function unconfirmedJobs(store: Store): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const key of store.state.keys(PREFIX).sort()) {
    const kept = store.state.get(key) as unknown as Kept | undefined;
    if (!kept || typeof kept !== 'object' || typeof kept.at !== 'number' || typeof kept.job !== 'object') continue;
    entries.push({ id: key.slice(PREFIX.length), job: kept.job, enqueuedAt: kept.at });
  }
  return entries;
}
