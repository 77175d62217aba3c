import { msSince, prepareBaseline, prepareQunGuard, type PreparedEngine } from './engines.js';
import type { Workload } from './workload.js';

/**
 * Throughput is measured with both engines in one process, alternating every
 * CHUNK messages (ABBA order), so a busy neighbour on a shared 2-core machine
 * slows both alike; each pass sums an engine's chunk times over the whole corpus.
 */
const PASSES = 5;
const CHUNK = 500;

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

/** The throughput comparison the speed target is judged on. */
export interface PairedThroughput {
  /** Whole-corpus passes; within each, the engines alternate every `chunk` messages. */
  passes: number;
  chunk: number;
  qunguard: EngineThroughput;
  baseline: EngineThroughput;
  /** QunGuard messages/s over baseline messages/s by wall clock, per pass (same moments, same process). */
  ratios: number[];
  medianRatio: number;
  /** The same by CPU time: what each engine costs, unaffected by other processes taking the cores. */
  cpuRatios: number[];
  medianCpuRatio: number;
  /** Wall time over CPU time of the passes: near 1 on a quiet machine, higher when other work competed. */
  wallOverCpu: number;
}

/** Prepares both engines (jieba loaded first) and times whole-corpus passes, alternating between them chunk by chunk. */
export function runPairedThroughput(workload: Workload, policyPath: string): PairedThroughput {
  const qunguard = prepareQunGuard(policyPath, workload.fillerTerms);
  const engines = { qunguard, baseline: prepareBaseline(policyPath, workload.fillerTerms, true) };
  const { corpus } = workload;
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const wall = { qunguard: [] as number[], baseline: [] as number[] };
  const cpu = { qunguard: [] as number[], baseline: [] as number[] };
  const timeChunk = (engine: PreparedEngine, from: number, to: number): { wallMs: number; cpuMs: number } => {
    let sink = 0;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = from; i < to; i++) sink += (engine.screen(corpus[i]!) as unknown[]).length;
    const wallMs = msSince(start);
    const used = process.cpuUsage(cpuStart);
    if (sink < 0) throw new Error('unreachable: keeps the results alive');
    return { wallMs, cpuMs: (used.user + used.system) / 1000 };
  };
  for (const engine of [engines.baseline, engines.qunguard]) timeChunk(engine, 0, corpus.length);
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let p = 0; p < PASSES; p++) {
    (globalThis as { gc?: () => void }).gc?.();
    const total = { qunguard: { wallMs: 0, cpuMs: 0 }, baseline: { wallMs: 0, cpuMs: 0 } };
    for (let from = 0, c = 0; from < corpus.length; from += CHUNK, c++) {
      const order = (c + p) % 2 === 0 ? (['baseline', 'qunguard'] as const) : (['qunguard', 'baseline'] as const);
      for (const name of order) {
        const t = timeChunk(engines[name], from, Math.min(corpus.length, from + CHUNK));
        total[name].wallMs += t.wallMs;
        total[name].cpuMs += t.cpuMs;
      }
    }
    for (const name of ['qunguard', 'baseline'] as const) {
      wall[name].push(total[name].wallMs);
      cpu[name].push(total[name].cpuMs);
    }
    ratios.push(total.baseline.wallMs / total.qunguard.wallMs);
    cpuRatios.push(total.baseline.cpuMs / total.qunguard.cpuMs);
  }
  const summarise = (name: 'qunguard' | 'baseline'): EngineThroughput => ({
    passWallMs: wall[name],
    passCpuMs: cpu[name],
    messagesPerSecond: corpus.length / (median(wall[name]) / 1000),
    messagesPerSecondBestPass: corpus.length / (Math.min(...wall[name]) / 1000),
    mbPerSecond: bytes / 1e6 / (median(wall[name]) / 1000),
    messagesPerCpuSecond: corpus.length / (median(cpu[name]) / 1000),
  });
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    passes: PASSES,
    chunk: CHUNK,
    qunguard: summarise('qunguard'),
    baseline: summarise('baseline'),
    ratios,
    medianRatio: median(ratios),
    cpuRatios,
    medianCpuRatio: median(cpuRatios),
    wallOverCpu: (sum(wall.qunguard) + sum(wall.baseline)) / (sum(cpu.qunguard) + sum(cpu.baseline)),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
