import { afterEach } from 'vitest';
import { openPostgresStore, type PostgresStore, type PostgresStoreOptions } from '../../../src/store/postgres/postgres-store.js';
import { usePostgresServer } from '../../support/postgres-server.js';

/** A recording logger: what the store warned about. */
export interface RecordedLog {
  warnings: Array<{ fields: Record<string, unknown>; message: string }>;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** A logger that keeps every warning, for assertions. */
export function recordingLog(): RecordedLog {
  const warnings: RecordedLog['warnings'] = [];
  return { warnings, warn: (fields, message) => void warnings.push({ fields, message }) };
}

/**
 * One real PostgreSQL server for the test file, a fresh database per call of
 * `freshDatabase`, and every store opened through `open` closed after each test.
 */
export function usePostgres(): {
  freshDatabase(): Promise<string>;
  open(url: string, opts?: Partial<PostgresStoreOptions>): Promise<PostgresStore>;
} {
  const server = usePostgresServer();
  const opened: PostgresStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  return {
    freshDatabase: () => server.createDatabase(),
    async open(url, opts = {}) {
      const store = await openPostgresStore({ url, botName: 'test-bot', ...opts });
      opened.push(store);
      return store;
    },
  };
}

/**
 * The PostgreSQL store as one kind of the shared contract suite (test/store/fixtures.ts
 * STORE_KINDS): call it at a test file's top level; the server starts before the file's
 * tests and stops after them; each store gets a fresh database.
 */
export function postgresStoreKind(): { name: string; open(opts?: { seenLimit?: number; retentionMs?: number }): Promise<{ store: PostgresStore; cleanup: () => Promise<void> }> } {
  const server = usePostgresServer();
  return {
    name: 'postgres',
    async open(opts = {}) {
      const url = await server.createDatabase();
      const store = await openPostgresStore({ url, botName: 'contract', ...opts });
      return { store, cleanup: () => store.close() };
    },
  };
}
