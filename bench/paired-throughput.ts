import type { EngineName, PreparedEngine } from './engines.js';
import { prepareEngine } from './engine-run.js';
import { median } from './percentiles.js';
import { takeTurns, type PassTotal } from './take-turns.js';
import type { Workload } from './workload.js';

/**
 * Throughput is measured with all engines in one process, taking turns every
 * CHUNK messages (the order rotates chunk by chunk and pass by pass), so a busy
 * neighbour on a shared 2-core machine slows them alike; each pass sums an
 * engine's chunk times over the whole corpus.
 */
const PASSES = 5;
const CHUNK = 500;
const ENGINES = ['baseline', 'qunguard', 'mint'] as const satisfies readonly EngineName[];

/** One engine's figures from the alternating passes. */
export interface EngineThroughput {
  passWallMs: number[];
  /** CPU time (user + system, all threads) of each pass. */
  passCpuMs: number[];
  messagesPerSecond: number;
  messagesPerSecondBestPass: number;
  mbPerSecond: number;
  messagesPerCpuSecond: number;
}

/** The throughput comparison the speed targets are judged on. */
export interface PairedThroughput {
  /** Whole-corpus passes; within each, the engines take turns every `chunk` messages. */
  passes: number;
  chunk: number;
  qunguard: EngineThroughput;
  baseline: EngineThroughput;
  mint: EngineThroughput;
  /** QunGuard messages/s over baseline messages/s by wall clock, per pass (same moments, same process). */
  ratios: number[];
  medianRatio: number;
  /** The same by CPU time: what each engine costs, unaffected by other processes taking the cores. */
  cpuRatios: number[];
  medianCpuRatio: number;
  /** QunGuard messages/s over mint-filter messages/s by wall clock, per pass: above 1 means QunGuard is faster. */
  mintRatios: number[];
  medianMintRatio: number;
  /** The same by CPU time. */
  mintCpuRatios: number[];
  medianMintCpuRatio: number;
  /** Wall time over CPU time of the passes: near 1 on a quiet machine, higher when other work competed. */
  wallOverCpu: number;
}

/** Prepares the engines (QunGuard first, so jieba is loaded once) and times whole-corpus passes, the engines taking turns chunk by chunk. */
export function runPairedThroughput(workload: Workload, policyPath: string): PairedThroughput {
  const dictionary = { policyPath, fillerTerms: workload.fillerTerms };
  const qunguard = prepareEngine('qunguard', dictionary);
  const engines: Record<(typeof ENGINES)[number], PreparedEngine> = {
    qunguard,
    baseline: prepareEngine('baseline', dictionary, true),
    mint: prepareEngine('mint', dictionary),
  };
  const { corpus } = workload;
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const passes = takeTurns(ENGINES.map((name) => engines[name]), corpus, PASSES, CHUNK);
  const of = (name: (typeof ENGINES)[number]): PassTotal[] => passes[ENGINES.indexOf(name)]!;
  const summarise = (name: (typeof ENGINES)[number]): EngineThroughput => {
    const wall = of(name).map((t) => t.wallMs);
    const cpu = of(name).map((t) => t.cpuMs);
    return {
      passWallMs: wall,
      passCpuMs: cpu,
      messagesPerSecond: corpus.length / (median(wall) / 1000),
      messagesPerSecondBestPass: corpus.length / (Math.min(...wall) / 1000),
      mbPerSecond: bytes / 1e6 / (median(wall) / 1000),
      messagesPerCpuSecond: corpus.length / (median(cpu) / 1000),
    };
  };
  /** Per pass, how many times faster QunGuard was than `other`. */
  const over = (other: (typeof ENGINES)[number], key: keyof PassTotal): number[] =>
    of(other).map((t, i) => t[key] / of('qunguard')[i]![key]);
  const ratios = over('baseline', 'wallMs');
  const cpuRatios = over('baseline', 'cpuMs');
  const mintRatios = over('mint', 'wallMs');
  const mintCpuRatios = over('mint', 'cpuMs');
  const all = passes.flat();
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    passes: PASSES,
    chunk: CHUNK,
    qunguard: summarise('qunguard'),
    baseline: summarise('baseline'),
    mint: summarise('mint'),
    ratios,
    medianRatio: median(ratios),
    cpuRatios,
    medianCpuRatio: median(cpuRatios),
    mintRatios,
    medianMintRatio: median(mintRatios),
    mintCpuRatios,
    medianMintCpuRatio: median(mintCpuRatios),
    wallOverCpu: sum(all.map((t) => t.wallMs)) / sum(all.map((t) => t.cpuMs)),
  };
}
