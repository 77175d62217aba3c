/**
 * The work behind `qunguard migrate`: moving a lowdb data folder into PostgreSQL series by series, then checking that the
 * database holds every record; on a failed check or a numbering conflict nothing is kept.
 */
import pg from 'pg';
import type { BadArchiveLine } from '../jsonl-archive.js';
import { inTransaction, type Sql } from './db.js';
import { parseDatabaseUrl, withoutPassword } from './database-url.js';
import { MIGRATIONS } from './migrations.js';
import { movePast } from './pg-cases.js';
import { DatabaseOpenError } from './postgres-store.js';
import { readLowdbFolder, type LowdbFolderContent } from './read-lowdb-folder.js';
import { runMigrations } from './run-migrations.js';

export { NothingToImportError } from './read-lowdb-folder.js';

/** What is moved, one series of records each. */
export const IMPORT_KINDS = ['cases', 'members', 'rooms', 'seen', 'state', 'audit'] as const;

/** One series of records. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** For one series: how many records the folder holds, how many this run inserted, and how many of the folder's the database now has. */
export interface ImportCount {
  source: number;
  moved: number;
  inDatabase: number;
}

/** What one run of the import did, series by series. */
export interface ImportReport {
  counts: Record<ImportKind, ImportCount>;
  /** Of the folder's cases, how many came from the monthly archive. */
  archivedCases: number;
  /** The id the next new case will get. */
  nextCaseId: string;
  migrationsRun: string[];
  badArchiveLines: BadArchiveLine[];
}

/** The database does not hold what the folder does after the import: nothing was kept. */
export class ImportCheckError extends Error {
  override readonly name = 'ImportCheckError';
  constructor(readonly counts: Record<ImportKind, ImportCount>) {
    const wrong = IMPORT_KINDS.filter((k) => counts[k].inDatabase !== counts[k].source)
      .map((k) => `${k}: 源 ${counts[k].source}，数据库 ${counts[k].inDatabase}`)
      .join('；');
    super(`迁移核对失败（${wrong}），已全部撤销，数据库未被改动。\nMigration check failed (${wrong}); rolled back, the database is unchanged.`);
  }
}

/** The database already has other cases under the folder's numbers (the bot ran on it first): nothing was kept. */
export class ImportConflictError extends Error {
  override readonly name = 'ImportConflictError';
  constructor(readonly caseIds: string[]) {
    const shown = caseIds.join('、');
    super(
      `数据库中已有编号相同但内容不同的案件（${shown}），迁移已全部撤销。请迁移到一个空数据库，或在机器人使用该数据库之前迁移。\n` +
        `The database already holds different cases under the same ids (${caseIds.join(', ')}); rolled back. Migrate into an empty database, before the bot uses it.`,
    );
  }
}

const BATCH = 1000;

/**
 * Moves a lowdb data folder (the hot file, old files migrated on read, and the monthly
 * archive) into PostgreSQL in one transaction. Every insert skips what is already there,
 * so a re-run moves nothing twice and never overwrites what the bot wrote since. Before
 * committing it checks that the database holds every record of the folder (else it rolls
 * back and throws ImportCheckError) and that no case number already belongs to another
 * case (else ImportConflictError: skipping it would lose the folder's case).
 */
export async function importLowdbFolder(dataDir: string, databaseUrl: string): Promise<ImportReport> {
  const url = parseDatabaseUrl(databaseUrl);
  const source = await readLowdbFolder(dataDir);

  const pool = new pg.Pool({ connectionString: url.url, max: 2, application_name: 'qunguard:migrate' });
  pool.on('error', () => undefined);
  try {
    let migrationsRun: string[];
    try {
      migrationsRun = await runMigrations(pool, MIGRATIONS);
    } catch (err) {
      throw new DatabaseOpenError(url.redacted, err instanceof Error ? withoutPassword(err.message, url.url) : String(err), { cause: err });
    }
    const client = await pool.connect();
    try {
      const { counts, nextCaseId } = await inTransaction(client, async () => {
        const counts = await insertAll(client, source);
        const clashes = await clashingCases(client, source);
        if (clashes.length > 0) throw new ImportConflictError(clashes);
        if (IMPORT_KINDS.some((k) => counts[k].inDatabase !== counts[k].source)) throw new ImportCheckError(counts);
        // Only after the check: a sequence is not rolled back with the transaction.
        await movePast(client, source.highestCase);
        const { rows } = await client.query<{ next: string }>(`SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS next FROM case_number`);
        return { counts, nextCaseId: `C${rows[0]!.next}` };
      });
      return { counts, archivedCases: source.archivedCaseCount, nextCaseId, migrationsRun, badArchiveLines: source.badArchiveLines };
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

async function insertAll(sql: Sql, src: LowdbFolderContent): Promise<Record<ImportKind, ImportCount>> {
  const { members, rooms, seen, state } = src;
  return {
    cases: {
      source: src.cases.length,
      moved: await inBatches(src.cases, (batch) =>
        sql.query(
          `INSERT INTO cases (id, num, room_id, member_id, created_at, status, message_id, archived, record)
           SELECT e.r->>'id', substr(e.r->>'id', 2)::bigint, e.r->>'roomId', e.r->>'memberId', (e.r->>'at')::bigint, e.r->>'status', e.r->>'messageId', e.archived, e.r
           FROM jsonb_to_recordset($1::jsonb) AS e(r jsonb, archived boolean)
           ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(batch.map((c) => ({ r: c.record, archived: c.archived })))],
        ),
      ),
      inDatabase: await countWhere(sql, 'SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::text[])', [src.cases.map((c) => c.record.id)]),
    },
    members: {
      source: members.length,
      moved: await inBatches(members, (batch) =>
        sql.query(
          `INSERT INTO members (room_id, member_id, record)
           SELECT r->>'roomId', r->>'memberId', r FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(r, i) ORDER BY i
           ON CONFLICT (room_id, member_id) DO NOTHING`,
          [JSON.stringify(batch)],
        ),
      ),
      inDatabase: await countWhere(sql, 'SELECT count(*)::int AS n FROM members m JOIN unnest($1::text[], $2::text[]) AS s(room_id, member_id) USING (room_id, member_id)', [
        members.map((m) => m.roomId),
        members.map((m) => m.memberId),
      ]),
    },
    rooms: {
      source: rooms.length,
      moved: await inBatches(rooms, (batch) =>
        sql.query(
          `INSERT INTO rooms (room_id, record) SELECT r->>'roomId', r FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(r, i) ORDER BY i
           ON CONFLICT (room_id) DO NOTHING`,
          [JSON.stringify(batch)],
        ),
      ),
      inDatabase: await countWhere(sql, 'SELECT count(*)::int AS n FROM rooms WHERE room_id = ANY($1::text[])', [rooms.map((r) => r.roomId)]),
    },
    seen: {
      source: seen.length,
      moved: await inBatches(seen, (batch) =>
        sql.query('INSERT INTO seen_messages (message_id) SELECT id FROM unnest($1::text[]) WITH ORDINALITY AS s(id, i) ORDER BY i ON CONFLICT DO NOTHING', [batch]),
      ),
      inDatabase: await countWhere(sql, 'SELECT count(*)::int AS n FROM seen_messages WHERE message_id = ANY($1::text[])', [seen]),
    },
    state: {
      source: state.length,
      moved: await inBatches(state, (batch) =>
        sql.query(`INSERT INTO state (key, value) SELECT key, value FROM jsonb_each($1::jsonb) ON CONFLICT (key) DO NOTHING`, [JSON.stringify(Object.fromEntries(batch))]),
      ),
      inDatabase: await countWhere(sql, 'SELECT count(*)::int AS n FROM state WHERE key = ANY($1::text[])', [state.map(([k]) => k)]),
    },
    audit: await importAudit(sql, src.audit),
  };
}

/** Audit entries have no id: identical entries are one (as the lowdb store lists them), matched by their content's key. */
async function importAudit(sql: Sql, audit: LowdbFolderContent['audit']): Promise<ImportCount> {
  const all = JSON.stringify(audit.map((a) => a.record));
  const moved = await inBatches(audit, (batch) =>
    sql.query(
      `INSERT INTO audit (at, archived, record)
       SELECT (e.x->'r'->>'at')::bigint, (e.x->>'archived')::boolean, e.x->'r' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(x, i) ORDER BY e.i
       ON CONFLICT (entry_key) DO NOTHING`,
      [JSON.stringify(batch.map((a) => ({ r: a.record, archived: a.archived })))],
    ),
  );
  return {
    source: await countWhere(sql, 'SELECT count(DISTINCT md5(r::text))::int AS n FROM jsonb_array_elements($1::jsonb) AS r', [all]),
    moved,
    inDatabase: await countWhere(sql, 'SELECT count(*)::int AS n FROM audit WHERE entry_key IN (SELECT md5(r::text) FROM jsonb_array_elements($1::jsonb) AS r)', [all]),
  };
}

/**
 * Cases of the folder whose id the database gives to another case (another time or
 * group): skipping those would lose them silently, so the import stops. At most five.
 */
async function clashingCases(sql: Sql, src: LowdbFolderContent): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < src.cases.length && out.length < 5; i += BATCH) {
    const batch = src.cases.slice(i, i + BATCH).map((c) => ({ id: c.record.id, at: c.record.at, room: c.record.roomId }));
    const { rows } = await sql.query<{ id: string }>(
      `SELECT c.id FROM cases c JOIN jsonb_to_recordset($1::jsonb) AS s(id text, at bigint, room text) ON c.id = s.id
       WHERE c.created_at <> s.at OR c.room_id <> s.room ORDER BY c.num LIMIT 5`,
      [JSON.stringify(batch)],
    );
    out.push(...rows.map((r) => r.id));
  }
  return out.slice(0, 5);
}

async function inBatches<T>(items: readonly T[], insert: (batch: T[]) => Promise<{ rowCount: number | null }>): Promise<number> {
  let n = 0;
  for (let i = 0; i < items.length; i += BATCH) n += (await insert(items.slice(i, i + BATCH))).rowCount ?? 0;
  return n;
}

async function countWhere(sql: Sql, text: string, values: unknown[]): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(text, values);
  return rows[0]?.n ?? 0;
}
