/**
 * QunGuard's own labelled evaluation set (test/fixtures/labelled/*.tsv): one
 * file per workplace, each row a realistic work-chat message with the
 * categories a careful moderator expects. Read here, under bench/, so both the
 * tests and `node dist/bench/labelled-report.js` use the same parser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../src/config/package-root.js';

/** Every category a row may expect: the dictionary categories, the personal-data detectors and secrets. */
export const LABEL_CATEGORIES = [
  'confidential', 'gambling', 'porn', 'violence', 'ads', 'abuse', 'rumour',
  'cn_id', 'cn_mobile', 'bank_card', 'email', 'credential',
] as const;

/** A category a labelled row may expect. */
export type LabelCategory = (typeof LABEL_CATEGORIES)[number];

/** Kinds of violation: the message must produce every expected category. */
export const VIOLATION_KINDS = ['explicit', 'disguised', 'personal', 'credential'] as const;

/** Kinds of innocent message: it must produce no finding at all. */
export const INNOCENT_KINDS = ['mention', 'lookalike', 'clean'] as const;

/** What sort of message a row is, so the score can be broken down by it. */
export type RowKind = (typeof VIOLATION_KINDS)[number] | (typeof INNOCENT_KINDS)[number];

/** The header line every labelled file starts with. */
export const LABELLED_HEADER = 'expected\tkind\ttext';

/** One labelled message. */
export interface LabelledRow {
  /** The file's name without `.tsv` (office, hospital, …). */
  workplace: string;
  /** Where the row was read from, for messages about it. */
  file: string;
  line: number;
  /** Categories the message must produce; empty for an innocent message (`-`). */
  expected: LabelCategory[];
  kind: RowKind;
  /** The message; `\n` in the file stands for a line break inside it. */
  text: string;
}

/** A malformed labelled file, with the file, the line and what to change. */
export class LabelledSetError extends Error {
  constructor(readonly file: string, readonly line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'LabelledSetError';
  }
}

/** Where the shipped labelled set lives, from source or from dist/ alike. */
export function labelledSetDir(): string {
  return join(packageRoot(), 'test', 'fixtures', 'labelled');
}

/** The second set, written before the round-2 tuning (test/fixtures/labelled-holdout/), to watch for overfitting. */
export function holdoutSetDir(): string {
  return join(packageRoot(), 'test', 'fixtures', 'labelled-holdout');
}

/** Reads every `*.tsv` in the folder (sorted by name), each a workplace. */
export function loadLabelledSet(dir: string = labelledSetDir()): LabelledRow[] {
  if (!existsSync(dir)) throw new LabelledSetError(dir, 0, 'the labelled set folder does not exist');
  const files = readdirSync(dir).filter((name) => name.endsWith('.tsv')).sort();
  if (files.length === 0) throw new LabelledSetError(dir, 0, 'no .tsv files in the labelled set folder');
  const rows = files.flatMap((name) => parseLabelledTsv(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
  rejectDuplicates(rows);
  return rows;
}

/** Parses one workplace file; `file` names it in errors and gives the workplace its name. */
export function parseLabelledTsv(content: string, file: string): LabelledRow[] {
  const workplace = basename(file).replace(/\.tsv$/, '');
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if ((lines[0] ?? '').trimEnd() !== LABELLED_HEADER) {
    throw new LabelledSetError(file, 1, `the first line must be the header "${LABELLED_HEADER.replaceAll('\t', '<TAB>')}"`);
  }
  const rows: LabelledRow[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw.trim() === '') return;
    rows.push(parseRow(raw, file, workplace, i + 2));
  });
  return rows;
}

function parseRow(raw: string, file: string, workplace: string, line: number): LabelledRow {
  const fail = (problem: string): LabelledSetError => new LabelledSetError(file, line, problem);
  const cells = raw.split('\t');
  if (cells.length !== 3) throw fail(`expected 3 tab-separated columns (expected, kind, text), found ${cells.length}`);
  const [expectedCell, kindCell, textCell] = cells as [string, string, string];
  const kind = kindCell.trim();
  if (!isKind(kind)) throw fail(`unknown kind "${kind}"; use one of ${[...VIOLATION_KINDS, ...INNOCENT_KINDS].join(', ')}`);
  const expected = parseExpected(expectedCell.trim(), fail);
  const violation = isViolationKind(kind);
  if (violation && expected.length === 0) throw fail(`kind "${kind}" is a violation: list the categories it must produce instead of "-"`);
  if (!violation && expected.length > 0) throw fail(`kind "${kind}" is innocent: its expected column must be "-"`);
  const text = textCell.replaceAll('\\n', '\n');
  if (text.trim() === '') throw fail('the text is empty');
  return { workplace, file, line, expected, kind, text };
}

function parseExpected(cell: string, fail: (problem: string) => LabelledSetError): LabelCategory[] {
  if (cell === '-') return [];
  const names = cell.split(',').map((c) => c.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (!(LABEL_CATEGORIES as readonly string[]).includes(name)) {
      throw fail(`unknown category "${name}"; use "-" or a comma-separated list of ${LABEL_CATEGORIES.join(', ')}`);
    }
    if (seen.has(name)) throw fail(`category "${name}" is listed twice`);
    seen.add(name);
  }
  return names as LabelCategory[];
}

function isKind(kind: string): kind is RowKind {
  return (VIOLATION_KINDS as readonly string[]).includes(kind) || (INNOCENT_KINDS as readonly string[]).includes(kind);
}

/** Whether rows of this kind are violations (as opposed to innocent messages). */
export function isViolationKind(kind: RowKind): boolean {
  return (VIOLATION_KINDS as readonly string[]).includes(kind);
}

/** The same message twice would count twice; the second copy is an error naming the first. */
function rejectDuplicates(rows: readonly LabelledRow[]): void {
  const first = new Map<string, LabelledRow>();
  for (const row of rows) {
    const earlier = first.get(row.text);
    if (earlier) throw new LabelledSetError(row.file, row.line, `the same text is already at ${earlier.file}:${earlier.line}`);
    first.set(row.text, row);
  }
}
