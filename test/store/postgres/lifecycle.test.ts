import { describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { StoreWriteError } from '../../../src/store/errors.js';
import { TEST_PASSWORD } from '../../support/postgres-server.js';
import { DAY, makeAudit, makeCase, NOW } from '../fixtures.js';
import { postgresStoreKind, recordingLog, usePostgres } from './pg-harness.js';

const pg = usePostgres();
const kind = postgresStoreKind();

describe('PostgreSQL store: lifecycle', () => {
  it('archives each old case once when two processes archive at the same time', async () => {
    const url = await pg.freshDatabase();
    const [a, b] = await Promise.all([pg.open(url), pg.open(url)]);
    for (let i = 1; i <= 30; i++) await a.cases.add(makeCase({ id: `C${i}`, at: NOW - 40 * DAY, status: i % 2 === 0 ? 'closed' : 'open' }));
    await a.audit.append(makeAudit({ at: NOW - 40 * DAY }));
    const [ra, rb] = await Promise.all([a.archive(NOW), b.archive(NOW)]);
    expect(ra.cases + rb.cases).toBe(15);
    expect(ra.audit + rb.audit).toBe(1);
    expect((await b.cases.byRoom('room1')).length).toBe(15);
    expect((await b.cases.all()).length).toBe(30);
  });

  it('lets a unit of work in flight finish before close() ends the pool', async () => {
    const url = await pg.freshDatabase();
    const store = await pg.open(url);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const work = store.atomically(async (tx) => {
      await gate;
      await tx.cases.add(makeCase({ id: 'C1' }));
      return 'done';
    });
    const closing = store.close();
    release();
    expect(await work).toBe('done');
    await closing;
    expect((await (await pg.open(url)).cases.get('C1'))?.id).toBe('C1');
  });

  it('replaces a connection lost while idle, and reports one lost mid-transaction as a store error without the password', async () => {
    const url = await pg.freshDatabase();
    const log = recordingLog();
    const store = await pg.open(url, { poolSize: 2, log });
    await store.cases.add(makeCase({ id: 'C1' }));
    const killConnections = async (): Promise<void> => {
      const admin = new Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'qunguard:test-bot' AND datname = current_database()`);
      } finally {
        await admin.end();
      }
    };
    await killConnections();
    expect((await store.cases.get('C1'))?.id).toBe('C1');

    const error = await store
      .atomically(async (tx) => {
        await tx.cases.update('C1', { status: 'closed' });
        await killConnections();
        return tx.cases.get('C1');
      })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as Error).message).toContain('数据库操作失败：postgres://postgres:***@');
    expect((error as Error).message).not.toContain(TEST_PASSWORD);
    expect((await store.cases.get('C1'))?.status).toBe('open');
  });

  it('is a store kind the shared contract suite can open: a fresh database each time', async () => {
    const first = await kind.open({ seenLimit: 3 });
    await first.store.cases.add(makeCase({ id: 'C1' }));
    const second = await kind.open({ seenLimit: 3 });
    expect(await second.store.cases.all()).toEqual([]);
    expect(await second.store.cases.nextCaseId()).toBe('C1');
    await first.cleanup();
    await second.cleanup();
  });
});
