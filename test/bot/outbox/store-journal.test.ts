/**
 * The durable outbox journal over the store's typed state: jobs come back oldest first,
 * ids stay unique across restarts (a new journal on the same store), a confirmed job is
 * forgotten, a stored entry that is not a job is skipped, and a failed write is reported
 * by durable() so the send waiting on it knows.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStoreJournal, OUTBOX_JOBS, unconfirmedJobs } from '../../../src/bot/outbox-journal.js';
import { createMemoryStore, StoreClosedError, stateEntry } from '../../../src/store/index.js';
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

  it('reports a failed write from durable(), once', async () => {
    const store = createMemoryStore();
    const journal = createStoreJournal(store);
    await store.close();
    journal.add(say('r1', 'lost'), T);
    await expect(journal.durable()).rejects.toThrow(StoreClosedError);
    await expect(journal.durable()).resolves.toBeUndefined();
  });
});
