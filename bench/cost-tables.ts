/**
 * `npm run bench -- --cost`: what QunGuard, the naive baseline and mint-filter
 * cost as the dictionary grows (1k / 10k / 100k terms) and as one message
 * grows (10 characters to 1 MB). Each table is measured in one child process
 * of its own, the engines taking turns, with the machine's load recorded
 * before and after; the parent prints the tables and a final JSON line.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicyPath, packageRoot } from '../src/config/package-root.js';
import { pad } from './bench-report.js';
import { runJsonChild } from './json-child.js';
import { measureDictionaryCost, type DictionaryCost } from './cost-dictionary.js';
import { measureLengthCost, type LengthCost } from './cost-length.js';
import { buildWorkload, type Workload } from './workload.js';

const CHILD_FLAG = '--cost-child';
const ENGINE_LABELS = { qunguard: 'QunGuard', baseline: 'jieba.cut + Set', mint: 'mint-filter' } as const;

/** Builds the workload once, measures each table in its own child and prints both. */
export function runCostTables(): void {
  const started = Date.now();
  const workload = buildWorkload(packageRoot(), defaultPolicyPath());
  const dir = mkdtempSync(join(tmpdir(), 'qunguard-cost-'));
  try {
    const path = join(dir, 'workload.json');
    writeFileSync(path, JSON.stringify(workload));
    process.stderr.write('cost vs dictionary size (builds 9 engines, up to 100k terms)…\n');
    const dictionary = runChild<DictionaryCost>('dictionary', path);
    process.stdout.write(`${formatDictionaryCost(dictionary).join('\n')}\n\n`);
    process.stderr.write('cost vs message length…\n');
    const length = runChild<LengthCost>('length', path);
    process.stdout.write(`${formatLengthCost(length).join('\n')}\n`);
    process.stdout.write(`total cost-table time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.stdout.write(`${JSON.stringify({ bench: 'cost', cores: cpus().length, dictionary, length })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The dictionary-size table, one row per size and engine. */
export function formatDictionaryCost(cost: DictionaryCost): string[] {
  const n = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const widths = [10, 18, 12, 12, 12, 12, 10, 14];
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!, i > 1)).join('');
  return [
    `cost vs dictionary size: ${n(cost.messages)} short messages (${cost.corpusMB.toFixed(2)} MB, the bench workload), ${cost.passes} passes, all 9 engines in one process taking turns;`
      + ' generated filler terms only (shipped allow-list and detectors kept)',
    loadLine(cost.loadBefore, cost.loadAfter, cost.wallOverCpu),
    line(['terms', 'engine', 'compile ms', 'RSS +MB', 'heap +MB', 'msgs/s', 'MB/s', 'msgs/CPU-s']),
    ...cost.rows.map((r) => line([
      n(r.terms), ENGINE_LABELS[r.engine], n(r.compileMs), n(r.rssGrowthMB, 1), n(r.heapGrowthMB, 1),
      n(r.messagesPerSecond), n(r.mbPerSecond, 2), n(r.messagesPerCpuSecond),
    ])),
    `process RSS: ${n(cost.rssBaseMB)} MB with jieba loaded, ${n(cost.rssAllBuiltMB)} MB with all 9 engines built`
      + ' (RSS +MB can be negative: the GC before the reading returned pages; heap +MB is the steadier figure)',
  ];
}

/** The message-length table, one row per length, p50 and MB/s per engine. */
export function formatLengthCost(cost: LengthCost): string[] {
  const n = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const ms = (x: number): string => (x < 0.1 ? x.toFixed(4) : x < 10 ? x.toFixed(3) : n(x, 1));
  const widths = [10, 12, 8, 14, 9, 14, 9, 14, 9];
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!, true)).join('');
  const engines = ['qunguard', 'baseline', 'mint'] as const;
  return [
    'cost vs message length: slices of the bench\'s 1 MB message, each timed alone, engines taking turns message by message; dictionary: the bench\'s 10,500 terms',
    loadLine(cost.loadBefore, cost.loadAfter, cost.wallOverCpu),
    line(['', '', '', ...engines.flatMap((e) => [ENGINE_LABELS[e], ''])]),
    line(['chars', 'bytes', 'msgs', ...engines.flatMap(() => ['p50 ms', 'MB/s'])]),
    ...cost.rows.map((r) => line([
      n(r.chars), n(r.avgBytes), n(r.messages),
      ...engines.flatMap((e) => [ms(r.engines[e].p50Ms), n(r.engines[e].mbPerSecond, 2)]),
    ])),
  ];
}

function loadLine(before: number[], after: number[], wallOverCpu: number): string {
  const f = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(' ');
  return `machine load (1/5/15 min, ${cpus().length} cores): ${f(before)} before, ${f(after)} after; wall / CPU time of the timed part ${wallOverCpu.toFixed(2)}`;
}

function runChild<T>(table: 'dictionary' | 'length', workloadPath: string): T {
  return runJsonChild<T>(fileURLToPath(import.meta.url), [CHILD_FLAG, table, workloadPath], `${table} cost`);
}

const [flag, table, workloadPath] = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url) && flag === CHILD_FLAG && workloadPath) {
  const workload = JSON.parse(readFileSync(workloadPath, 'utf8')) as Workload;
  const result = table === 'dictionary' ? measureDictionaryCost(workload, defaultPolicyPath()) : measureLengthCost(workload, defaultPolicyPath());
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
