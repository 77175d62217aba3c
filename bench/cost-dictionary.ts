import { loadavg } from 'node:os';
import { collectGarbage, prepareEngine } from './engine-run.js';
import { rssMB, type EngineName, type PreparedEngine } from './engines.js';
import { generateFillerTerms } from './filler-terms.js';
import { createRng } from './prng.js';
import { median } from './percentiles.js';
import { takeTurns } from './take-turns.js';
import { WORKLOAD_SIZE, type Workload } from './workload.js';

/** Dictionary sizes of the cost table (generated filler terms only, the shipped policy's other settings kept). */
export const DICTIONARY_SIZES = [1_000, 10_000, 100_000] as const;
const ENGINES = ['qunguard', 'baseline', 'mint'] as const satisfies readonly EngineName[];
const PASSES = 3;
const CHUNK = 500;

/** One engine at one dictionary size. */
export interface DictionaryCostRow {
  terms: number;
  engine: EngineName;
  compileMs: number;
  /** Process RSS and JS heap growth (MiB, after a GC) while this engine was built. */
  rssGrowthMB: number;
  heapGrowthMB: number;
  messagesPerSecond: number;
  mbPerSecond: number;
  messagesPerCpuSecond: number;
}

/** The dictionary-size table, measured in one process. */
export interface DictionaryCost {
  messages: number;
  corpusMB: number;
  passes: number;
  rows: DictionaryCostRow[];
  /** RSS (MiB) with jieba loaded, before any engine was built, and with all of them built. */
  rssBaseMB: number;
  rssAllBuiltMB: number;
  wallOverCpu: number;
  loadBefore: number[];
  loadAfter: number[];
}

/**
 * Builds every engine at every size in this process (jieba loaded once,
 * first), recording compile time and memory growth of each, then times all of
 * them on the bench's short messages taking turns, so load hits all alike.
 */
export function measureDictionaryCost(workload: Workload, policyPath: string): DictionaryCost {
  const loadBefore = loadavg();
  const largest = DICTIONARY_SIZES[DICTIONARY_SIZES.length - 1]!;
  const filler = generateFillerTerms(largest, createRng(WORKLOAD_SIZE.seed), new Set());
  prepareEngine('qunguard', { policyPath, fillerTerms: [], fillerOnly: true });
  collectGarbage();
  const rssBaseMB = rssMB();
  const built: { terms: number; engine: EngineName; prepared: PreparedEngine; rssGrowthMB: number; heapGrowthMB: number }[] = [];
  for (const terms of DICTIONARY_SIZES) {
    const dictionary = { policyPath, fillerTerms: filler.slice(0, terms), fillerOnly: true };
    for (const engine of ENGINES) {
      collectGarbage();
      const rss = rssMB();
      const heap = process.memoryUsage().heapUsed;
      const prepared = prepareEngine(engine, dictionary, true);
      collectGarbage();
      built.push({ terms, engine, prepared, rssGrowthMB: rssMB() - rss, heapGrowthMB: (process.memoryUsage().heapUsed - heap) / 2 ** 20 });
    }
  }
  const rssAllBuiltMB = rssMB();
  const { corpus } = workload;
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const cpuStart = process.cpuUsage();
  const wallStart = Date.now();
  const passes = takeTurns(built.map((b) => b.prepared), corpus, PASSES, CHUNK);
  const used = process.cpuUsage(cpuStart);
  const rows = built.map((b, i): DictionaryCostRow => {
    const wall = median(passes[i]!.map((t) => t.wallMs));
    const cpu = median(passes[i]!.map((t) => t.cpuMs));
    return {
      terms: b.terms,
      engine: b.engine,
      compileMs: b.prepared.prepareMs,
      rssGrowthMB: b.rssGrowthMB,
      heapGrowthMB: b.heapGrowthMB,
      messagesPerSecond: corpus.length / (wall / 1000),
      mbPerSecond: bytes / 1e6 / (wall / 1000),
      messagesPerCpuSecond: corpus.length / (cpu / 1000),
    };
  });
  return {
    messages: corpus.length,
    corpusMB: bytes / 1e6,
    passes: PASSES,
    rows,
    rssBaseMB,
    rssAllBuiltMB,
    wallOverCpu: (Date.now() - wallStart) / ((used.user + used.system) / 1000),
    loadBefore,
    loadAfter: loadavg(),
  };
}
