import { loadavg } from 'node:os';
import { prepareEngine } from './engine-run.js';
import type { EngineName, PreparedEngine } from './engines.js';
import { quantile } from './percentiles.js';
import { createRng } from './prng.js';
import { WORKLOAD_SIZE, type Workload } from './workload.js';

/** Message lengths of the cost table, in UTF-16 code units (characters, for Chinese text); the last row is the bench's 1 MB message. */
export const MESSAGE_LENGTHS = [10, 100, 1_000, 10_000, 100_000] as const;
const ENGINES = ['qunguard', 'baseline', 'mint'] as const satisfies readonly EngineName[];
/** Characters screened per engine and length (messages = this / length, between MIN and MAX). */
const CHARS_PER_ROW = 1_000_000;
const MIN_MESSAGES = 3;
const MAX_MESSAGES = 2_000;

/** One engine's figures at one message length. */
export interface LengthCostCell {
  p50Ms: number;
  maxMs: number;
  mbPerSecond: number;
}

/** One message length: how many messages of it were screened, and each engine's figures. */
export interface LengthCostRow {
  chars: number;
  avgBytes: number;
  messages: number;
  engines: Record<(typeof ENGINES)[number], LengthCostCell>;
}

/** The message-length table, measured in one process. */
export interface LengthCost {
  rows: LengthCostRow[];
  wallOverCpu: number;
  loadBefore: number[];
  loadAfter: number[];
}

/**
 * Screens slices of the bench's 1 MB message (chat lines joined by newlines,
 * planted terms included) at each length, each message timed on its own, the
 * engines taking turns message by message (order rotating) so load hits all
 * alike. Dictionary: the bench's (shipped + filler terms).
 */
export function measureLengthCost(workload: Workload, policyPath: string): LengthCost {
  const loadBefore = loadavg();
  const dictionary = { policyPath, fillerTerms: workload.fillerTerms };
  const qunguard = prepareEngine('qunguard', dictionary);
  const engines: PreparedEngine[] = [qunguard, prepareEngine('baseline', dictionary, true), prepareEngine('mint', dictionary)];
  // Warm up on the whole short-message corpus, so lazily built parts and the JIT are ready before the first row.
  for (const engine of engines) for (const text of workload.corpus) engine.screen(text);
  const rng = createRng(WORKLOAD_SIZE.seed);
  const source = workload.bigMessage;
  const sets = MESSAGE_LENGTHS.map((length) => {
    const count = Math.max(MIN_MESSAGES, Math.min(MAX_MESSAGES, Math.round(CHARS_PER_ROW / length)));
    return Array.from({ length: count }, () => slice(source, rng.int(source.length - length), length));
  });
  sets.push(Array.from({ length: MIN_MESSAGES }, () => source));
  const cpuStart = process.cpuUsage();
  const wallStart = Date.now();
  const rows = sets.map((texts): LengthCostRow => {
    for (const engine of engines) for (const text of texts.slice(0, 3)) engine.screen(text);
    const nanos = engines.map(() => new Float64Array(texts.length));
    texts.forEach((text, i) => {
      for (let turn = 0; turn < engines.length; turn++) {
        const e = (i + turn) % engines.length;
        const start = process.hrtime.bigint();
        engines[e]!.screen(text);
        nanos[e]![i] = Number(process.hrtime.bigint() - start);
      }
    });
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
    const cell = (e: number): LengthCostCell => {
      const sorted = Float64Array.from(nanos[e]!).sort();
      const totalNs = sorted.reduce((a, b) => a + b, 0);
      return { p50Ms: quantile(sorted, 0.5) / 1e6, maxMs: sorted[sorted.length - 1]! / 1e6, mbPerSecond: bytes / 1e6 / (totalNs / 1e9) };
    };
    return {
      chars: texts.reduce((sum, text) => sum + text.length, 0) / texts.length,
      avgBytes: bytes / texts.length,
      messages: texts.length,
      engines: { qunguard: cell(0), baseline: cell(1), mint: cell(2) },
    };
  });
  const used = process.cpuUsage(cpuStart);
  return { rows, wallOverCpu: (Date.now() - wallStart) / ((used.user + used.system) / 1000), loadBefore, loadAfter: loadavg() };
}

/** `length` code units from `from`, moved off the middle of a surrogate pair at either end. */
function slice(text: string, from: number, length: number): string {
  const isLow = (i: number): boolean => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  const start = isLow(from) ? from + 1 : from;
  const end = isLow(start + length) ? start + length + 1 : start + length;
  return text.slice(start, end);
}
