/**
 * Differential test: the chunked `nick` reader against the readline one it
 * replaced (kept in ./reference/), byte for byte, over random and hand-written
 * inputs in random chunks; lines that are not UTF-8 now get an error object.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../bench/prng.js';
import { runNick } from '../../src/cli/nick-command.js';
import { loadPolicy, type LoadedPolicy } from '../../src/policy/load-policy.js';
import { cut, edgeInputs, expectedOutput, outputsInPieces, randomCorpus, runOver } from './line-corpus.js';
import { runNick as referenceNick } from './reference/nick-command.js';
import { POLICIES } from './run-cli.js';

let policy: LoadedPolicy;
beforeAll(() => {
  policy = loadPolicy(`${POLICIES}small.yaml`);
});

const notUtf8Line = (n: number): string => JSON.stringify({ id: n, error: `第 ${n} 行不是 UTF-8 文本，请先另存为 UTF-8` });

describe('nick: chunked reader against the readline reference', () => {
  it.each(Array.from({ length: 8 }, (_, k) => k + 1))('random corpus, seed %i: same bytes out', async (seed) => {
    const corpus = randomCorpus(createRng(seed), 800, 'nickname');
    const reference = await runOver(corpus.chunks, (input, output) => referenceNick(policy, input, output));
    const got = await runOver(cut(createRng(seed + 100), corpus.bytes), (input, output) => runNick(policy, input, output));
    expect(got.toString('utf8')).toBe(expectedOutput(reference, corpus, notUtf8Line));
  }, 60_000);

  it.each(edgeInputs('nickname'))('%s: same bytes out, whole and in small chunks', async (_name, input) => {
    const { reference, got } = await outputsInPieces(input, (i, o) => runNick(policy, i, o), (i, o) => referenceNick(policy, i, o));
    expect(got).toEqual(got.map(({ size }) => ({ size, out: reference })));
  }, 60_000);
});
