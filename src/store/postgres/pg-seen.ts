/**
 * Handled message ids on PostgreSQL: check-and-set in one INSERT, so when two accounts see the same message it is
 * moderated once.
 */
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
    // One statement, so one commit: NOT EXISTS first, so a repeat does not use up a sequence
    // number (the window stays exact); the same statement forgets what fell out of the window.
    const { rows } = await this.db.run((sql) =>
      sql.query(
        `WITH added AS (
           INSERT INTO seen_messages (message_id) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM seen_messages WHERE message_id = $1)
           ON CONFLICT (message_id) DO NOTHING RETURNING seq
         ), forgotten AS (
           DELETE FROM seen_messages WHERE seq <= (SELECT seq FROM added) - $2::bigint
         )
         SELECT 1 FROM added`,
        [messageId, this.limit],
      ),
    );
    return rows.length > 0;
  }
}
