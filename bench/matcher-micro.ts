/**
 * Micro-bench of the term matcher and the jieba confirmations (issue 12, items 3 and 5), in one process:
 * automaton build time and memory, matcher-only and screen() msgs/s at 10k and 100k terms, and what a cache of
 * segmentations would save. With `--old <dir>` (the dist/ of an earlier build) both builds run side by side,
 * alternating pass by pass, so load from elsewhere hits both alike.
 *
 *   npm run build && node --expose-gc dist/bench/matcher-micro.js [--old /path/to/old/dist] [--sizes 10000,100000]
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultPolicyPath, packageRoot } from '../src/config/package-root.js';
import * as ac from '../src/core/screen/aho-corasick.js';
import * as tm from '../src/core/screen/term-matcher.js';
import type { Segmenter } from '../src/core/screen/jieba-confirm.js';
import { SEGMENT_CACHE_SIZE } from '../src/core/screen/segment-cache.js';
import { mixedPinyinSpellings } from '../src/core/screen/mixed-pinyin.js';
import { normalise } from '../src/core/text/normalise.js';
import * as cs from '../src/policy/compile-screener.js';
import { jiebaSegmenter } from '../src/policy/jieba-segmenter.js';
import type { LoadedPolicy } from '../src/policy/load-policy.js';
import { msSince } from './engines.js';
import { generateFillerTerms } from './filler-terms.js';
import { createRng } from './prng.js';
import { buildWorkload, policyWithFiller, WORKLOAD_SIZE } from './workload.js';

/** One build of the code under test: the current one or an older dist/. */
interface Impl {
  name: string;
  buildAutomaton: typeof ac.buildAutomaton;
  createTermMatcher: typeof tm.createTermMatcher;
  compileScreener: (loaded: LoadedPolicy, segment: Segmenter, options?: { segmentCacheSize?: number }) => { screen(text: string): unknown[] };
}

const PASSES = 5;
const CHUNK = 500;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const sizes = (option('--sizes') ?? '10000,100000').split(',').map(Number);
  const impls: Impl[] = [{ name: 'new', buildAutomaton: ac.buildAutomaton, createTermMatcher: tm.createTermMatcher, compileScreener: cs.compileScreener }];
  const old = option('--old');
  if (old) impls.unshift(await loadImpl('old', old));
  log(`loadavg at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const policyPath = defaultPolicyPath();
  const workload = buildWorkload(packageRoot(), policyPath);
  const corpus = workload.corpus;
  const normalised = corpus.map((t) => normalise(t).text);
  const risky = [...workload.planted.map((p) => corpus[p.index]!), ...workload.evasions.map((e) => e.text)];
  const listed = new Set(policyWithFiller({ policyPath, fillerTerms: [] }).terms.map((t) => t.term));
  jiebaSegmenter('预热分词');

  for (const size of sizes) {
    const filler = generateFillerTerms(size - listed.size, createRng(WORKLOAD_SIZE.seed + size), listed);
    const loaded = policyWithFiller({ policyPath, fillerTerms: filler });
    const keys = matcherKeys(loaded);
    log(`\n== ${loaded.terms.length} terms, ${keys.length} matcher keys, ${corpus.length} messages ==`);
    for (const impl of impls) {
      const { ms, mb } = buildCost(() => impl.buildAutomaton(keys));
      log(`${impl.name}: automaton build ${ms.toFixed(0)} ms (median of 3), retained ${mb.toFixed(1)} MB`);
    }
    const matchers = impls.map((impl) => impl.createTermMatcher(keys));
    alternate('matcher.find', impls, matchers.map((m) => (i: number) => m.find(normalised[i]!).length), corpus.length);
    const current = impls[impls.length - 1]!;
    const arms = [...impls, { ...current, name: 'new without cache' }];
    const screeners = [...impls.map((impl) => impl.compileScreener(loaded, jiebaSegmenter)), current.compileScreener(loaded, jiebaSegmenter, { segmentCacheSize: 0 })];
    alternate('screen()', arms, screeners.map((s) => (i: number) => s.screen(corpus[i]!).length), corpus.length);
    decisionCache('whole corpus', loaded, corpus, current);
    decisionCache('messages with a planted term or an evasion', loaded, risky, current);
  }
  log(`\nloadavg at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

async function loadImpl(name: string, dist: string): Promise<Impl> {
  const at = (path: string): string => pathToFileURL(join(dist, path)).href;
  const a = (await import(at('src/core/screen/aho-corasick.js'))) as typeof ac;
  const t = (await import(at('src/core/screen/term-matcher.js'))) as typeof tm;
  const c = (await import(at('src/policy/compile-screener.js'))) as typeof cs;
  return { name, buildAutomaton: a.buildAutomaton, createTermMatcher: t.createTermMatcher, compileScreener: c.compileScreener };
}

/** The keys the candidate pass compiles, near enough: each term normalised and compacted, plus its mixed-pinyin spellings. */
function matcherKeys(loaded: LoadedPolicy): string[] {
  const keys = new Set<string>();
  for (const entry of loaded.terms) {
    if (entry.term.includes('...')) continue;
    const key = tm.compactTerm(normalise(entry.term.replace(/[{}]/g, '')).text);
    if (key.length === 0) continue;
    keys.add(key);
    if (!entry.alone) for (const spelling of mixedPinyinSpellings(key)) keys.add(spelling);
  }
  return [...keys];
}

/** Build time (median of 3) and the memory the last build still holds after a full GC. */
function buildCost(build: () => unknown): { ms: number; mb: number; built: unknown } {
  const times: number[] = [];
  let mb = 0;
  let built: unknown;
  for (let r = 0; r < 3; r++) {
    built = undefined;
    gc();
    gc();
    const before = memory();
    const start = process.hrtime.bigint();
    built = build();
    times.push(msSince(start));
    gc();
    gc();
    mb = (memory() - before) / 2 ** 20;
  }
  return { ms: median(times), mb, built };
}

/**
 * Passes over the corpus with the implementations interleaved every CHUNK messages in ABBA order, so a busy neighbour
 * slows both alike; msgs/s by CPU time (this thread's user + system) and by wall clock, median over the passes.
 */
function alternate(label: string, impls: readonly Impl[], runs: ReadonlyArray<(i: number) => number>, count: number, passes = PASSES): void {
  const cpu: number[][] = impls.map(() => []);
  const wall: number[][] = impls.map(() => []);
  let sink = 0;
  for (let i = 0; i < count; i++) for (const run of runs) sink += run(i); // warm-up
  for (let pass = 0; pass < passes; pass++) {
    const cpuMs = impls.map(() => 0);
    const wallMs = impls.map(() => 0);
    for (let from = 0, c = 0; from < count; from += CHUNK, c++) {
      const order = c % 2 === 0 ? runs.map((_, k) => k) : runs.map((_, k) => runs.length - 1 - k);
      for (const k of order) {
        const run = runs[k]!;
        const to = Math.min(count, from + CHUNK);
        const cpuStart = process.cpuUsage();
        const start = process.hrtime.bigint();
        for (let i = from; i < to; i++) sink += run(i);
        wallMs[k]! += msSince(start);
        const used = process.cpuUsage(cpuStart);
        cpuMs[k]! += (used.user + used.system) / 1000;
      }
    }
    impls.forEach((_, k) => {
      cpu[k]!.push(count / (cpuMs[k]! / 1000));
      wall[k]!.push(count / (wallMs[k]! / 1000));
    });
  }
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  const line = impls.map((impl, k) => `${impl.name} ${fmt(median(cpu[k]!))} msgs/cpu-s (wall ${fmt(median(wall[k]!))} msgs/s)`).join('  |  ');
  const ratio = impls.slice(1).map((impl, k) => `  ${impl.name}/${impls[0]!.name} cpu ${(median(cpu[k + 1]!) / median(cpu[0]!)).toFixed(2)}×, wall ${(median(wall[k + 1]!) / median(wall[0]!)).toFixed(2)}×`).join('');
  log(`${label}: ${line}${ratio}`);
}

/**
 * What the segmenter costs in screen(), and what caching its answers by window text would save:
 * calls per message, share of screening time, hit rates (within a message, unbounded, LRU of a few sizes),
 * then screen() with and without an LRU in front of jieba, alternating.
 */
function decisionCache(label: string, loaded: LoadedPolicy, corpus: readonly string[], impl: Impl): void {
  let calls = 0;
  let segmentNs = 0n;
  const windows: string[] = [];
  const messageOf: number[] = [];
  let current = 0;
  let recording = false;
  const timed: Segmenter = (text) => {
    if (!recording) return jiebaSegmenter(text);
    calls++;
    windows.push(text);
    messageOf.push(current);
    const start = process.hrtime.bigint();
    const tokens = jiebaSegmenter(text);
    segmentNs += process.hrtime.bigint() - start;
    return tokens;
  };
  const screener = impl.compileScreener(loaded, timed, { segmentCacheSize: 0 });
  for (const text of corpus) screener.screen(text); // warm-up: lazy indexes built, code optimised
  recording = true;
  const start = process.hrtime.bigint();
  for (current = 0; current < corpus.length; current++) screener.screen(corpus[current]!);
  const totalMs = msSince(start);
  const segmentMs = Number(segmentNs) / 1e6;
  const seenInMessage = new Set<string>();
  let inMessage = 0;
  windows.forEach((w, k) => {
    if (k === 0 || messageOf[k] !== messageOf[k - 1]) seenInMessage.clear();
    if (seenInMessage.has(w)) inMessage++;
    seenInMessage.add(w);
  });
  const distinct = new Set(windows).size;
  log(`${label} (${corpus.length} messages), segmenter: ${calls} calls (${(calls / corpus.length).toFixed(2)} per message), ${segmentMs.toFixed(0)} of ${totalMs.toFixed(0)} ms screening (${((100 * segmentMs) / totalMs).toFixed(0)}%, timer included)`);
  log(`  repeats: ${pct(inMessage, calls)} within the same message, ${pct(calls - distinct, calls)} across the corpus (unbounded cache); LRU ${[256, 1024, 4096].map((n) => `${n}: ${pct(lruHits(windows, n), calls)}`).join(', ')}`);
  const cached = impl.compileScreener(loaded, jiebaSegmenter);
  const plain = impl.compileScreener(loaded, jiebaSegmenter, { segmentCacheSize: 0 });
  const both: Impl[] = [{ ...impl, name: 'no cache' }, { ...impl, name: `cache ${SEGMENT_CACHE_SIZE}` }];
  const perCallUs = (segmentMs * 1000) / Math.max(1, calls);
  const savedUs = ((calls - distinct) * perCallUs) / corpus.length;
  log(`  jieba ${perCallUs.toFixed(1)} µs a call: an unbounded cache would save ~${savedUs.toFixed(1)} µs a message (compare with 1e6 / the no-cache msgs/cpu-s below)`);
  alternate('screen() cache', both, [plain, cached].map((s) => (i: number) => s.screen(corpus[i]!).length), corpus.length, Math.max(PASSES, Math.ceil(100_000 / corpus.length)));
}

function lruHits(keys: readonly string[], capacity: number): number {
  const lru = new Map<string, true>();
  let hits = 0;
  for (const key of keys) {
    if (lru.delete(key)) hits++;
    lru.set(key, true);
    if (lru.size > capacity) lru.delete(lru.keys().next().value!);
  }
  return hits;
}

function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const pct = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
const log = (line: string): void => void process.stdout.write(`${line}\n`);

void main();
