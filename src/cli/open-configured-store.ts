/**
 * The one choice of store for every command that reads or writes it (`start` on a real
 * account, the sandbox console, `digest`): PostgreSQL when QUNGUARD_DATABASE_URL is set
 * (several accounts share it, no folder lock), else the lowdb data folder with its lock.
 */
import { resolve } from 'node:path';
import { createMemoryStore, openStore, type Store, type StoreWarning, type StoreWriteError } from '../store/index.js';
import { redactDatabaseUrl } from '../store/postgres/database-url.js';
import { openPostgresStore, type StoreLog } from '../store/postgres/postgres-store.js';

/** Where the command's data lives, as the configuration and the command line say. */
export interface StoreChoice {
  /** QUNGUARD_DATABASE_URL (validated with the config); null: the data folder. */
  databaseUrl: string | null;
  /** QUNGUARD_BOT_NAME: names this account's database connections. */
  botName: string;
  /** The lowdb data folder; null keeps the data in memory (the sandbox without --data). */
  dataDir: string | null;
  /** Read only, while the bot may run (`digest`): the folder is opened without its lock. */
  readOnly?: boolean;
  onWarning?: (warning: StoreWarning) => void;
  onWriteError?: (error: StoreWriteError) => void;
  /** Where the PostgreSQL store reports a lost connection or an unreadable state value. */
  log?: StoreLog;
}

/** An opened store and what people are told about it. */
export interface ConfiguredStore {
  store: Store;
  kind: 'postgres' | 'lowdb' | 'memory';
  /** True when other accounts may share it: the bot then elects a speaker per group and runs schedules once. */
  shared: boolean;
  /** Where the data is, for people: the URL without its password, or the folder. */
  where: string;
  /** The schema migrations this open ran (PostgreSQL; empty when the schema was current). */
  migrationsRun: string[];
}

/**
 * Opens the configured store. Throws DatabaseUrlError / DatabaseOpenError (PostgreSQL: bad
 * URL, unreachable server, wrong password; messages never carry the password), and for the
 * folder DataLockedError, DataPathError, StoreCorruptError or StoreWriteError.
 */
export async function openConfiguredStore(choice: StoreChoice): Promise<ConfiguredStore> {
  if (choice.databaseUrl) {
    const store = await openPostgresStore({ url: choice.databaseUrl, botName: choice.botName, ...(choice.log ? { log: choice.log } : {}) });
    return { store, kind: 'postgres', shared: true, where: redactDatabaseUrl(choice.databaseUrl), migrationsRun: store.migrationsRun };
  }
  if (choice.dataDir === null) return { store: createMemoryStore(), kind: 'memory', shared: false, where: '内存', migrationsRun: [] };
  const store = await openStore(choice.dataDir, {
    ...(choice.readOnly ? { lock: false } : {}),
    ...(choice.onWarning ? { onWarning: choice.onWarning } : {}),
    ...(choice.onWriteError ? { onWriteError: choice.onWriteError } : {}),
  });
  return { store, kind: 'lowdb', shared: false, where: resolve(choice.dataDir), migrationsRun: [] };
}

/** What the user is told at start: which store, and which schema migrations ran. */
export function storeSummary(opened: ConfiguredStore): string[] {
  if (opened.kind === 'memory') return ['数据存储：内存（退出后丢弃）'];
  if (opened.kind === 'lowdb') return [`数据存储：数据目录 ${opened.where}（lowdb 文件，本进程独占）`];
  const migrations = opened.migrationsRun.length > 0 ? `已执行 ${opened.migrationsRun.length} 个升级步骤：${opened.migrationsRun.join('、')}` : '已是最新，无需升级';
  return [`数据存储：PostgreSQL ${opened.where}（多个账号可共享）`, `数据库结构：${migrations}`];
}
