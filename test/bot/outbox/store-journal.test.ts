/**
 * The durable outbox journal over the store's typed state: jobs come back oldest first,
 * ids stay unique across restarts (a new journal on the same store), a confirmed job is
 * forgotten, a stored entry that is not a job is skipped, and a failed write is reported
 * by durable() so the send waiting on it knows.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStoreJournal, OUTBOX_JOBS, unconfirmedJobs } from '../../../src/bot/outbox-journal.js';
import { inUnit } from '../../../src/bot/unit-of-work.js';
import { createMemoryStore, StoreClosedError, stateEntry, type Store, type StorePorts } from '../../../src/store/index.js';
import { dm, say } from './fakes.js';

const T = Date.parse('2026-11-30T09:00:00+08:00');

describe('the store journal', () => {
  it('gives jobs back oldest first, with the time they were queued', async () => {
    const store = createMemoryStore();
    const journal = createStoreJournal(store);
    journal.add(say('r1', 'later'), T + 1000);
    journal.add(say('r1', 'first'), T);
    journal.add(dm('u1', 'second'), T + 10);
    await journal.durable();
    const back = await unconfirmedJobs(store);
    expect(back.map((e) => [e.enqueuedAt, e.job.kind === 'remove' ? '' : e.job.text])).toEqual([
      [T, 'first'],
      [T + 10, 'second'],
      [T + 1000, 'later'],
    ]);
  });

  it('keeps ids unique across a restart at the same moment, and forgets a job once done', async () => {
    const store = createMemoryStore();
    const before = createStoreJournal(store);
    const a = before.add(say('r1', 'a'), T);
    const after = createStoreJournal(store); // the next process, same simulated time
    const b = after.add(say('r1', 'b'), T);
    expect(a).not.toBe(b);
    after.done(a);
    await after.durable();
    expect((await unconfirmedJobs(store)).map((e) => e.id)).toEqual([b]);
  });

  it('keeps an image on disk, drops an in-memory one (the text goes alone after a restart)', async () => {
    const store = createMemoryStore();
    const journal = createStoreJournal(store);
    journal.add({ kind: 'dm', contactId: 'A', text: 'chart', image: { data: Buffer.from('png'), name: 'c.png' } }, T);
    journal.add({ kind: 'dm', contactId: 'A', text: 'file', image: { path: '/tmp/c.png' } }, T + 1);
    await journal.durable();
    const images = (await unconfirmedJobs(store)).map((e) => (e.job.kind === 'dm' ? e.job.image : null));
    expect(images).toEqual([undefined, { path: '/tmp/c.png' }]);
  });

  it('skips a stored entry that is not a job, and reports it once', async () => {
    const warnings: string[] = [];
    const store = createMemoryStore({ onWarning: (w) => warnings.push(w.file) });
    await store.state.write(stateEntry(`${OUTBOX_JOBS.prefix}000000000000001-x`, z.string()), 'garbage');
    const journal = createStoreJournal(store);
    journal.add(say('r1', 'real'), T);
    await journal.durable();
    expect((await unconfirmedJobs(store)).map((e) => (e.job.kind === 'room_say' ? e.job.text : ''))).toEqual(['real']);
    await unconfirmedJobs(store);
    expect(warnings).toEqual([`state:${OUTBOX_JOBS.prefix}000000000000001-x`]);
  });

  it('writes a job queued inside a unit through that unit, and durable() waits for the unit', async () => {
    const store = createMemoryStore();
    const viaUnit: string[] = [];
    // The unit's ports record what is written through them (a transaction, on PostgreSQL).
    const tracked: Store = Object.assign(Object.create(store) as Store, {
      atomically: <T>(work: (tx: StorePorts) => Promise<T>) =>
        store.atomically((tx) => {
          const state: StorePorts['state'] = {
            read: (e) => tx.state.read(e),
            list: (f) => tx.state.list(f),
            remove: (e) => tx.state.remove(e),
            write: async (e, v) => {
              viaUnit.push(e.key);
              await tx.state.write(e, v);
            },
          };
          return work({ ...tx, state });
        }),
    });
    const journal = createStoreJournal(tracked);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let id = '';
    const unit = inUnit(tracked, async () => {
      id = journal.add(say('r1', 'with its case'), T);
      await gate;
    });
    const outside = journal.add(say('r1', 'on its own'), T + 1);
    let durable = false;
    const waiting = journal.durable().then(() => (durable = true));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(durable).toBe(false);
    open();
    await unit;
    await waiting;
    expect(viaUnit).toEqual([OUTBOX_JOBS.entry(id).key]);
    expect((await unconfirmedJobs(store)).map((e) => e.id)).toEqual([id, outside]);
  });

  it('reports a failed write from durable(), once', async () => {
    const store = createMemoryStore();
    const journal = createStoreJournal(store);
    await store.close();
    journal.add(say('r1', 'lost'), T);
    await expect(journal.durable()).rejects.toThrow(StoreClosedError);
    await expect(journal.durable()).resolves.toBeUndefined();
  });
});
