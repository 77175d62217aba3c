import type { SeenMessages } from '../ports.js';
import type { Db } from './db.js';

/** Handled message ids on PostgreSQL: check-and-set is one INSERT, so two processes never both count a message. */
export class PgSeen implements SeenMessages {
  constructor(
    private readonly db: Db,
    private readonly limit: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`seen limit must be a positive integer, got ${limit}`);
  }

  async seen(messageId: string): Promise<boolean> {
    const { rows } = await this.db.run((sql) => sql.query('SELECT 1 FROM seen_messages WHERE message_id = $1', [messageId]));
    return rows.length > 0;
  }

  async markSeen(messageId: string): Promise<boolean> {
    this.db.checkOpen();
    return this.db.run(async (sql) => {
      // NOT EXISTS first, so a repeat does not use up a sequence number and the window stays exact.
      const { rows } = await sql.query<{ seq: string }>(
        `INSERT INTO seen_messages (message_id) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM seen_messages WHERE message_id = $1)
         ON CONFLICT (message_id) DO NOTHING RETURNING seq`,
        [messageId],
      );
      const seq = rows[0]?.seq;
      if (seq === undefined) return false;
      await sql.query('DELETE FROM seen_messages WHERE seq <= $1::bigint - $2', [seq, this.limit]);
      return true;
    });
  }
}
