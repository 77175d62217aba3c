/**
 * Recall, precision and false alarms on the labelled set
 * (test/fixtures/labelled/), QunGuard on the shipped default policy against
 * the naive baseline. `node dist/bench/labelled-report.js [--details N] [--dir D]`
 * prints it for D, or for both shipped sets (the first and the held-out one); the
 * bench main prints `labelledReport()` alongside its own table.
 */
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jiebaSegmenter } from '../src/policy/jieba-segmenter.js';
import { compileScreener } from '../src/policy/compile-screener.js';
import { defaultPolicyPath, packageRoot } from '../src/config/package-root.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { pad } from './bench-report.js';
import { scoreLabelledSet, type CategoryScreen, type LabelledScore, type LabelledTally, type RowOutcome } from './labelled-score.js';
import { holdoutSetDir, INNOCENT_KINDS, labelledSetDir, loadLabelledSet, VIOLATION_KINDS } from './labelled-set.js';

/** What the report is run on; every field has the shipped default. */
export interface LabelledReportOptions {
  /** Folder of workplace .tsv files; without one, the first set and then the held-out set. */
  dir?: string;
  policyPath?: string;
  /** How many of QunGuard's misses and false alarms to list per kind (0: none). */
  details?: number;
}

/**
 * The naive baseline as a category screen: `nodejieba.cut(text, true)` tokens
 * looked up in a map of every dictionary term to its categories. No
 * normalisation, no allow-list and no detectors, so personal data and
 * credentials are always misses for it.
 */
export function baselineCategoryScreen(terms: readonly { term: string; category: string }[], cut: (text: string) => string[] = jiebaSegmenter): CategoryScreen {
  const categories = new Map<string, string[]>();
  for (const { term, category } of terms) categories.set(term, [...(categories.get(term) ?? []), category]);
  return (text) => cut(text).flatMap((token) => categories.get(token) ?? []);
}

/** The report's lines: the set, then a QunGuard / baseline table, then (optionally) QunGuard's errors. */
export function labelledReport(options: LabelledReportOptions = {}): string[] {
  if (options.dir) return reportOn(options.dir, options);
  return [...reportOn(labelledSetDir(), options), '', ...reportOn(holdoutSetDir(), options)];
}

function reportOn(dir: string, options: LabelledReportOptions): string[] {
  const loaded = loadPolicy(options.policyPath ?? defaultPolicyPath());
  const rows = loadLabelledSet(dir);
  const screener = compileScreener(loaded);
  const qg = scoreLabelledSet(rows, (text) => screener.screen(text).map((f) => f.category));
  // jiebaSegmenter is nodejieba.cut(text, true) after one load(); sharing it avoids a second load, which would reload.
  const base = scoreLabelledSet(rows, baselineCategoryScreen(loaded.terms));

  const out: string[] = [];
  const row = (label: string, a: string, b: string): void => {
    out.push(`${pad(label, 44)}${pad(a, 18, true)}${pad(b, 22, true)}`);
  };
  const both = (label: string, cell: (s: LabelledScore) => string): void => row(label, cell(qg), cell(base));
  const o = qg.overall;
  out.push(`labelled set (${relative(packageRoot(), dir) || dir}): ${o.rows} messages from ${Object.keys(qg.byWorkplace).length} workplaces;`
    + ` ${o.violations} violations, ${o.innocent} innocent`);
  out.push('QunGuard runs the shipped default policy; the baseline is nodejieba.cut(text, true) + the same terms, no detectors.'
    + ' A violation is found when every expected category is; precision counts distinct categories per message.');
  row('', 'QunGuard', 'jieba.cut + Set');
  both(`recall, all violations (n=${o.violations})`, (s) => recallCell(s.overall));
  for (const kind of VIOLATION_KINDS) {
    const t = qg.byKind[kind];
    if (t) both(`  ${kind} (n=${t.violations})`, (s) => recallCell(s.byKind[kind]));
  }
  both('precision (expected categories / findings)', (s) => `${pct(s.overall.precision)} of ${s.overall.findings}`);
  both(`false alarms, all innocent (n=${o.innocent})`, (s) => falseAlarmCell(s.overall));
  for (const kind of INNOCENT_KINDS) {
    const t = qg.byKind[kind];
    if (t) both(`  ${kind} (n=${t.innocent})`, (s) => falseAlarmCell(s.byKind[kind]));
  }
  row('-- per workplace: recall / false alarms', '', '');
  for (const [workplace, t] of Object.entries(qg.byWorkplace)) {
    both(`${workplace} (n=${t.rows})`, (s) => `${pct(s.byWorkplace[workplace]?.recall)} / ${pct(s.byWorkplace[workplace]?.falseAlarmRate)}`);
  }
  if (options.details) out.push('', 'QunGuard:', ...formatLabelledErrors(qg, options.details));
  return out;
}

/** The misses, false alarms and stray categories of a score, at most `perKind` of each kind, one short line each. */
export function formatLabelledErrors(score: LabelledScore, perKind: number): string[] {
  const out: string[] = [];
  const list = (title: string, outcomes: readonly RowOutcome[], describe: (o: RowOutcome) => string): void => {
    out.push(`${title} (${outcomes.length}):`);
    for (const kind of [...VIOLATION_KINDS, ...INNOCENT_KINDS]) {
      const ofKind = outcomes.filter((x) => x.row.kind === kind);
      for (const x of ofKind.slice(0, perKind)) out.push(`  ${kind} ${x.row.workplace}:${x.row.line} ${describe(x)} | ${oneLine(x.row.text)}`);
      if (ofKind.length > perKind) out.push(`  ${kind}: … ${ofKind.length - perKind} more`);
    }
  };
  list('misses', score.misses, (x) => `missing ${x.missing.join(',')}${x.found.length ? `, found ${x.found.join(',')}` : ''}`);
  list('false alarms', score.falseAlarms, (x) => `found ${x.found.join(',')}`);
  list('stray categories on found violations', score.strays, (x) => `also ${x.unexpected.join(',')}`);
  return out;
}

function recallCell(t: LabelledTally | undefined): string {
  return t ? `${pct(t.recall)} (${t.found})` : '-';
}

function falseAlarmCell(t: LabelledTally | undefined): string {
  return t ? `${pct(t.falseAlarmRate)} (${t.falseAlarms})` : '-';
}

function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '-' : `${(x * 100).toFixed(1)}%`;
}

function oneLine(text: string): string {
  const flat = text.replaceAll('\n', '⏎');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--details');
  const details = at >= 0 ? Number(process.argv[at + 1] ?? 15) || 15 : 0;
  const dirAt = process.argv.indexOf('--dir');
  const dirArg = dirAt >= 0 ? process.argv[dirAt + 1] : undefined;
  process.stdout.write(`${labelledReport({ details, ...(dirArg ? { dir: resolve(dirArg) } : {}) }).join('\n')}\n`);
}
