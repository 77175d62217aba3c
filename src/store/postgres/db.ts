/**
 * Where the PostgreSQL ports send their SQL: the pool for single calls, or one client inside `atomically`, so the ports
 * are written once; closing waits for calls in flight instead of cutting them off.
 */
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { StoreClosedError } from '../errors.js';
import { toStoreError, type DbTarget } from './pg-errors.js';
import { InFlight } from './in-flight.js';

/** One way to send SQL: the pool, or the one client of a transaction. */
export interface Sql {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: readonly unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * Where a port's SQL goes. The ports are written once against this and run either on
 * the pool (each call on its own) or inside `atomically` (every call on that one client).
 */
export interface Db {
  /** Runs statements that need no transaction of their own. */
  run<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Runs statements that must hold together: a transaction on the pool, a savepoint inside one. */
  unit<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Throws StoreClosedError once the store is closed: checked before every mutation. */
  checkOpen(): void;
}

/** Whether the store is closed, shared by the pool and every transaction. */
export interface OpenFlag {
  closed: boolean;
}

/**
 * The pool as a Db: statements go to any free connection; a unit is BEGIN … COMMIT on one.
 * `idle()` resolves once no call is in flight, so closing the pool never cuts one off.
 */
export function poolDb(pool: Pool, flag: OpenFlag, target: DbTarget): Db & { idle(): Promise<void> } {
  const inFlight = new InFlight();
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    if (flag.closed) throw new StoreClosedError();
    return inFlight.track(() => work().catch((err: unknown) => Promise.reject(toStoreError(err, target))));
  };
  return {
    idle: () => inFlight.idle(),
    // A pooled connection the server dropped while idle (a restart, a failover) fails the first
    // statement sent on it before it runs: that call is tried once more, on a fresh connection.
    run: (work) => guard(() => work(pool).catch((err: unknown) => (connectionLost(err) ? work(pool) : Promise.reject(err)))),
    unit: (work) =>
      guard(async () => {
        const client = await pool.connect();
        try {
          return await inTransaction(client, () => work(client));
        } finally {
          client.release();
        }
      }),
    checkOpen() {
      if (flag.closed) throw new StoreClosedError();
    },
  };
}

/** The server ended the connection (shut down, restarted, terminated the backend), as opposed to refusing a statement. */
export function connectionLost(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && ['57P01', '57P02', '57P03', 'ECONNRESET', 'EPIPE'].includes(e.code)) return true;
  return typeof e?.message === 'string' && /Connection terminated|Client has encountered a connection error/.test(e.message);
}

/** Runs work between BEGIN and COMMIT on one client; ROLLBACK if it rejects. */
export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/**
 * One client inside a transaction as a Db. Calls run one after another (a unit's
 * savepoint must not interleave with another call), and a unit that fails rolls back
 * to its savepoint only, so work that catches, say, a DuplicateCaseError can go on.
 */
export function clientDb(client: PoolClient, flag: OpenFlag, target: DbTarget): Db & { drain(): Promise<void>; end(): void } {
  let queue: Promise<unknown> = Promise.resolve();
  let savepoints = 0;
  let ended = false;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      // The client went back to the pool: a call now would run in someone else's transaction.
      if (ended) throw new Error('这次原子操作已结束，不能再使用它的端口。 The unit of work is over: use the store, not its ports.');
      if (flag.closed) throw new StoreClosedError();
      try {
        return await work();
      } catch (err) {
        throw toStoreError(err, target);
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    run: (work) => serial(() => work(client)),
    unit: (work) =>
      serial(async () => {
        const name = `qg_${(savepoints += 1)}`;
        await client.query(`SAVEPOINT ${name}`);
        try {
          const result = await work(client);
          await client.query(`RELEASE SAVEPOINT ${name}`);
          return result;
        } catch (err) {
          await client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
          throw err;
        }
      }),
    checkOpen() {
      if (flag.closed) throw new StoreClosedError();
    },
    /** Waits for every call started so far (and any they start), so a write the work fired without awaiting commits with it. */
    async drain() {
      for (let tail = queue; ; tail = queue) {
        await tail;
        if (tail === queue) return;
      }
    },
    end() {
      ended = true;
    },
  };
}
