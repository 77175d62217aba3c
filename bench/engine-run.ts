import { msSince, prepareBaseline, rssMB, prepareQunGuard, type EngineName, type PreparedEngine } from './engines.js';
import { prepareMint } from './mint-engine.js';
import { quantile } from './percentiles.js';
import type { Dictionary, Workload } from './workload.js';

/** Passes timing every message with process.hrtime.bigint(), for the latency percentiles (throughput: paired-throughput.ts). */
const LATENCY_PASSES = 3;
const BIG_MESSAGE_RUNS = 3;

/** Everything one engine's child process measures, as plain JSON. */
export interface EngineReport {
  engine: EngineName;
  termCount: number;
  jiebaLoadMs: number;
  prepareMs: number;
  latencyUs: { p50: number; p90: number; p99: number; p999: number; max: number };
  /** RSS (MiB) with the workload read, after jieba loaded, after the engine was built, after the timed passes. */
  rssMB: { workload: number; jieba: number; prepared: number; afterRun: number };
  heapUsedAfterRunMB: number;
  /** 1 where the planted term was found in its corpus message, per Workload.planted. */
  plainHits: number[];
  /** 1 where the disguised term was found, per Workload.evasions. */
  evasionHits: number[];
  /** 1 where the fixture's term was found, per Workload.violations. */
  violationHits: number[];
  falseAlarms: { messages: number; findings: number; cleanMessages: number; topTerms: [string, number][] };
  /** Corpus messages during which the engine called the segmenter (QunGuard segments around candidates only). */
  segmentedMessages: { clean: number; planted: number };
  big: { bytes: number; runsMs: number[]; rssDeltaMB: number; peakRssGrowthMB: number; dictionaryFindings: number };
  /** Results (findings or matched tokens) per latency pass: the same in every pass, and proof the work was used. */
  resultsPerPass: number;
}

/** Prepares one engine and measures it on the workload. */
export function runEngine(name: EngineName, workload: Workload, policyPath: string): EngineReport {
  collectGarbage();
  const rssWorkload = rssMB();
  const engine = prepareEngine(name, { policyPath, fillerTerms: workload.fillerTerms });
  const rssPrepared = rssMB();
  const { corpus } = workload;
  const hitRate = (texts: readonly string[], terms: readonly string[]): number[] =>
    texts.map((text, i) => (engine.termsFound(engine.screen(text)).some((found) => found.includes(terms[i]!)) ? 1 : 0));

  for (const text of corpus) engine.screen(text);
  hitRate(workload.evasions.map((e) => e.text), workload.evasions.map((e) => e.term));

  const plantedAt = new Map(workload.planted.map((p) => [p.index, p.term]));
  const plainHits: number[] = [];
  const falseCounts = new Map<string, number>();
  let falseMessages = 0;
  let falseFindings = 0;
  const segmented = { clean: 0, planted: 0 };
  corpus.forEach((text, index) => {
    const callsBefore = engine.segmentCalls();
    const found = engine.termsFound(engine.screen(text));
    const planted = plantedAt.get(index);
    if (engine.segmentCalls() > callsBefore) segmented[planted === undefined ? 'clean' : 'planted']++;
    if (planted !== undefined) {
      plainHits.push(found.some((f) => f.includes(planted)) ? 1 : 0);
      return;
    }
    if (found.length > 0) falseMessages++;
    falseFindings += found.length;
    for (const term of found) falseCounts.set(term, (falseCounts.get(term) ?? 0) + 1);
  });
  const evasionHits = hitRate(workload.evasions.map((e) => e.text), workload.evasions.map((e) => e.term));
  const violationHits = hitRate(workload.violations.map((v) => v.text), workload.violations.map((v) => v.term));

  let sink = 0;
  const latencies = new Float64Array(corpus.length * LATENCY_PASSES);
  for (let pass = 0; pass < LATENCY_PASSES; pass++) {
    collectGarbage();
    const offset = pass * corpus.length;
    for (let i = 0; i < corpus.length; i++) {
      const start = process.hrtime.bigint();
      const result = engine.screen(corpus[i]!) as unknown[];
      latencies[offset + i] = Number(process.hrtime.bigint() - start);
      sink += result.length;
    }
  }
  const memory = process.memoryUsage();

  return {
    engine: name,
    termCount: engine.termCount,
    jiebaLoadMs: engine.jiebaLoadMs,
    prepareMs: engine.prepareMs,
    latencyUs: latencySummary(latencies),
    rssMB: { workload: rssWorkload, jieba: engine.rssAfterJiebaMB, prepared: rssPrepared, afterRun: memory.rss / 2 ** 20 },
    heapUsedAfterRunMB: memory.heapUsed / 2 ** 20,
    plainHits,
    evasionHits,
    violationHits,
    falseAlarms: {
      messages: falseMessages,
      findings: falseFindings,
      cleanMessages: corpus.length - workload.planted.length,
      topTerms: [...falseCounts].sort((a, b) => b[1] - a[1]).slice(0, 12),
    },
    segmentedMessages: segmented,
    big: measureBig(engine, workload.bigMessage),
    resultsPerPass: sink / LATENCY_PASSES,
  };
}

/** Prepares the named engine over the dictionary; `jiebaLoaded` when this process already loaded jieba. */
export function prepareEngine(name: EngineName, dictionary: Dictionary, jiebaLoaded = false): PreparedEngine {
  if (name === 'qunguard') return prepareQunGuard(dictionary);
  if (name === 'mint') return prepareMint(dictionary);
  return prepareBaseline(dictionary, jiebaLoaded);
}

function measureBig(engine: PreparedEngine, text: string): EngineReport['big'] {
  const runsMs: number[] = [];
  let rssDeltaMB = 0;
  let peakRssGrowthMB = 0;
  let dictionaryFindings = 0;
  for (let run = 0; run < BIG_MESSAGE_RUNS; run++) {
    collectGarbage();
    const rssBefore = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS;
    const start = process.hrtime.bigint();
    const result = engine.screen(text);
    runsMs.push(msSince(start));
    if (run === 0) {
      rssDeltaMB = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
      peakRssGrowthMB = (process.resourceUsage().maxRSS - peakBefore) / 1024;
      dictionaryFindings = engine.termsFound(result).length;
    }
  }
  return { bytes: Buffer.byteLength(text, 'utf8'), runsMs, rssDeltaMB, peakRssGrowthMB, dictionaryFindings };
}

/** Runs a full GC when node was started with --expose-gc (the bench's children are), so memory readings are comparable. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function latencySummary(nanos: Float64Array): EngineReport['latencyUs'] {
  const sorted = Float64Array.from(nanos).sort();
  const at = (q: number): number => quantile(sorted, q) / 1000;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), p999: at(0.999), max: sorted[sorted.length - 1]! / 1000 };
}
