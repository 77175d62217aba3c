/**
 * Turning database driver errors into the store's own errors (a lost server is a StoreWriteError like any store that
 * cannot persist), with the database named by its URL without the password.
 */
import { DuplicateCaseError, InvalidRecordError, RecordNotFoundError, StoreClosedError, StoreWriteError } from '../errors.js';

/** The store's own errors pass through unchanged; they already say what to do. */
const OWN_ERRORS = [DuplicateCaseError, InvalidRecordError, RecordNotFoundError, StoreClosedError, StoreWriteError];

/** How a database is named in messages: its URL without the password, and a scrubber for driver texts. */
export interface DbTarget {
  readonly shown: string;
  scrub(text: string): string;
}

/** SQLSTATE of a unique-key violation. */
export const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a driver error, if it has one. */
export function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/**
 * A database call failed (server gone, connection lost, out of space). A StoreWriteError,
 * so callers treat it as any store that cannot persist; the message speaks of the database.
 */
export class DatabaseWriteError extends StoreWriteError {
  constructor(target: DbTarget, options: { cause: unknown }) {
    super(target.shown, options);
    const why = target.scrub(options.cause instanceof Error ? options.cause.message : String(options.cause));
    this.message = `数据库操作失败：${target.shown}（${why}）。请检查数据库是否在运行、网络连接和账号权限。\nDatabase call failed: ${target.shown} (${why}). Check that the database is up, the network and the account's rights.`;
  }
}

/**
 * Turns a driver failure (connection lost, server gone, pool ended) into StoreWriteError
 * (DatabaseWriteError) naming the database by its redacted URL; the store's own errors are left as they are.
 */
export function toStoreError(err: unknown, target: DbTarget): Error {
  if (OWN_ERRORS.some((kind) => err instanceof kind)) return err as Error;
  if (err instanceof Error && err.message === 'Cannot use a pool after calling end on the pool') return new StoreClosedError();
  return new DatabaseWriteError(target, { cause: err });
}
