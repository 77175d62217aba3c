/**
 * `qunguard migrate`: moves a lowdb data folder into PostgreSQL and prints, in Chinese, what moved and the count check;
 * the exit code says whether the database now holds every record (0), a fixable mistake (2), or a failed check (1).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { DataPathError, StoreCorruptError } from '../store/errors.js';
import { DatabaseUrlError, redactDatabaseUrl } from '../store/postgres/database-url.js';
import { IMPORT_KINDS, ImportCheckError, ImportConflictError, importLowdbFolder, NothingToImportError, type ImportKind, type ImportReport } from '../store/postgres/import-lowdb.js';
import { DatabaseOpenError } from '../store/postgres/postgres-store.js';
import { NewerSchemaError } from '../store/postgres/run-migrations.js';

/** What `qunguard migrate` was asked for. */
export interface MigrateCommandOptions {
  /** The lowdb data folder. */
  from?: string;
  /** The PostgreSQL URL; default QUNGUARD_DATABASE_URL. */
  to?: string;
  /** Print one JSON object instead of the Chinese summary. */
  json?: boolean;
}

const LABEL: Record<ImportKind, string> = {
  cases: '案件',
  members: '成员',
  rooms: '群',
  seen: '已处理消息',
  state: '机器人状态',
  audit: '管理操作记录',
};

/** Mistakes the operator can fix (folder, URL, unreachable database, unreadable file, a database already in use): one message, exit 2. */
const OPERATOR_ERRORS = [ImportConflictError, DatabaseUrlError, DatabaseOpenError, NewerSchemaError, StoreCorruptError, DataPathError, NothingToImportError];

/**
 * `qunguard migrate --from data/ --to postgres://…`: moves a lowdb folder into PostgreSQL,
 * prints what it moved and the check of the counts. Exit 0 when the database holds every
 * record of the folder (also on a re-run that moved nothing), 2 for a mistake the operator
 * can fix, 1 when the check failed (everything rolled back).
 */
export async function runMigrate(opts: MigrateCommandOptions, out: Writable, err: Writable, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const to = opts.to ?? env.QUNGUARD_DATABASE_URL;
  if (!opts.from || !to) {
    err.write('migrate 需要 --from 数据目录 和 --to postgres://…（或设置 QUNGUARD_DATABASE_URL）\nmigrate needs --from DIR and --to postgres://… (or QUNGUARD_DATABASE_URL)\n');
    return 2;
  }
  const dir = resolve(opts.from);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    err.write(`数据目录不存在：${dir}\nData directory not found: ${dir}\n`);
    return 2;
  }
  let report: ImportReport;
  try {
    report = await importLowdbFolder(dir, to);
  } catch (e) {
    if (e instanceof ImportCheckError) {
      err.write(`${e.message}\n`);
      if (opts.json) out.write(`${JSON.stringify({ ok: false, from: dir, to: redactDatabaseUrl(to), counts: e.counts })}\n`);
      return 1;
    }
    if (OPERATOR_ERRORS.some((kind) => e instanceof kind)) {
      err.write(`${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
  for (const bad of report.badArchiveLines) err.write(`归档中的一行无法读取，已跳过：${bad.file}:${bad.line}（${bad.problem}）\n`);
  out.write(opts.json ? `${JSON.stringify({ ok: true, from: dir, to: redactDatabaseUrl(to), ...report })}\n` : summary(dir, redactDatabaseUrl(to), report));
  return 0;
}

/** The Chinese summary people read: per series what the folder held, what moved now, what the database holds. */
export function summary(from: string, to: string, r: ImportReport): string {
  const lines = [`已将 ${from} 迁移到 ${to}`];
  lines.push(r.migrationsRun.length > 0 ? `数据库结构：已执行 ${r.migrationsRun.length} 个升级步骤（版本 ${r.migrationsRun.map((m) => m.split(' ')[0]).join('、')}）` : '数据库结构：已是最新');
  for (const kind of IMPORT_KINDS) {
    const c = r.counts[kind];
    const archived = kind === 'cases' && r.archivedCases > 0 ? `（其中归档 ${r.archivedCases}）` : '';
    lines.push(`  ${LABEL[kind]}：源数据 ${c.source}${archived}，本次迁入 ${c.moved}，已在数据库 ${c.source - c.moved}，核对 ${c.inDatabase}/${c.source} ✓`);
  }
  lines.push(`下一个案件编号：${r.nextCaseId}`);
  if (r.badArchiveLines.length > 0) lines.push(`归档中有 ${r.badArchiveLines.length} 行无法读取，已跳过（见上方提示）`);
  const movedAny = IMPORT_KINDS.some((k) => r.counts[k].moved > 0);
  lines.push(movedAny ? '核对通过：数据库中的记录与源数据一致。' : '核对通过：所有记录此前已迁移，本次没有新增。');
  return `${lines.join('\n')}\n`;
}
