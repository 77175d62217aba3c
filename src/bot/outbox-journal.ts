/**
 * The durable outbox: every job is kept in the store's state (`outbox.job.<account>/<id>`)
 * from the moment it is queued until its send is confirmed, so a job queued
 * together with a case (or a schedule's "done" marker) is written in the same
 * unit of work (`inUnit`), and a restart sends what was not confirmed. The key carries
 * the account (QUNGUARD_BOT_NAME): on a shared database a restarting account resends
 * only its own jobs; keys written before accounts existed (no `/`) belong to the default one.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { stateFamily, type Store } from '../store/index.js';
import type { JournalEntry, OutboxJob, OutboxJournal } from './outbox/index.js';
import { currentUnit } from './unit-of-work.js';
import { DEFAULT_BOT_NAME } from './speaker.js';

const context = z.record(z.string(), z.unknown()).optional();
const keptJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('room_say'),
    roomId: z.string(),
    text: z.string(),
    mentionIds: z.array(z.string()),
    mergeKey: z.string().optional(),
    head: z.string().optional(),
    tail: z.string().optional(),
    image: z.object({ path: z.string() }).optional(),
    context,
  }),
  z.object({ kind: z.literal('dm'), contactId: z.string(), text: z.string(), image: z.object({ path: z.string() }).optional(), context }),
  z.object({ kind: z.literal('remove'), roomId: z.string(), memberId: z.string(), context }),
]);

/** What one journal value holds: the job and when it was first queued. */
interface Kept {
  job: OutboxJob;
  at: number;
}

/** The journal's entries, one per unconfirmed job; after the account, the key orders them by queueing time. */
export const OUTBOX_JOBS = stateFamily<Kept>('outbox.job.', z.object({ job: keptJobSchema, at: z.number() }));

/**
 * The job as JSON: log-only context fields that are undefined are dropped, and
 * an in-memory image (a digest chart) is not kept: after a restart the text
 * goes alone. An image on disk (a path) is kept.
 */
function toJson(job: OutboxJob): OutboxJob {
  const copy = job.kind !== 'remove' && job.image !== undefined && !('path' in job.image) ? { ...job, image: undefined } : job;
  return JSON.parse(JSON.stringify(copy)) as OutboxJob;
}

/**
 * A journal over the store's state. Ids sort in queueing order (time first) and are unique
 * across restarts (a tag of this process, then a counter), so no shared counter is read.
 * A job queued inside a unit of work (`inUnit`) is written through that unit's ports, so it
 * becomes durable with the unit (the case it belongs to); `durable()` waits for every write
 * and every such unit, then flushes.
 */
export function createStoreJournal(store: Pick<Store, 'state' | 'flush'>, botName: string = DEFAULT_BOT_NAME): OutboxJournal {
  const boot = randomUUID().slice(0, 8);
  let counter = 0;
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  const track = (write: Promise<void>): void => {
    const kept = write.catch((err: unknown) => {
      failure ??= err;
    });
    pending.add(kept);
    void kept.finally(() => pending.delete(kept));
  };
  const units = new Set<Promise<void>>();
  /** The state to write through: the running unit's, whose end durable() then waits for too. */
  const state = (): Pick<Store['state'], 'write' | 'remove'> => {
    const unit = currentUnit();
    if (!unit) return store.state;
    if (!units.has(unit.settled)) {
      units.add(unit.settled);
      void unit.settled.then(() => units.delete(unit.settled));
    }
    return unit.tx.state;
  };
  return {
    add(job, enqueuedAt) {
      counter += 1;
      const id = `${botName}/${String(enqueuedAt).padStart(15, '0')}-${boot}-${String(counter).padStart(8, '0')}`;
      track(state().write(OUTBOX_JOBS.entry(id), { job: toJson(job), at: enqueuedAt }));
      return id;
    },
    done(id) {
      track(state().remove(OUTBOX_JOBS.entry(id)));
    },
    async durable() {
      await Promise.all([...pending, ...units]);
      if (failure !== null) {
        const err = failure;
        failure = null;
        throw err;
      }
      await store.flush();
    },
  };
}

/** The account a journal id belongs to: the part before `/`, or the default account for an id kept before accounts. */
function accountOf(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? DEFAULT_BOT_NAME : id.slice(0, slash);
}

/** The jobs this account kept in the store and did not confirm sent, oldest first; other accounts' jobs are theirs to send. */
export async function unconfirmedJobs(store: Pick<Store, 'state'>, botName: string = DEFAULT_BOT_NAME): Promise<JournalEntry[]> {
  const kept = await store.state.list(OUTBOX_JOBS);
  return kept
    .map(({ entry, value }) => ({ id: entry.key.slice(OUTBOX_JOBS.prefix.length), job: value.job, enqueuedAt: value.at }))
    .filter((e) => accountOf(e.id) === botName)
    .sort((a, b) => a.enqueuedAt - b.enqueuedAt);
}
