/**
 * The members of each group on PostgreSQL, shared by every account, listed in the order they were first recorded as in
 * the embedded store.
 */
import { memberRecordSchema } from '../../core/records.js';
import type { MemberRecord } from '../../core/records.js';
import { checked } from '../document.js';
import { RecordNotFoundError } from '../errors.js';
import { applyPatch } from '../patch.js';
import type { MemberStore, Patch } from '../ports.js';
import type { Db } from './db.js';

/** Members per group on PostgreSQL; lists keep the order members were first recorded in, as the embedded store does. */
export class PgMembers implements MemberStore {
  constructor(private readonly db: Db) {}

  async get(roomId: string, memberId: string): Promise<MemberRecord | undefined> {
    return (await this.#select('WHERE room_id = $1 AND member_id = $2', [roomId, memberId]))[0];
  }

  async upsert(record: MemberRecord): Promise<void> {
    this.db.checkOpen();
    const m = checked(memberRecordSchema, 'member', record);
    await this.db.run((sql) =>
      sql.query('INSERT INTO members (room_id, member_id, record) VALUES ($1, $2, $3) ON CONFLICT (room_id, member_id) DO UPDATE SET record = EXCLUDED.record', [
        m.roomId,
        m.memberId,
        JSON.stringify(m),
      ]),
    );
  }

  async update(roomId: string, memberId: string, patch: Patch<MemberRecord>): Promise<MemberRecord> {
    this.db.checkOpen();
    return this.db.unit(async (sql) => {
      const { rows } = await sql.query<{ record: MemberRecord }>('SELECT record FROM members WHERE room_id = $1 AND member_id = $2 FOR UPDATE', [roomId, memberId]);
      const current = rows[0]?.record;
      if (!current) throw new RecordNotFoundError('member', `${roomId}/${memberId}`);
      const next = applyPatch(current, patch, memberRecordSchema, 'member', ['roomId', 'memberId']);
      await sql.query('UPDATE members SET record = $3 WHERE room_id = $1 AND member_id = $2', [roomId, memberId, JSON.stringify(next)]);
      return next;
    });
  }

  async markLeft(roomId: string, memberId: string): Promise<boolean> {
    this.db.checkOpen();
    const r = await this.db.run((sql) =>
      sql.query(`UPDATE members SET record = jsonb_set(record, '{left}', 'true') WHERE room_id = $1 AND member_id = $2`, [roomId, memberId]),
    );
    return (r.rowCount ?? 0) > 0;
  }

  listByRoom(roomId: string, opts: { includeLeft?: boolean } = {}): Promise<MemberRecord[]> {
    return this.#select(`WHERE room_id = $1 AND ($2 OR NOT (record->>'left')::boolean) ORDER BY seq`, [roomId, opts.includeLeft === true]);
  }

  list(opts: { includeLeft?: boolean } = {}): Promise<MemberRecord[]> {
    return this.#select(`WHERE $1 OR NOT (record->>'left')::boolean ORDER BY seq`, [opts.includeLeft === true]);
  }

  async #select(where: string, values: unknown[]): Promise<MemberRecord[]> {
    const { rows } = await this.db.run((sql) => sql.query<{ record: MemberRecord }>(`SELECT record FROM members ${where}`, values));
    return rows.map((r) => r.record);
  }
}
