/**
 * Leases on PostgreSQL (the speaker lease, schedule leases): expiring named claims that let several accounts and processes
 * share one database without two of them speaking or running a schedule at once.
 */
import type { Leases } from '../ports.js';
import type { Db } from './db.js';

/** Expiring named claims shared by every process on the database: one upsert that only wins when free, expired or ours. */
export class PgLeases implements Leases {
  constructor(private readonly db: Db) {}

  async claim(name: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
    this.db.checkOpen();
    const { rows } = await this.db.run((sql) =>
      sql.query(
        `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
         WHERE leases.holder = EXCLUDED.holder OR leases.expires_at <= $4
         RETURNING holder`,
        [name, holder, nowMs + ttlMs, nowMs],
      ),
    );
    return rows.length > 0;
  }

  async release(name: string, holder: string): Promise<void> {
    this.db.checkOpen();
    await this.db.run((sql) => sql.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]));
  }

  async holder(name: string, nowMs: number): Promise<string | undefined> {
    const { rows } = await this.db.run((sql) => sql.query<{ holder: string }>('SELECT holder FROM leases WHERE name = $1 AND expires_at > $2', [name, nowMs]));
    return rows[0]?.holder;
  }
}
