/**
 * Schema versioning for the shared PostgreSQL database: every process runs it when it opens the store, so the schema is
 * always the one this QunGuard was written for.
 */
import type { Pool } from 'pg';
import { inTransaction } from './db.js';
import type { Migration } from './migrations.js';

/** Advisory lock key held while migrating, so two processes starting together never race ("qunguard" as digits). */
export const MIGRATION_LOCK_KEY = 7_865_487_273;

/**
 * Brings the schema up to date: in one transaction, under an advisory lock, applies
 * every step not yet in schema_migrations. Returns the names of the steps that ran
 * this time (empty when the schema was already current). A database migrated by a
 * newer QunGuard (a version this list does not know) is refused.
 */
export async function runMigrations(pool: Pool, migrations: readonly Migration[]): Promise<string[]> {
  const client = await pool.connect();
  try {
    return await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const known = new Set(migrations.map((m) => m.version));
      const unknown = [...done].filter((v) => !known.has(v));
      if (unknown.length > 0) throw new NewerSchemaError(Math.max(...unknown));
      const ran: string[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        ran.push(`${m.version} ${m.name}`);
      }
      return ran;
    });
  } finally {
    client.release();
  }
}

/** The database was migrated by a newer QunGuard: this one would misread it, so it stops. */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
  constructor(readonly version: number) {
    super(`数据库结构版本 ${version} 由更新版本的 QunGuard 写入，请升级 QunGuard。\nThe database schema (version ${version}) was written by a newer QunGuard: upgrade.`);
  }
}
