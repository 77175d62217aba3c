/**
 * Cases on PostgreSQL, shared by every account: numbers come from one sequence so two processes never give out the same
 * case id, and lists keep the embedded store's order.
 */
import type { CaseRecord } from '../../core/records.js';
import { archivable } from '../../core/cases/archivable.js';
import { storedCaseSchema, checked } from '../document.js';
import { DuplicateCaseError, RecordNotFoundError } from '../errors.js';
import { applyPatch } from '../patch.js';
import type { CaseStore, Patch } from '../ports.js';
import type { Db, Sql } from './db.js';
import { msBound } from './ms-bound.js';
import { sqlState, UNIQUE_VIOLATION } from './pg-errors.js';

/** Advisory lock key taken while the case sequence is moved past an id added directly. */
const SEQUENCE_LOCK_KEY = 7_865_487_274;

/** Oldest first, ties by case number: the embedded store's order. */
const ORDER = 'ORDER BY created_at, num';

/** Cases waiting on the admins (core/cases/awaits-decision.ts says which statuses). */
const PENDING = `status IN ('pending_decision', 'appealed')`;

const caseNumber = (id: string): number => Number(id.slice(1));

/** The indexed columns beside the record, in the order the INSERT and UPDATE list them. */
function columns(c: CaseRecord): unknown[] {
  return [c.id, caseNumber(c.id), c.roomId, c.memberId, c.at, c.status, c.messageId, JSON.stringify(c)];
}

/** Cases on PostgreSQL: numbers from a sequence, the hot set is every case not archived. */
export class PgCases implements CaseStore {
  constructor(private readonly db: Db) {}

  async nextCaseId(): Promise<string> {
    this.db.checkOpen();
    const { rows } = await this.db.run((sql) => sql.query<{ n: string }>(`SELECT nextval('case_number') AS n`));
    return `C${rows[0]!.n}`;
  }

  async add(record: CaseRecord): Promise<void> {
    this.db.checkOpen();
    const c = checked(storedCaseSchema, 'case', record);
    await this.db.unit(async (sql) => {
      try {
        await sql.query('INSERT INTO cases (id, num, room_id, member_id, created_at, status, message_id, record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', columns(c));
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION) throw new DuplicateCaseError(c.id);
        throw err;
      }
      await movePast(sql, caseNumber(c.id));
    });
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    return (await this.#select('WHERE id = $1 AND NOT archived', [id]))[0];
  }

  async update(id: string, patch: Patch<CaseRecord>): Promise<CaseRecord> {
    this.db.checkOpen();
    return this.db.unit(async (sql) => {
      const { rows } = await sql.query<{ record: CaseRecord }>('SELECT record FROM cases WHERE id = $1 AND NOT archived FOR UPDATE', [id]);
      const current = rows[0]?.record;
      if (!current) throw new RecordNotFoundError('case', id);
      const next = applyPatch(current, patch, storedCaseSchema, 'case', ['id']);
      await sql.query('UPDATE cases SET num = $2, room_id = $3, member_id = $4, created_at = $5, status = $6, message_id = $7, record = $8 WHERE id = $1', columns(next));
      return next;
    });
  }

  byMember(roomId: string, memberId: string, sinceMs?: number): Promise<CaseRecord[]> {
    return this.#select(`WHERE member_id = $1 AND room_id = $2 AND NOT archived AND created_at >= $3 ${ORDER}`, [memberId, roomId, msBound(sinceMs, 0)]);
  }

  byMemberEverywhere(memberId: string, sinceMs?: number): Promise<CaseRecord[]> {
    return this.#select(`WHERE member_id = $1 AND NOT archived AND created_at >= $2 ${ORDER}`, [memberId, msBound(sinceMs, 0)]);
  }

  byRoom(roomId: string, sinceMs?: number): Promise<CaseRecord[]> {
    return this.#select(`WHERE room_id = $1 AND NOT archived AND created_at >= $2 ${ORDER}`, [roomId, msBound(sinceMs, 0)]);
  }

  async findByMessageId(messageId: string): Promise<CaseRecord | undefined> {
    return (await this.#select(`WHERE message_id = $1 AND NOT archived ${ORDER} LIMIT 1`, [messageId]))[0];
  }

  all(sinceMs?: number, untilMs?: number): Promise<CaseRecord[]> {
    return this.#select(`WHERE created_at >= $1 AND ($2::bigint IS NULL OR created_at < $2) ${ORDER}`, [msBound(sinceMs, 0), msBound(untilMs, null)]);
  }

  pending(): Promise<CaseRecord[]> {
    return this.#select(`WHERE NOT archived AND ${PENDING} ${ORDER}`, []);
  }

  /** Marks closed or overturned cases opened before cutoffMs as archived; returns how many. */
  /** Marks settled cases opened before cutoffMs as archived; which ones is core's `archivable` (a removal stays hot). */
  async archive(sql: Sql, cutoffMs: number): Promise<number> {
    const { rows } = await sql.query<{ record: CaseRecord }>(`SELECT record FROM cases WHERE NOT archived AND status IN ('closed', 'overturned') AND created_at < $1`, [msBound(cutoffMs, null)]);
    const ids = rows.map((r) => r.record).filter((c) => archivable(c, cutoffMs)).map((c) => c.id);
    if (ids.length === 0) return 0;
    const r = await sql.query('UPDATE cases SET archived = true WHERE id = ANY($1::text[]) AND NOT archived', [ids]);
    return r.rowCount ?? 0;
  }

  async #select(where: string, values: unknown[]): Promise<CaseRecord[]> {
    const { rows } = await this.db.run((sql) => sql.query<{ record: CaseRecord }>(`SELECT record FROM cases ${where}`, values));
    return rows.map((r) => r.record);
  }
}

/**
 * Moves the sequence past a case number added directly (a migrated case), so the next
 * id handed out is higher. Under an advisory lock, so two processes never move it back.
 */
export async function movePast(sql: Sql, num: number): Promise<void> {
  const highest = async (): Promise<number> => {
    const { rows } = await sql.query<{ highest: string }>(`SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END AS highest FROM case_number`);
    return Number(rows[0]!.highest);
  };
  if ((await highest()) >= num) return;
  await sql.query('SELECT pg_advisory_xact_lock($1)', [SEQUENCE_LOCK_KEY]);
  if ((await highest()) < num) await sql.query(`SELECT setval('case_number', $1, true)`, [num]);
}
