/**
 * The roster as HR exports it: UTF-8 CSV, CSV saved by Excel in GBK, or an .xlsx
 * workbook (first sheet). Says what was read, for the log.
 */
import { extname } from 'node:path';
import { decodeRosterText } from '../core/roster/decode-roster-text.js';
import { parseRosterCsv, parseRosterRecords, type RosterDuplicate } from '../core/roster/parse-roster.js';
import type { Roster } from '../core/roster/roster.js';
import { PolicyError } from './policy-error.js';
import { readXlsxRows } from './read-xlsx-rows.js';
import { readPolicyFileBytes } from './read-text-file.js';

/** What was read from the roster file: shown in the log at start and on every reload. */
export interface RosterRead {
  file: string;
  format: 'csv' | 'xlsx';
  /** `utf-8`, `gb18030` (GBK) for CSV; `xlsx` for a workbook. */
  encoding: string;
  /** People (rows below the header). */
  rows: number;
  /** Header columns, as written. */
  columns: string[];
}

/** Reads and parses the roster at `path`; unreadable bytes are a PolicyError pointing at the `roster:` line. */
export function readRosterFile(
  path: string,
  referredFrom: { file: string; line: number | null },
  onDuplicate?: (d: RosterDuplicate) => void,
): { roster: Roster; read: RosterRead } {
  const bytes = readPolicyFileBytes(path, referredFrom);
  if (extname(path).toLowerCase() === '.xlsx') {
    let sheet;
    try {
      sheet = readXlsxRows(path);
    } catch (err) {
      throw new PolicyError(path, null, `无法读取 Excel 文件（${(err as Error).message}）；请确认它是 .xlsx 格式，或另存为 CSV`, { cause: err });
    }
    const roster = parseRosterRecords(sheet.rows, path, onDuplicate);
    return { roster, read: { file: path, format: 'xlsx', encoding: 'xlsx', rows: Math.max(0, sheet.rows.length - 1), columns: sheet.rows[0]?.fields ?? [] } };
  }
  const decoded = decodeRosterText(bytes);
  if (!decoded) throw new PolicyError(path, null, '花名册既不是 UTF-8 也不是 GBK 编码；请在 Excel 中“另存为” CSV UTF-8 或 .xlsx');
  const roster = parseRosterCsv(decoded.text, path, onDuplicate);
  const lines = decoded.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines.find((l) => l.trim() !== '') ?? '').split(',').map((c) => c.trim());
  return { roster, read: { file: path, format: 'csv', encoding: decoded.encoding, rows: roster.entries.length, columns: header } };
}
