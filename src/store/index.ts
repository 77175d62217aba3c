/** The store's public surface: ports, the two implementations, errors and the archive helpers. */
export type * from './ports.js';
export { createMemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { openStore, DEFAULT_DATA_FILE, DEFAULT_WRITE_DELAY_MS, type LowdbStoreOptions } from './lowdb-store.js';
export { DEFAULT_RETENTION_MS, type StoreOptions } from './compose-store.js';
export { DEFAULT_SEEN_LIMIT } from './seen-set.js';
export { MemoryArchive, monthKey, type Archive, type ArchiveKind } from './archive.js';
export { JsonlArchive } from './jsonl-archive.js';
export { DOCUMENT_VERSION, type HotDocument } from './document.js';
export {
  StoreCorruptError,
  StoreWriteError,
  StoreClosedError,
  RecordNotFoundError,
  DuplicateCaseError,
  InvalidRecordError,
  DataPathError,
  type CorruptReason,
  type DataPathReason,
} from './errors.js';
export { acquireDataLock, DataLockedError, LOCK_FILE, type DataLock, type LockHolder } from './data-lock.js';
export { unreadableStateWarning, type StoreWarning } from './store-warning.js';
export { stateEntry, stateFamily, type StateEntry, type StateFamily } from './state-entry.js';
