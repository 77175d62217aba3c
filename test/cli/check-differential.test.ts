/**
 * Differential test: the chunked `check` reader against the readline one it
 * replaced (kept in ./reference/), byte for byte, over random and hand-written
 * inputs in random chunks. Lines that are not UTF-8 are the one intended
 * change: the reference misread them, the new reader prints an error object.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../bench/prng.js';
import { runCheck } from '../../src/cli/check-command.js';
import type { Screener } from '../../src/core/screen/screener.js';
import { compileScreener } from '../../src/policy/compile-screener.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { cut, edgeInputs, expectedOutput, outputsInPieces, randomCorpus, runOver } from './line-corpus.js';
import { runCheck as referenceCheck } from './reference/check-command.js';
import { POLICIES } from './run-cli.js';
import { wholeMessage } from '../support/segmenters.js';

let screener: Screener;
beforeAll(() => {
  // the screen is the same on both sides; a segmenter that keeps every candidate spares loading jieba
  screener = compileScreener(loadPolicy(`${POLICIES}small.yaml`), wholeMessage);
});

const notUtf8Line = (n: number): string => JSON.stringify({ id: n, error: `第 ${n} 行不是 UTF-8 文本，请先另存为 UTF-8`, findings: [] });

describe('check: chunked reader against the readline reference', () => {
  it.each(Array.from({ length: 12 }, (_, k) => k + 1))('random corpus, seed %i: same bytes out', async (seed) => {
    const corpus = randomCorpus(createRng(seed), 800, 'text');
    const reference = await runOver(corpus.chunks, (input, output) => referenceCheck(screener, input, output));
    const got = await runOver(cut(createRng(seed + 100), corpus.bytes), (input, output) => runCheck(screener, input, output));
    expect(got.toString('utf8')).toBe(expectedOutput(reference, corpus, notUtf8Line));
  }, 60_000);

  it.each(edgeInputs('text'))('%s: same bytes out, whole and in small chunks', async (_name, input) => {
    const { reference, got } = await outputsInPieces(input, (i, o) => runCheck(screener, i, o), (i, o) => referenceCheck(screener, i, o));
    expect(got).toEqual(got.map(({ size }) => ({ size, out: reference })));
  }, 60_000);

  it('the random corpora do exercise what they are meant to', () => {
    const corpus = randomCorpus(createRng(3), 800, 'text');
    const text = corpus.bytes.toString('utf8');
    expect(corpus.notUtf8.size).toBeGreaterThan(10);
    for (const form of ['{"id": ', '{"text":', '\\"', '\\\\', '{oops']) expect(text).toContain(form);
  });
});
