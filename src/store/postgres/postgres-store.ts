/**
 * The store for several accounts on one shared PostgreSQL database (QUNGUARD_DATABASE_URL): the same ports as the
 * embedded store, so the bot's code does not know which one it runs on.
 */
import pg from 'pg';
import { DEFAULT_RETENTION_MS, DEFAULT_SEEN_LIMIT } from '../index.js';
import type { ArchiveResult, Store, StorePorts } from '../ports.js';
import { clientDb, inTransaction, poolDb, type Db, type OpenFlag } from './db.js';
import { parseDatabaseUrl, withoutPassword } from './database-url.js';
import { MIGRATIONS } from './migrations.js';
import { PgAudit } from './pg-audit.js';
import { PgCases } from './pg-cases.js';
import { PgLeases } from './pg-leases.js';
import { PgMembers } from './pg-members.js';
import { PgRooms } from './pg-rooms.js';
import { PgSeen } from './pg-seen.js';
import { PgState } from './pg-state.js';
import { runMigrations } from './run-migrations.js';
import { toStoreError } from './pg-errors.js';
import { InFlight } from './in-flight.js';

/** The little a store needs from a logger (pino's signature), so tests can pass a recorder. */
export interface StoreLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

/** What opening a PostgreSQL store takes. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/db`; the password is never logged or shown. */
  url: string;
  /** This account (QUNGUARD_BOT_NAME): names the connections, so an operator sees who is who. */
  botName: string;
  /** Closed/overturned cases and audit entries older than this are archived (default 30 days). */
  retentionMs?: number;
  /** How many handled message ids are remembered for dedup (default 5000). */
  seenLimit?: number;
  log?: StoreLog;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

/** A PostgreSQL store, and what its schema migrations did at this open. */
export type PostgresStore = Store & { readonly migrationsRun: string[] };

/** The database could not be reached or prepared at open: the URL shown without its password. */
export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
  constructor(target: string, why: string, options?: { cause?: unknown }) {
    super(`无法打开数据库 ${target}（${why}）。请检查地址、用户名密码，以及数据库是否在运行。\nCannot open database ${target} (${why}).`, options);
  }
}

/**
 * Opens the store on PostgreSQL: connects, brings the schema up to date (under an
 * advisory lock, so several accounts can start together) and returns the ports. Every
 * mutation is committed when its promise resolves; `atomically` is one transaction.
 */
export async function openPostgresStore(opts: PostgresStoreOptions): Promise<PostgresStore> {
  const url = parseDatabaseUrl(opts.url);
  const retention = checkRetention(opts.retentionMs ?? DEFAULT_RETENTION_MS);
  const seenLimit = opts.seenLimit ?? DEFAULT_SEEN_LIMIT;
  if (!Number.isInteger(seenLimit) || seenLimit < 1) throw new RangeError(`seen limit must be a positive integer, got ${seenLimit}`);
  const pool = new pg.Pool({ connectionString: url.url, max: opts.poolSize ?? 10, application_name: `qunguard:${opts.botName}`.slice(0, 63) });
  pool.on('error', (err) => opts.log?.warn({ err: withoutPassword(err.message, url.url) }, 'database connection lost'));
  let migrationsRun: string[];
  try {
    migrationsRun = await runMigrations(pool, MIGRATIONS);
  } catch (err) {
    await pool.end().catch(() => undefined);
    const why = err instanceof Error ? withoutPassword(err.message, url.url) : String(err);
    throw new DatabaseOpenError(url.redacted, why, { cause: err });
  }
  const flag: OpenFlag = { closed: false };
  const onBadState = (key: string, problem: string): void => opts.log?.warn({ key, problem }, 'stored state value fails its check; read as unset');
  const portsOn = (db: Db): StorePorts & { cases: PgCases; audit: PgAudit } => ({
    cases: new PgCases(db),
    members: new PgMembers(db),
    rooms: new PgRooms(db),
    seen: new PgSeen(db, seenLimit),
    state: new PgState(db, onBadState),
    audit: new PgAudit(db),
  });
  const target = { shown: url.redacted, scrub: (text: string) => withoutPassword(text, url.url) };
  const db = poolDb(pool, flag, target);
  const ports = portsOn(db);
  // Units and archive runs hold a connection of their own, outside `db`'s count: close() waits for both.
  const units = new InFlight();
  const track = <T>(work: () => Promise<T>): Promise<T> => units.track(work);
  let closing: Promise<void> | null = null;

  return {
    ...ports,
    leases: new PgLeases(db),
    migrationsRun,
    atomically: <T>(work: (tx: StorePorts) => Promise<T>): Promise<T> =>
      track(async () => {
        db.checkOpen();
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (err) {
          throw toStoreError(err, target);
        }
        // A connection lost mid-transaction fails the query in flight; without a listener it would also end the process.
        let lost: Error | undefined;
        const onLost = (err: Error): void => {
          lost = err;
          opts.log?.warn({ err: withoutPassword(err.message, url.url) }, 'database connection lost in a transaction');
        };
        client.on('error', onLost);
        try {
          let workFailed = false;
          const txDb = clientDb(client, flag, target);
          const run = async (): Promise<T> => {
            try {
              const result = await work(portsOn(txDb));
              // A write the work started and did not await (the outbox journal's) belongs to this transaction too.
              await txDb.drain();
              return result;
            } catch (err) {
              workFailed = true;
              throw err;
            } finally {
              txDb.end();
            }
          };
          // The work's own rejection goes back as it is; a failed BEGIN or COMMIT is the store's error.
          return await inTransaction(client, run).catch((err: unknown) => {
            throw workFailed ? err : toStoreError(err, target);
          });
        } finally {
          client.off('error', onLost);
          // A broken connection is dropped, not handed to the next caller.
          client.release(lost);
        }
      }),
    archive: (nowMs: number, archiveOpts: { retentionMs?: number } = {}): Promise<ArchiveResult> =>
      track(async () => {
        const cutoff = nowMs - checkRetention(archiveOpts.retentionMs ?? retention);
        return db.unit(async (sql) => ({ cases: await ports.cases.archive(sql, cutoff), audit: await ports.audit.archive(sql, cutoff) }));
      }),
    // Every mutation is committed before its promise resolves: nothing waits to be written.
    flush: async () => undefined,
    close(): Promise<void> {
      closing ??= (async () => {
        await units.idle();
        flag.closed = true;
        // Calls already sent finish first (new ones are refused): pool.end() would wait for them forever.
        await db.idle();
        await pool.end();
      })();
      return closing;
    },
  };
}

function checkRetention(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`retentionMs must be >= 0, got ${ms}`);
  return ms;
}
