import { cpus, loadavg } from 'node:os';
import type { EngineReport } from './engine-run.js';
import type { PairedThroughput } from './paired-throughput.js';
import type { Comparison } from './comparison.js';
import type { WorkloadStats } from './workload-stats.js';

/** The human-readable report: workload, side-by-side table, false-alarm terms, targets. */
export function formatReport(stats: WorkloadStats, qg: EngineReport, base: EngineReport, mint: EngineReport, speed: PairedThroughput, cmp: Comparison): string {
  const out: string[] = [];
  const row = (label: string, a: string, b: string, c: string): void => {
    out.push(`${pad(label, 44)}${pad(a, 20, true)}${pad(b, 20, true)}${pad(c, 20, true)}`);
  };
  const all = (label: string, f: (r: EngineReport) => string): void => row(label, f(qg), f(base), f(mint));
  const each = (label: string, f: (t: PairedThroughput['qunguard']) => string): void => row(label, f(speed.qunguard), f(speed.baseline), f(speed.mint));
  const n = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(1)}%`);
  const mbPerCpuSecond = (t: PairedThroughput['qunguard']): number => (t.messagesPerCpuSecond * stats.avgBytes) / 1e6;

  out.push('QunGuard screening benchmark (npm run bench)');
  out.push(`workload: ${n(stats.messages)} messages, avg ${stats.avgChars.toFixed(1)} chars / ${stats.avgBytes.toFixed(1)} bytes, ${stats.corpusMB.toFixed(2)} MB;`
    + ` ${stats.planted.total} planted (${stats.planted.shipped} shipped terms, ${stats.planted.filler} filler terms);`
    + ` ${Object.values(stats.evasionsByKind).reduce((a, b) => a + b, 0)} evasion messages; ${stats.fixtureViolations} hand-written violations`);
  out.push('QunGuard runs the shipped default policy (dictionaries + allow-list + detectors cn_id, cn_mobile, bank_card, email);'
    + ' the baseline is nodejieba.cut(text, true) + Set lookup, nothing normalised; mint-filter 4.0.3 is an Aho-Corasick filter'
    + ' (case-insensitive, nothing else normalised) over the same terms. Each engine runs in its own child process.');
  out.push(`dictionary: ${n(stats.dictionary.total)} terms (${stats.dictionary.shippedTerms} shipped + ${n(stats.dictionary.fillerTerms)} generated filler), same set for all engines;`
    + ` clean messages containing a term literally: ${stats.literalCollisions.shippedMessages} via shipped terms`
    + ` (${stats.literalCollisions.perThousandShippedTerms.toFixed(1)} per 1000 terms), ${stats.literalCollisions.fillerMessages} via filler`
    + ` (${stats.literalCollisions.perThousandFillerTerms.toFixed(1)} per 1000 terms)`);
  out.push('');
  row('', 'QunGuard', 'jieba.cut + Set', 'mint-filter');
  row('-- setup', '', '', '');
  all('jieba load (ms)', (r) => (r.engine === 'mint' ? '-' : n(r.jiebaLoadMs)));
  row('compile policy / build term Set / build AC (ms)', n(qg.prepareMs), n(base.prepareMs, 1), n(mint.prepareMs));
  all('distinct terms', (r) => n(r.termCount));
  row(`-- throughput (${n(stats.messages)} msgs x ${speed.passes}, engines taking turns every ${speed.chunk})`, '', '', '');
  each('messages / s (median pass)', (t) => n(t.messagesPerSecond));
  each('messages / s (best pass)', (t) => n(t.messagesPerSecondBestPass));
  each('messages / CPU-second (median)', (t) => n(t.messagesPerCpuSecond));
  each('MB / s (UTF-8, median pass)', (t) => n(t.mbPerSecond, 2));
  each('MB / CPU-second (UTF-8, median pass)', (t) => n(mbPerCpuSecond(t), 2));
  row(`-- per message (${n(stats.messages)} msgs x 3 passes, each timed)`, '', '', '');
  all('latency p50 (µs)', (r) => n(r.latencyUs.p50, 1));
  all('latency p90 (µs)', (r) => n(r.latencyUs.p90, 1));
  all('latency p99 (µs)', (r) => n(r.latencyUs.p99, 1));
  all('latency p99.9 (µs)', (r) => n(r.latencyUs.p999, 1));
  all('latency max (µs)', (r) => n(r.latencyUs.max, 1));
  all('RSS after run (MB, own process)', (r) => n(r.rssMB.afterRun));
  all('  of which: workload data + node', (r) => n(r.rssMB.workload));
  all('  + jieba dictionaries', (r) => n(r.rssMB.jieba - r.rssMB.workload));
  all('  + engine built (screener / Set / AC)', (r) => n(r.rssMB.prepared - r.rssMB.jieba));
  all('  + growth during the run', (r) => n(r.rssMB.afterRun - r.rssMB.prepared));
  all('JS heap used after run (MB)', (r) => n(r.heapUsedAfterRunMB, 1));
  row('-- recall (hit = the planted term found)', '', '', '');
  for (const [label, r] of Object.entries(cmp.recall)) {
    row(`${label} (n=${r.n})`, pct(r.qunguard), pct(r.baseline), pct(r.mint));
  }
  row('items only QunGuard / only this engine found', '', `${n(cmp.qunguardOnlyHits)} / ${n(cmp.baselineOnlyHits)}`, `${n(cmp.qunguardOnlyHitsVsMint)} / ${n(cmp.mintOnlyHits)}`);
  row(`-- false alarms (${n(qg.falseAlarms.cleanMessages)} clean messages)`, '', '', '');
  all('clean messages flagged', (r) => `${n(r.falseAlarms.messages)} (${pct(r.falseAlarms.messages / r.falseAlarms.cleanMessages)})`);
  all('dictionary findings on clean messages', (r) => n(r.falseAlarms.findings));
  row('clean messages that called jieba', n(qg.segmentedMessages.clean), 'all', 'none');
  row(`-- one ${n(stats.bigMessageBytes)}-byte message`, '', '', '');
  all('time, first run (ms)', (r) => n(r.big.runsMs[0]!, 1));
  all('time, worst of runs (ms)', (r) => n(Math.max(...r.big.runsMs), 1));
  all('RSS delta, first run (MB)', (r) => n(r.big.rssDeltaMB, 1));
  all('peak RSS growth, first run (MB)', (r) => n(r.big.peakRssGrowthMB, 1));
  all('dictionary findings', (r) => n(r.big.dictionaryFindings));
  out.push('');
  for (const r of [qg, base, mint]) {
    const terms = r.falseAlarms.topTerms.map(([t, c]) => `${t}×${c}`).join(' ') || '(none)';
    out.push(`false-alarm terms, ${r.engine}: ${terms}`);
  }
  out.push('');
  const fixed = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(' ');
  out.push(`speed ratio QunGuard / baseline per pass: by CPU time ${fixed(speed.cpuRatios)}; by wall clock ${fixed(speed.ratios)}`);
  out.push(`speed ratio QunGuard / mint-filter per pass: by CPU time ${fixed(speed.mintCpuRatios)}; by wall clock ${fixed(speed.mintRatios)}`);
  if (speed.wallOverCpu > 1.15) {
    out.push(`note: the passes took ${speed.wallOverCpu.toFixed(2)}x their CPU time: other processes competed for the cores, so wall-clock figures are inflated and noisy`);
  }
  out.push(`machine load (1/5/15 min, ${cpus().length} cores) at the end of the runs: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  out.push('targets:');
  const t = cmp.targets;
  const mark = (met: boolean): string => (met ? 'MET   ' : 'MISSED');
  out.push(`  ${mark(t.throughput.met)} ${t.throughput.target}: ${t.throughput.ratio.toFixed(2)}x (wall clock ${t.throughput.wallClockRatio.toFixed(2)}x)`);
  out.push(`  ${mark(t.findsWhatBaselineMisses.met)} ${t.findsWhatBaselineMisses.target}: baseline-only hits ${cmp.baselineOnlyHits}`);
  out.push(`  ${mark(t.p99.met)} ${t.p99.target}: ${t.p99.qunguardMs.toFixed(3)} ms`);
  out.push(`  ${mark(t.bigMessage.met)} ${t.bigMessage.target}: ${t.bigMessage.qunguardWorstMs.toFixed(0)} ms`);
  out.push(`  ${mark(t.fasterThanMint.met)} ${t.fasterThanMint.target}: ${t.fasterThanMint.ratio.toFixed(2)}x (wall clock ${t.fasterThanMint.wallClockRatio.toFixed(2)}x)`);
  out.push(`  ${mark(t.keepsEvasionsMintMisses.met)} ${t.keepsEvasionsMintMisses.target}: mint-only evasions ${cmp.evasionsOnlyMintFinds};`
    + ` of the ${cmp.evasionsMintMisses} evasions mint-filter misses QunGuard finds ${cmp.evasionsMintMissesQunGuardFinds}`);
  out.push(`  ${mark(t.missesNothingMintFinds.met)} ${t.missesNothingMintFinds.target}: mint-only hits ${cmp.mintOnlyHits}`
    + `${cmp.mintOnlyExamples.map((e) => `\n           ${e.term} in ${JSON.stringify(e.text.slice(0, 60))}`).join('')}`);
  out.push(`  ${mark(t.mbPerSecond.met)} ${t.mbPerSecond.target}: ${t.mbPerSecond.qunguardMBps.toFixed(2)} MB/s (wall clock ${t.mbPerSecond.wallClockMBps.toFixed(2)} MB/s)`);
  return out.join('\n');
}

/** The machine-readable summary: every figure, without the per-item hit lists. */
export function summaryJson(stats: WorkloadStats, qg: EngineReport, base: EngineReport, mint: EngineReport, speed: PairedThroughput, cmp: Comparison): string {
  const strip = ({ plainHits: _p, evasionHits: _e, violationHits: _v, ...rest }: EngineReport) => rest;
  return JSON.stringify({
    bench: 'screening',
    workload: stats,
    qunguard: { ...strip(qg), throughput: speed.qunguard },
    baseline: { ...strip(base), throughput: speed.baseline },
    mint: { ...strip(mint), throughput: speed.mint },
    speedRatios: speed.ratios,
    mintSpeedRatios: speed.mintRatios,
    mintCpuSpeedRatios: speed.mintCpuRatios,
    loadavg: loadavg(),
    ...cmp,
  });
}

/** Pads text to a column width, counting CJK and emoji as two columns, for the bench tables. */
export function pad(text: string, width: number, right = false): string {
  const w = [...text].reduce((s, ch) => s + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(1, width - w));
  return right ? fill + text : text + fill;
}
