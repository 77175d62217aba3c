import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore, DatabaseOpenError } from '../../../src/store/postgres/postgres-store.js';
import { MIGRATIONS, type Migration } from '../../../src/store/postgres/migrations.js';
import { NewerSchemaError, runMigrations } from '../../../src/store/postgres/run-migrations.js';
import { TEST_PASSWORD } from '../../support/postgres-server.js';
import { usePostgres } from './pg-harness.js';

const server = usePostgres();

async function withPool<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

describe('PostgreSQL schema migrations', () => {
  it('run once: the first open says what ran, the next says nothing', async () => {
    const url = await server.freshDatabase();
    const first = await server.open(url);
    expect(first.migrationsRun).toEqual(MIGRATIONS.map((m) => `${m.version} ${m.name}`));
    const second = await server.open(url);
    expect(second.migrationsRun).toEqual([]);
    const versions = await withPool(url, async (pool) => (await pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version));
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('are safe when several processes open a new database at once: each step runs exactly once', async () => {
    const url = await server.freshDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, (_, i) => server.open(url, { botName: `bot-${i}` })));
    expect(stores.map((s) => s.migrationsRun.length).sort()).toEqual([0, 0, 0, MIGRATIONS.length]);
  });

  it('apply a later step to a database at an earlier one, in order', async () => {
    const url = await server.freshDatabase();
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'test step', sql: 'CREATE TABLE test_step (x int)' };
    expect(await withPool(url, (pool) => runMigrations(pool, MIGRATIONS))).toHaveLength(MIGRATIONS.length);
    expect(await withPool(url, (pool) => runMigrations(pool, [...MIGRATIONS, next]))).toEqual([`${next.version} test step`]);
    expect(await withPool(url, (pool) => runMigrations(pool, [...MIGRATIONS, next]))).toEqual([]);
  });

  it('leave nothing behind when a step fails', async () => {
    const url = await server.freshDatabase();
    const broken: Migration = { version: 99, name: 'broken', sql: 'CREATE TABLE half (x int); SELECT no_such_function()' };
    await expect(withPool(url, (pool) => runMigrations(pool, [...MIGRATIONS, broken]))).rejects.toThrow(/no_such_function/);
    const tables = await withPool(url, async (pool) => (await pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n);
    expect(tables).toBe(0);
  });

  it('refuse a database a newer QunGuard migrated', async () => {
    const url = await server.freshDatabase();
    await withPool(url, (pool) => runMigrations(pool, [...MIGRATIONS, { version: 50, name: 'future', sql: 'SELECT 1' }]));
    await expect(withPool(url, (pool) => runMigrations(pool, MIGRATIONS))).rejects.toThrow(NewerSchemaError);
    await expect(openPostgresStore({ url, botName: 'old-bot' })).rejects.toThrow(/更新版本/);
  });

  it.each([
    ['a seen limit of 0', { seenLimit: 0 }, RangeError],
    ['a negative retention', { retentionMs: -1 }, RangeError],
    ['a URL that is not PostgreSQL', { url: 'mysql://qg:s3cret@127.0.0.1/qunguard' }, /postgres:\/\//],
  ])('refuse %s before connecting', async (_label, over, error) => {
    const url = await server.freshDatabase();
    await expect(openPostgresStore({ url, botName: 'bot', ...over })).rejects.toThrow(error);
    const tables = await withPool(url, async (pool) => (await pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n);
    expect(tables).toBe(0);
  });

  it('say in Chinese when the database cannot be opened, without the password', async () => {
    const url = (await server.freshDatabase()).replace(encodeURIComponent(TEST_PASSWORD), 'Wr0ng-Secret-9');
    const error = await openPostgresStore({ url, botName: 'bot' }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toContain('无法打开数据库');
    expect((error as Error).message).not.toContain('Wr0ng-Secret-9');
    expect((error as Error).message).toContain('***');
  });
});
