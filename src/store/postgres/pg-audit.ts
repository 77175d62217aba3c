/**
 * The audit log of admin actions on PostgreSQL, shared by every account; identical entries are one entry, as in the
 * embedded store.
 */
import { auditRecordSchema } from '../../core/records.js';
import type { AuditRecord } from '../../core/records.js';
import { checked } from '../document.js';
import type { AuditLog } from '../ports.js';
import type { Db, Sql } from './db.js';
import { msBound } from './ms-bound.js';

/** The audit log on PostgreSQL; identical entries are one entry, as in the embedded store. */
export class PgAudit implements AuditLog {
  constructor(private readonly db: Db) {}

  async append(entry: AuditRecord): Promise<void> {
    this.db.checkOpen();
    const e = checked(auditRecordSchema, 'audit', entry);
    await this.db.run((sql) => sql.query('INSERT INTO audit (at, record) VALUES ($1, $2) ON CONFLICT (entry_key) DO NOTHING', [e.at, JSON.stringify(e)]));
  }

  async list(sinceMs?: number, untilMs?: number): Promise<AuditRecord[]> {
    const { rows } = await this.db.run((sql) =>
      sql.query<{ record: AuditRecord }>('SELECT record FROM audit WHERE at >= $1 AND ($2::bigint IS NULL OR at < $2) ORDER BY at, seq', [msBound(sinceMs, 0), msBound(untilMs, null)]),
    );
    return rows.map((r) => r.record);
  }

  /** Marks entries older than cutoffMs as archived; returns how many. */
  async archive(sql: Sql, cutoffMs: number): Promise<number> {
    const r = await sql.query('UPDATE audit SET archived = true WHERE NOT archived AND at < $1', [msBound(cutoffMs, null)]);
    return r.rowCount ?? 0;
  }
}
