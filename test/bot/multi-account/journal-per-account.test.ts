/**
 * The outbox journal per account: on a shared store each account's unconfirmed jobs are
 * its own, so a restarting account resends only what it had queued; entries kept before
 * accounts existed (no account in the key) belong to the default account.
 */
import { describe, expect, it } from 'vitest';
import { createStoreJournal, OUTBOX_JOBS, unconfirmedJobs } from '../../../src/bot/outbox-journal.js';
import { DEFAULT_BOT_NAME } from '../../../src/bot/speaker.js';
import { createSimClock } from '../../../src/schedule/sim-clock.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { usePostgres } from '../../store/postgres/pg-harness.js';
import { MINUTE, MONDAY_9AM, policyWith } from '../flows/harness.js';
import { advanceAll, startAccount } from './two-accounts.js';

const T = MONDAY_9AM;
const dm = (text: string) => ({ kind: 'dm' as const, contactId: 'admin1', text, context: { adminAlert: true } });

describe('the outbox journal, per account', () => {
  it.each([
    ['acct-a', ['A 的提醒 1', 'A 的提醒 2']],
    ['acct-b', ['B 的提醒']],
    [DEFAULT_BOT_NAME, ['升级前的提醒', '默认账号的提醒']],
  ])('gives %s back only its own jobs, oldest first', async (botName, expected) => {
    const store = createMemoryStore();
    // An entry kept before accounts existed: `outbox.job.<time>-<boot>-<n>`, no account.
    await store.state.write(OUTBOX_JOBS.entry(`${String(T - 5).padStart(15, '0')}-0a1b2c3d-00000001`), { job: dm('升级前的提醒'), at: T - 5 });
    const a = createStoreJournal(store, 'acct-a');
    const b = createStoreJournal(store, 'acct-b');
    const plain = createStoreJournal(store);
    a.add(dm('A 的提醒 2'), T + 2);
    b.add(dm('B 的提醒'), T + 1);
    a.add(dm('A 的提醒 1'), T);
    plain.add(dm('默认账号的提醒'), T + 3);
    await Promise.all([a.durable(), b.durable(), plain.durable()]);
    expect((await unconfirmedJobs(store, botName)).map((e) => (e.job.kind === 'dm' ? e.job.text : ''))).toEqual(expected);
  });

  it('confirms a job for its account only: the other account’s jobs stay', async () => {
    const store = createMemoryStore();
    const a = createStoreJournal(store, 'acct-a');
    const b = createStoreJournal(store, 'acct-b');
    const ida = a.add(dm('A'), T);
    b.add(dm('B'), T);
    a.done(ida);
    await Promise.all([a.durable(), b.durable()]);
    expect(await unconfirmedJobs(store, 'acct-a')).toEqual([]);
    expect((await unconfirmedJobs(store, 'acct-b')).map((e) => e.id.split('/')[0])).toEqual(['acct-b']);
  });
});

describe('a restarting account on a shared database', () => {
  const pg = usePostgres();

  it('resends only its own unconfirmed jobs', async () => {
    const url = await pg.freshDatabase();
    // What each account had queued and not confirmed when its process died.
    const before = await pg.open(url, { botName: 'setup' });
    const ja = createStoreJournal(before, 'acct-a');
    const jb = createStoreJournal(before, 'acct-b');
    ja.add(dm('【群管家】A 未送达的提醒'), T - MINUTE);
    jb.add(dm('【群管家】B 未送达的提醒'), T - MINUTE);
    await Promise.all([ja.durable(), jb.durable()]);
    await before.close();

    const policy = policyWith({}, 'whole-message');
    const clock = createSimClock(T);
    const b = await startAccount({ url, botName: 'acct-b', botId: 'bot-b', clock, policy });
    try {
      await advanceAll(clock, [b], T + MINUTE);
      const sent = (acc: typeof b): string[] => acc.actions.flatMap((x) => (x.kind === 'dm' && x.text.includes('未送达') ? [x.text] : []));
      expect(sent(b)).toEqual(['【群管家】B 未送达的提醒']);
      expect((await unconfirmedJobs(b.store, 'acct-a')).map((e) => e.job.kind === 'dm' && e.job.text)).toEqual(['【群管家】A 未送达的提醒']);
      const a = await startAccount({ url, botName: 'acct-a', botId: 'bot-a', clock, policy });
      try {
        await advanceAll(clock, [a, b], T + 2 * MINUTE);
        expect(sent(a)).toEqual(['【群管家】A 未送达的提醒']);
        expect(sent(b)).toHaveLength(1);
        expect(await unconfirmedJobs(a.store, 'acct-a')).toEqual([]);
      } finally {
        await a.stop();
      }
    } finally {
      await b.stop();
    }
  }, 60_000);
});
