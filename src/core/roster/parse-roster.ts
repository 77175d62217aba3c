/**
 * Parse a roster CSV (header `name,department[,...]` or `姓名,部门[,...]`) into
 * a Roster. Pure: the caller reads the file and passes its text and path.
 */
import { cleanText, textKey } from '../nickname/clean-text.js';
import { readCsv, type CsvRecord } from './read-csv.js';
import { createRoster, type Roster, type RosterEntry } from './roster.js';
import { RosterError } from './roster-error.js';

export { RosterError } from './roster-error.js';

/** Header spellings accepted for the two required columns (compared case-insensitively). */
const NAME_HEADERS = ['name', '姓名'];
const DEPARTMENT_HEADERS = ['department', '部门'];
/** Optional id column: the person's WeChat or WeCom id. */
const ID_HEADERS = ['wxid', 'userid', 'wechat_id', '微信号', '微信id', '企业微信id'];

/** Two roster rows with the same name in the same department: the bot cannot tell those people apart. */
export interface RosterDuplicate {
  name: string;
  department: string;
  line: number;
  firstLine: number;
}

/**
 * Parse roster CSV text; any problem is a RosterError with `source`, the 1-based `line` and what to change.
 * Rows repeating a name within a department are kept and reported to `onDuplicate`.
 */
export function parseRosterCsv(text: string, source: string, onDuplicate?: (d: RosterDuplicate) => void): Roster {
  const fail = (line: number, detail: string): never => {
    throw new RosterError(source, line, detail);
  };
  return parseRosterRecords(readCsv(text, fail), source, onDuplicate);
}

/** The same rules over records already split into fields (a CSV file, or the rows of a spreadsheet with their row numbers). */
export function parseRosterRecords(records: readonly CsvRecord[], source: string, onDuplicate?: (d: RosterDuplicate) => void): Roster {
  const fail = (line: number, detail: string): never => {
    throw new RosterError(source, line, detail);
  };
  const [header, ...rows] = records;
  if (header === undefined) {
    return fail(1, '花名册为空：第一行应为表头，包含 name 和 department（或 姓名、部门）两列 / empty roster: the first line must be a header with name and department (or 姓名, 部门) columns');
  }
  const columns = header.fields.map((cell) => cleanText(cell));
  const lower = columns.map((c) => c.toLowerCase());
  columns.forEach((column, index) => {
    if (column !== '' && lower.indexOf(lower[index] as string) !== index) {
      fail(header.line, `表头有重复的列名“${column}”，请删除或改名 / duplicate header column "${column}": remove or rename it`);
    }
  });
  const nameAt = lower.findIndex((c) => NAME_HEADERS.includes(c));
  const departmentAt = lower.findIndex((c) => DEPARTMENT_HEADERS.includes(c));
  const idAt = lower.findIndex((c) => ID_HEADERS.includes(c));
  if (nameAt < 0) {
    fail(header.line, '表头缺少姓名列：请在第一行加上 name（或 姓名） / header has no name column: add "name" (or "姓名") to the first line');
  }
  if (departmentAt < 0) {
    fail(header.line, '表头缺少部门列：请在第一行加上 department（或 部门） / header has no department column: add "department" (or "部门") to the first line');
  }
  if (rows.length === 0) {
    fail(header.line + 1, '花名册只有表头，没有人员：请在表头下每行填写一人 / the roster has a header but no people: add one person per line below it');
  }

  const firstLines = new Map<string, number>();
  const entries: RosterEntry[] = rows.map((row) => {
    const extra = row.fields.slice(columns.length).filter((f) => f !== '');
    if (extra.length > 0) {
      fail(row.line, `这一行有 ${row.fields.length} 列，多于表头的 ${columns.length} 列：含逗号的内容请用双引号括起来 / this row has ${row.fields.length} fields but the header has ${columns.length}: put values containing commas in double quotes`);
    }
    const name = cleanText(row.fields[nameAt] ?? '');
    const department = cleanText(row.fields[departmentAt] ?? '');
    if (name === '') fail(row.line, '姓名为空：请填写姓名，或删除这一行 / empty name: fill in the name or delete the row');
    if (department === '') fail(row.line, '部门为空：请填写部门，或删除这一行 / empty department: fill in the department or delete the row');
    const id = idAt >= 0 ? (row.fields[idAt] ?? '').trim() : '';
    // Two people with the same name and department are told apart by their ids, when the roster has them.
    const identity = JSON.stringify([textKey(name), textKey(department), id]);
    const firstLine = firstLines.get(identity);
    if (firstLine === undefined) firstLines.set(identity, row.line);
    else onDuplicate?.({ name, department, line: row.line, firstLine });
    const fields: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (column !== '' && index !== nameAt && index !== departmentAt && index !== idAt) fields[column] = row.fields[index] ?? '';
    });
    return { name, department, ...(id !== '' ? { id } : {}), fields };
  });
  return createRoster(entries, source);
}
