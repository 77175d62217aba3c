/**
 * The segmentation cache changes no finding: a generated corpus (ordinary chat with planted terms from the shipped
 * policy and from filler company names, and their evasions) screened with real jieba, without the cache, with the
 * default one and with one small enough to evict all the time, gives the same findings message by message.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCleanChat, pickCarrier } from '../../../bench/chat-corpus.js';
import { evasionsOf } from '../../../bench/evasions.js';
import { generateFillerTerms } from '../../../bench/filler-terms.js';
import { createRng } from '../../../bench/prng.js';
import { policyWithFiller, readLines } from '../../../bench/workload.js';
import { defaultPolicyPath, packageRoot } from '../../../src/config/package-root.js';
import type { Segmenter } from '../../../src/core/screen/jieba-confirm.js';
import type { Finding } from '../../../src/core/types.js';
import { compileScreener } from '../../../src/policy/compile-screener.js';
import { loadJieba, jiebaSegmenter } from '../../../src/policy/jieba-segmenter.js';
import type { LoadedPolicy } from '../../../src/policy/load-policy.js';

function generateCorpus(seed: number, loaded: LoadedPolicy, filler: readonly string[]): string[] {
  const rng = createRng(seed);
  const chat = createCleanChat(readLines(join(packageRoot(), 'test', 'fixtures', 'work-talk.txt')), rng);
  const shipped = loaded.terms.map((t) => t.term).filter((t) => !t.includes('...') && !t.includes('{'));
  const corpus: string[] = [];
  while (corpus.length < 1500) {
    const roll = rng.next();
    if (roll < 0.5) corpus.push(chat.message());
    else if (roll < 0.6 && corpus.length > 0) corpus.push(rng.pick(corpus));
    else {
      const term = rng.chance(0.5) ? rng.pick(shipped) : rng.pick(filler);
      const carrier = pickCarrier(rng, chat);
      corpus.push(carrier.prefix + term + carrier.suffix);
      for (const evasion of evasionsOf(term, carrier, rng)) if (rng.chance(0.3)) corpus.push(evasion.text);
    }
  }
  return corpus;
}

/** jieba, counting the windows it is asked to cut. */
function countingJieba(): Segmenter & { calls: () => number } {
  let calls = 0;
  return Object.assign((text: string) => (calls++, jiebaSegmenter(text)), { calls: () => calls });
}

describe('the segmentation cache', () => {
  let loaded: LoadedPolicy;
  let corpus: string[];
  beforeAll(() => {
    loadJieba();
    const base = policyWithFiller({ policyPath: defaultPolicyPath(), fillerTerms: [] });
    const filler = generateFillerTerms(3000, createRng(5), new Set(base.terms.map((t) => t.term)));
    loaded = policyWithFiller({ policyPath: defaultPolicyPath(), fillerTerms: filler });
    corpus = generateCorpus(20261202, loaded, filler);
  }, 60_000);

  it.each<[string, number | undefined]>([
    ['the default cache', undefined],
    ['a cache of 16 windows (evicting all the time)', 16],
  ])('%s gives the same findings as no cache', (_name, size) => {
    const plain = countingJieba();
    const cached = countingJieba();
    const without = compileScreener(loaded, plain, { segmentCacheSize: 0 });
    const withCache = compileScreener(loaded, cached, size === undefined ? {} : { segmentCacheSize: size });
    let findings = 0;
    for (const text of corpus) {
      const expected: Finding[] = without.screen(text);
      expect(withCache.screen(text), text).toEqual(expected);
      findings += expected.length;
    }
    expect(findings).toBeGreaterThan(300); // the corpus really has hits to confirm
    expect(plain.calls()).toBeGreaterThan(300);
    expect(cached.calls()).toBeLessThan(plain.calls()); // and the cache really answered some of them
  }, 120_000);
});
