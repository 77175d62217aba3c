import { createMemoryStore } from '../../src/store/memory-store.js';
import { openStore, type LowdbStoreOptions } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/ports.js';
import { tempDir } from '../support/temp-dir.js';

export { DAY, makeAudit, makeCase, makeMember, makeRoom, NOW } from '../support/records.js';
export { tempDir } from '../support/temp-dir.js';

/** One store implementation under test: how to open it, and how to clean up after. */
export interface StoreKind {
  name: string;
  open(opts?: LowdbStoreOptions): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

/** Both implementations, for the shared contract suite. */
export const STORE_KINDS: StoreKind[] = [
  { name: 'memory', open: async (opts) => ({ store: createMemoryStore(opts), cleanup: async () => {} }) },
  {
    name: 'lowdb',
    open: async (opts) => {
      const t = await tempDir();
      const store = await openStore(t.dir, opts);
      return {
        store,
        cleanup: async () => {
          await store.close();
          await t.cleanup();
        },
      };
    },
  },
];
