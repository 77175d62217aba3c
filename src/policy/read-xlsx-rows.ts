/**
 * The rows of the first worksheet of an .xlsx file, read with exceljs. exceljs reads only
 * asynchronously and the policy loads synchronously (start-up, hot reload, CLI), so the
 * workbook is read in a short child process that prints the rows as JSON.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { CsvRecord } from '../core/roster/read-csv.js';

/** Runs in the child: argv[1] is exceljs's entry, argv[2] the workbook; prints `[{ line, fields }]`, cell text trimmed. */
const CHILD = `
const ExcelJS = require(process.argv[1]);
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const ws = wb.worksheets[0];
  const rows = [];
  if (ws) ws.eachRow({ includeEmpty: false }, (row, line) => {
    const fields = [];
    for (let c = 1; c <= row.cellCount; c += 1) fields.push(String(row.getCell(c).text ?? '').trim());
    if (fields.some((f) => f !== '')) rows.push({ line, fields });
  });
  process.stdout.write(JSON.stringify({ sheet: ws ? ws.name : null, rows }));
})().catch((err) => { process.stderr.write(String(err && err.message || err)); process.exit(1); });
`;

/** The rows read and the worksheet they came from (null: the workbook has no sheet). */
export interface XlsxRows {
  sheet: string | null;
  rows: CsvRecord[];
}

/** Reads the first worksheet; throws an Error with exceljs's reason when the file is not a readable workbook. */
export function readXlsxRows(path: string): XlsxRows {
  const exceljs = createRequire(import.meta.url).resolve('exceljs');
  try {
    const out = execFileSync(process.execPath, ['-e', CHILD, exceljs, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out) as XlsxRows;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr;
    throw new Error(stderr && stderr.trim() !== '' ? stderr.trim() : String(err), { cause: err });
  }
}
