import type { EngineReport } from './engine-run.js';
import type { PairedThroughput } from './paired-throughput.js';
import type { Workload } from './workload.js';

/** The figures compared across engines, plus whether QunGuard meets its targets. */
export interface Comparison {
  recall: Record<string, { qunguard: number; baseline: number; mint: number; n: number }>;
  /** Items the baseline caught and QunGuard missed (should be none), and the reverse. */
  baselineOnlyHits: number;
  qunguardOnlyHits: number;
  /** Items mint-filter caught and QunGuard missed (should be none), and the reverse. */
  mintOnlyHits: number;
  qunguardOnlyHitsVsMint: number;
  /** Up to 5 of the items mint-filter found and QunGuard missed, to look into. */
  mintOnlyExamples: { term: string; text: string }[];
  /** Evasion messages mint-filter misses, and how many of them QunGuard finds. */
  evasionsMintMisses: number;
  evasionsMintMissesQunGuardFinds: number;
  /** Evasion messages mint-filter finds that QunGuard misses (should be none). */
  evasionsOnlyMintFinds: number;
  targets: {
    throughput: { target: string; ratio: number; wallClockRatio: number; met: boolean };
    findsWhatBaselineMisses: { target: string; met: boolean };
    p99: { target: string; qunguardMs: number; met: boolean };
    bigMessage: { target: string; qunguardWorstMs: number; met: boolean };
    fasterThanMint: { target: string; ratio: number; wallClockRatio: number; met: boolean };
    keepsEvasionsMintMisses: { target: string; met: boolean };
    missesNothingMintFinds: { target: string; met: boolean };
    mbPerSecond: { target: string; qunguardMBps: number; wallClockMBps: number; met: boolean };
  };
}

/** Compares the three engine reports item by item on the same workload. */
export function compare(workload: Workload, qg: EngineReport, base: EngineReport, mint: EngineReport, speed: PairedThroughput): Comparison {
  const recall: Comparison['recall'] = {};
  const add = (key: string, pick: (r: EngineReport) => number[], keep: (i: number) => boolean): void => {
    const idx = pick(qg).map((_, i) => i).filter(keep);
    const rate = (r: EngineReport): number => (idx.length ? idx.reduce((s, i) => s + pick(r)[i]!, 0) / idx.length : NaN);
    recall[key] = { qunguard: rate(qg), baseline: rate(base), mint: rate(mint), n: idx.length };
  };
  add('plain (all planted)', (r) => r.plainHits, () => true);
  add('  plain, shipped terms', (r) => r.plainHits, (i) => workload.planted[i]!.origin === 'shipped');
  add('  plain, filler terms', (r) => r.plainHits, (i) => workload.planted[i]!.origin === 'filler');
  add('evasions (all kinds)', (r) => r.evasionHits, () => true);
  for (const kind of new Set(workload.evasions.map((e) => e.kind))) {
    add(`  ${kind}`, (r) => r.evasionHits, (i) => workload.evasions[i]!.kind === kind);
  }
  if (workload.violations.length) add('hand-written violations.tsv', (r) => r.violationHits, () => true);

  const vsBaseline = differences(qg, base);
  const vsMint = differences(qg, mint);
  const mintMissed = mint.evasionHits.flatMap((hit, i) => (hit ? [] : [i]));
  const evasionsOnlyMintFinds = mint.evasionHits.filter((hit, i) => hit && !qg.evasionHits[i]).length;
  const ratio = speed.medianCpuRatio;
  const evasion = recall['evasions (all kinds)']!;
  const plain = recall['plain (all planted)']!;
  const worstBig = Math.max(...qg.big.runsMs);
  const mbPerCpuSecond = (speed.qunguard.messagesPerCpuSecond * bytesOf(workload.corpus)) / workload.corpus.length / 1e6;
  const evasionsMintMissesQunGuardFinds = mintMissed.filter((i) => qg.evasionHits[i]).length;
  return {
    recall,
    baselineOnlyHits: vsBaseline.otherOnly,
    qunguardOnlyHits: vsBaseline.qunguardOnly,
    mintOnlyHits: vsMint.otherOnly,
    qunguardOnlyHitsVsMint: vsMint.qunguardOnly,
    mintOnlyExamples: onlyOtherFound(workload, qg, mint).slice(0, 5),
    evasionsMintMisses: mintMissed.length,
    evasionsMintMissesQunGuardFinds,
    evasionsOnlyMintFinds,
    targets: {
      throughput: {
        target: 'QunGuard >= 2x baseline throughput (median pass, by CPU time; wall clock alongside)',
        ratio,
        wallClockRatio: speed.medianRatio,
        met: ratio >= 2,
      },
      findsWhatBaselineMisses: {
        target: 'QunGuard recall >= baseline on plain and evasions, and nothing the baseline finds is missed',
        met: plain.qunguard >= plain.baseline && evasion.qunguard > evasion.baseline && vsBaseline.otherOnly === 0,
      },
      p99: { target: 'QunGuard p99 latency < 1 ms', qunguardMs: qg.latencyUs.p99 / 1000, met: qg.latencyUs.p99 < 1000 },
      bigMessage: { target: 'QunGuard screens a 1 MB message in < 1 s', qunguardWorstMs: worstBig, met: worstBig < 1000 },
      fasterThanMint: {
        target: 'QunGuard faster than mint-filter on the same messages (median pass, by CPU time; wall clock alongside)',
        ratio: speed.medianMintCpuRatio,
        wallClockRatio: speed.medianMintRatio,
        met: speed.medianMintCpuRatio > 1,
      },
      keepsEvasionsMintMisses: {
        target: 'QunGuard finds every evasion mint-filter finds, and evasions mint-filter misses',
        met: evasionsOnlyMintFinds === 0 && evasionsMintMissesQunGuardFinds > 0,
      },
      missesNothingMintFinds: {
        target: 'QunGuard misses nothing mint-filter finds (planted, evasions, hand-written)',
        met: vsMint.otherOnly === 0,
      },
      mbPerSecond: {
        target: 'QunGuard >= 30 MB/s on the bench workload (UTF-8, median pass, per CPU-second; wall clock alongside)',
        qunguardMBps: mbPerCpuSecond,
        wallClockMBps: speed.qunguard.mbPerSecond,
        met: mbPerCpuSecond >= 30,
      },
    },
  };
}

/** Items (planted, evasions, hand-written) only QunGuard found, and only the other engine found. */
function differences(qg: EngineReport, other: EngineReport): { qunguardOnly: number; otherOnly: number } {
  let qunguardOnly = 0;
  let otherOnly = 0;
  for (const pick of [(r: EngineReport) => r.plainHits, (r: EngineReport) => r.evasionHits, (r: EngineReport) => r.violationHits]) {
    pick(qg).forEach((hit, i) => {
      if (pick(other)[i] && !hit) otherOnly++;
      if (hit && !pick(other)[i]) qunguardOnly++;
    });
  }
  return { qunguardOnly, otherOnly };
}

/** The items (term, text) the other engine found and QunGuard missed. */
function onlyOtherFound(workload: Workload, qg: EngineReport, other: EngineReport): { term: string; text: string }[] {
  const items = [
    ...workload.planted.map((p) => ({ term: p.term, text: workload.corpus[p.index]! })),
    ...workload.evasions,
    ...workload.violations,
  ];
  const hits = (r: EngineReport): number[] => [...r.plainHits, ...r.evasionHits, ...r.violationHits];
  const mine = hits(qg);
  return hits(other).flatMap((hit, i) => (hit && !mine[i] ? [{ term: items[i]!.term, text: items[i]!.text }] : []));
}

function bytesOf(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
}
