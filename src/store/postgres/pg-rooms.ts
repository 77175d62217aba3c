/** The groups the bots know on PostgreSQL, shared by every account, listed in the order they were first recorded. */
import { roomRecordSchema } from '../../core/records.js';
import type { RoomRecord } from '../../core/records.js';
import { checked } from '../document.js';
import { RecordNotFoundError } from '../errors.js';
import { applyPatch } from '../patch.js';
import type { Patch, RoomStore } from '../ports.js';
import type { Db } from './db.js';

/** The groups on PostgreSQL, listed in the order they were first recorded in. */
export class PgRooms implements RoomStore {
  constructor(private readonly db: Db) {}

  async get(roomId: string): Promise<RoomRecord | undefined> {
    const { rows } = await this.db.run((sql) => sql.query<{ record: RoomRecord }>('SELECT record FROM rooms WHERE room_id = $1', [roomId]));
    return rows[0]?.record;
  }

  async upsert(record: RoomRecord): Promise<void> {
    this.db.checkOpen();
    const r = checked(roomRecordSchema, 'room', record);
    await this.db.run((sql) =>
      sql.query('INSERT INTO rooms (room_id, record) VALUES ($1, $2) ON CONFLICT (room_id) DO UPDATE SET record = EXCLUDED.record', [r.roomId, JSON.stringify(r)]),
    );
  }

  async update(roomId: string, patch: Patch<RoomRecord>): Promise<RoomRecord> {
    this.db.checkOpen();
    return this.db.unit(async (sql) => {
      const { rows } = await sql.query<{ record: RoomRecord }>('SELECT record FROM rooms WHERE room_id = $1 FOR UPDATE', [roomId]);
      const current = rows[0]?.record;
      if (!current) throw new RecordNotFoundError('room', roomId);
      const next = applyPatch(current, patch, roomRecordSchema, 'room', ['roomId']);
      await sql.query('UPDATE rooms SET record = $2 WHERE room_id = $1', [roomId, JSON.stringify(next)]);
      return next;
    });
  }

  async list(): Promise<RoomRecord[]> {
    const { rows } = await this.db.run((sql) => sql.query<{ record: RoomRecord }>('SELECT record FROM rooms ORDER BY seq'));
    return rows.map((r) => r.record);
  }
}
