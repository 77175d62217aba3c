import { DuplicateCaseError, InvalidRecordError, RecordNotFoundError, StoreClosedError, StoreWriteError } from '../errors.js';

/** The store's own errors pass through unchanged; they already say what to do. */
const OWN_ERRORS = [DuplicateCaseError, InvalidRecordError, RecordNotFoundError, StoreClosedError, StoreWriteError];

/** SQLSTATE of a unique-key violation. */
export const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a driver error, if it has one. */
export function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/**
 * Turns a driver failure (connection lost, server gone, pool ended) into StoreWriteError
 * naming the database by its redacted URL; the store's own errors are left as they are.
 */
export function toStoreError(err: unknown, target: string): Error {
  if (OWN_ERRORS.some((kind) => err instanceof kind)) return err as Error;
  if (err instanceof Error && err.message === 'Cannot use a pool after calling end on the pool') return new StoreClosedError();
  return new StoreWriteError(target, { cause: err });
}
