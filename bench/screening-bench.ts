/**
 * `npm run bench`: QunGuard's screener against the naive baseline
 * (`nodejieba.cut(text, true)` + a Set of the same terms) on one generated
 * workload. Each engine runs in its own child process, one after the other, so
 * its RSS, latency and 1 MB figures are its own; a third child times both
 * engines' throughput with alternating passes, so load from elsewhere on the
 * machine hits both alike. The parent builds the workload once and prints the
 * table, the targets and a final JSON line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicyPath, packageRoot } from '../src/config/package-root.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { formatReport, summaryJson } from './bench-report.js';
import { compare } from './comparison.js';
import { runCheckProcessBench } from './check-process-bench.js';
import { runCostTables } from './cost-tables.js';
import { labelledReport } from './labelled-report.js';
import { runEngine, type EngineReport } from './engine-run.js';
import type { EngineName } from './engines.js';
import { runJsonChild } from './json-child.js';
import { runPairedThroughput, type PairedThroughput } from './paired-throughput.js';
import { buildWorkload, type Workload } from './workload.js';
import { describeWorkload } from './workload-stats.js';

const CHILD_FLAG = '--engine';

function main(): void {
  const policyPath = defaultPolicyPath();
  const [flag, engine, workloadPath] = process.argv.slice(2);
  if (flag === CHILD_FLAG && workloadPath) {
    const workload = JSON.parse(readFileSync(workloadPath, 'utf8')) as Workload;
    const result = engine === 'paired'
      ? runPairedThroughput(workload, policyPath)
      : runEngine(engine === 'qunguard' || engine === 'mint' ? engine : 'baseline', workload, policyPath);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (process.argv.includes('--check-process')) {
    runCheckProcessBench(process.argv.slice(2));
    return;
  }
  if (process.argv.includes('--cost')) {
    runCostTables();
    return;
  }
  // The OCR figures (model load, per-image time, worker RSS) and the store at company size, each from its own process.
  for (const [flag, script] of [['--ocr', 'ocr-bench.js'], ['--store', 'company-store-bench.js']] as const) {
    if (!process.argv.includes(flag)) continue;
    const run = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), script), ...process.argv.slice(3)], { stdio: 'inherit' });
    process.exitCode = run.status ?? 1;
    return;
  }
  const started = Date.now();
  const workload = buildWorkload(packageRoot(), policyPath);
  const stats = describeWorkload(workload, loadPolicy(policyPath).terms.map((t) => t.term));
  process.stderr.write(`workload built in ${Date.now() - started} ms; running the baseline, QunGuard, mint-filter, then all three taking turns…\n`);
  const dir = mkdtempSync(join(tmpdir(), 'qunguard-bench-'));
  try {
    const path = join(dir, 'workload.json');
    writeFileSync(path, JSON.stringify(workload));
    const base = runChild<EngineReport>('baseline', path);
    const qg = runChild<EngineReport>('qunguard', path);
    const mint = runChild<EngineReport>('mint', path);
    const speed = runChild<PairedThroughput>('paired', path);
    const cmp = compare(workload, qg, base, mint, speed);
    process.stdout.write(`${formatReport(stats, qg, base, mint, speed, cmp)}\n`);
    // Judgment on the labelled set (test/fixtures/labelled/), after the timed runs so jieba's load does not skew them.
    process.stdout.write(`\n${labelledReport().join('\n')}\n`);
    process.stdout.write(`total bench time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.stdout.write(`${summaryJson(stats, qg, base, mint, speed, cmp)}\n`);
    process.stderr.write('whole-process check vs the naive script (1M messages, several minutes): npm run bench -- --check-process\n');
    process.stderr.write('OCR (model load, time per screenshot, memory): npm run bench -- --ocr\n');
    process.stderr.write('the store at 300 groups × 200 members × a year (writes, persistence CPU, start-up, digest): npm run bench -- --store\n');
    process.stderr.write('cost vs dictionary size and message length: npm run bench -- --cost\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild<T>(engine: EngineName | 'paired', workloadPath: string): T {
  return runJsonChild<T>(fileURLToPath(import.meta.url), [CHILD_FLAG, engine, workloadPath], engine);
}

main();
