/**
 * Reading a whole lowdb data folder (hot file and monthly archive) for the import, each record once, the way the lowdb
 * store itself reads it; unreadable archive lines are skipped and listed.
 */
import { auditRecordSchema } from '../../core/records.js';
import { join } from 'node:path';
import type { AuditRecord, CaseRecord, MemberRecord, RoomRecord } from '../../core/records.js';
import { storedCaseSchema } from '../document.js';
import { DEFAULT_DATA_FILE } from '../index.js';
import type { JsonValue } from '../ports.js';
import { JsonlArchive, type BadArchiveLine } from '../jsonl-archive.js';
import { readStoredDocument } from '../read-hot-file.js';

/** The folder has nothing to move: no hot file and no archive. */
export class NothingToImportError extends Error {
  override readonly name = 'NothingToImportError';
}

/** Everything in a lowdb folder, each record once, the way the lowdb store reads it. */
export interface LowdbFolderContent {
  cases: Array<{ record: CaseRecord; archived: boolean }>;
  /** Of the cases, how many are in the monthly archive (and not in the hot file). */
  archivedCaseCount: number;
  /** The highest case number handed out (the hot file's counter, or a higher id). */
  highestCase: number;
  members: MemberRecord[];
  rooms: RoomRecord[];
  seen: string[];
  state: Array<[string, JsonValue]>;
  audit: Array<{ record: AuditRecord; archived: boolean }>;
  badArchiveLines: BadArchiveLine[];
}

/**
 * Reads a lowdb data folder: the hot file (`qunguard.json`, old files migrated on read)
 * and the monthly JSONL archive (`archive/`). A case in both places (a crash
 * mid-archive) is one case and the hot copy wins; a repeated member, group or message id
 * is one record, the last read; unreadable archive lines are skipped and listed.
 */
export async function readLowdbFolder(dataDir: string): Promise<LowdbFolderContent> {
  const hot = (await readStoredDocument(dataDir, join(dataDir, DEFAULT_DATA_FILE)))?.document;
  const badArchiveLines: BadArchiveLine[] = [];
  const archive = new JsonlArchive(join(dataDir, 'archive'), (bad) => badArchiveLines.push(bad));
  const archivedCases = await archive.read('cases', storedCaseSchema);
  const archivedAudit = await archive.read('audit', auditRecordSchema);
  if (!hot && archivedCases.length === 0 && archivedAudit.length === 0) {
    throw new NothingToImportError(`数据目录中没有 ${DEFAULT_DATA_FILE}，也没有归档：${dataDir}\nNo ${DEFAULT_DATA_FILE} and no archive in ${dataDir}`);
  }
  const cases = new Map<string, { record: CaseRecord; archived: boolean }>();
  for (const c of archivedCases) cases.set(c.id, { record: c, archived: true });
  for (const c of hot?.cases ?? []) cases.set(c.id, { record: c, archived: false });
  let highestCase = (hot?.nextCase ?? 1) - 1;
  for (const id of cases.keys()) highestCase = Math.max(highestCase, Number(id.slice(1)));
  return {
    cases: [...cases.values()],
    archivedCaseCount: [...cases.values()].filter((c) => c.archived).length,
    highestCase,
    members: lastByKey(hot?.members ?? [], (m) => `${m.roomId}\u0000${m.memberId}`),
    rooms: lastByKey(hot?.rooms ?? [], (r) => r.roomId),
    seen: [...new Set(hot?.seen ?? [])],
    state: Object.entries(hot?.state ?? {}),
    audit: [...archivedAudit.map((record) => ({ record, archived: true })), ...(hot?.audit ?? []).map((record) => ({ record, archived: false }))],
    badArchiveLines,
  };
}

function lastByKey<T>(records: readonly T[], key: (r: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const r of records) byKey.set(key(r), r);
  return [...byKey.values()];
}
