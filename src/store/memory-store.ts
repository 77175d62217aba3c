/**
 * A store that keeps everything in memory, for tests and the sandbox; it persists nothing and is never used for
 * production data.
 */
import { MemoryArchive } from './archive.js';
import { composeStore, NOTHING_PERSISTED, type StoreOptions } from './compose-store.js';
import { checked, documentSchema, emptyDocument, type HotDocument } from './document.js';
import type { Store } from './ports.js';

/** Options of the in-memory store: the shared tuning, plus a starting document and archive for tests. */
export interface MemoryStoreOptions extends StoreOptions {
  initial?: HotDocument;
  archive?: MemoryArchive;
}

/** A store that keeps everything in memory: for tests and the sandbox, never for production data. */
export function createMemoryStore(opts: MemoryStoreOptions = {}): Store {
  const doc = opts.initial ? checked(documentSchema, 'document', opts.initial) : emptyDocument();
  return composeStore(doc, opts.archive ?? new MemoryArchive(), NOTHING_PERSISTED, opts).store;
}
