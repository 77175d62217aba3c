import nodejieba from 'nodejieba';
import { compileScreener } from '../src/policy/compile-screener.js';
import { jiebaSegmenter } from '../src/policy/jieba-segmenter.js';
import type { Finding } from '../src/core/types.js';
import { policyWithFiller, type Dictionary } from './workload.js';

/** The engines the bench compares. */
export type EngineName = 'qunguard' | 'baseline' | 'mint';

/** One engine made ready to screen, with what getting ready cost. */
export interface PreparedEngine<R = unknown> {
  /** The measured call: text in, raw engine output out. */
  screen(text: string): R;
  /** Dictionary terms the output reports (outside the timed region). */
  termsFound(result: R): string[];
  /** Distinct terms the engine compiled. */
  termCount: number;
  /** Milliseconds to load jieba's dictionaries (both engines need them). */
  jiebaLoadMs: number;
  /** Process RSS (MB) right after jieba loaded, before the engine was built. */
  rssAfterJiebaMB: number;
  /** Milliseconds to read the policy and compile the screener, or to build the term Set. */
  prepareMs: number;
  /** Segmenter calls so far (QunGuard only: it segments around candidates). */
  segmentCalls(): number;
}

/** Loads jieba first, then compiles QunGuard's screener over the shipped policy plus the filler terms. */
export function prepareQunGuard(dictionary: Dictionary): PreparedEngine<Finding[]> {
  const jiebaStart = process.hrtime.bigint();
  jiebaSegmenter('预热分词');
  const jiebaLoadMs = msSince(jiebaStart);
  const rssAfterJiebaMB = rssMB();
  let calls = 0;
  const counting = (text: string): string[] => {
    calls++;
    return jiebaSegmenter(text);
  };
  const start = process.hrtime.bigint();
  const screener = compileScreener(policyWithFiller(dictionary), counting);
  const prepareMs = msSince(start);
  return {
    screen: (text) => screener.screen(text),
    termsFound: (findings) => findings.filter((f) => f.source === 'dictionary').map((f) => f.term),
    termCount: screener.termCount,
    jiebaLoadMs,
    rssAfterJiebaMB,
    prepareMs,
    segmentCalls: () => calls,
  };
}

/**
 * The naive baseline: jieba tokens (with HMM) looked up in a Set of the same
 * terms; no normalisation, no allow-list. Pass `jiebaLoaded` when QunGuard's
 * segmenter already loaded jieba in this process (a second load() reloads).
 */
export function prepareBaseline(dictionary: Dictionary, jiebaLoaded = false): PreparedEngine<string[]> {
  const jiebaStart = process.hrtime.bigint();
  if (!jiebaLoaded) nodejieba.load();
  const jiebaLoadMs = msSince(jiebaStart);
  const rssAfterJiebaMB = rssMB();
  const start = process.hrtime.bigint();
  const terms = new Set(policyWithFiller(dictionary).terms.map((t) => t.term));
  const prepareMs = msSince(start);
  const screen = (text: string): string[] => {
    const found: string[] = [];
    for (const token of nodejieba.cut(text, true)) if (terms.has(token)) found.push(token);
    return found;
  };
  return { screen, termsFound: (found) => found, termCount: terms.size, jiebaLoadMs, rssAfterJiebaMB, prepareMs, segmentCalls: () => 0 };
}

/** Milliseconds since a process.hrtime.bigint() reading. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Resident set size of this process, in MiB. */
export function rssMB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}
