/**
 * The automaton (dense root row + open addressing) against two references over
 * random dictionaries and texts: the Map automaton it replaced, and a naive
 * `endsWith` search. At every step, the set of pattern ids reported must be the
 * same; the stream is reset to the root at random points, as the matcher does at
 * a sentence end.
 */
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../bench/prng.js';
import { buildAutomaton, type Automaton } from '../../../src/core/screen/aho-corasick.js';
import { buildMapAutomaton } from './reference/map-automaton.js';

/** Mixed CJK, Latin, digits, astral characters (two units each) and the extreme units 0 and 0xFFFF. */
const ALPHABET = ['机', '密', '切', '文', '件', '赌', '博', 'a', 'b', 'z', '1', '9', '😀', '𠀀', '\u0000', '\uffff', '\ud83d'];

/** Step-by-step output sets of an automaton on `units`, resetting to the root where `resets` says. */
function walk(automaton: Automaton, units: readonly number[], resets: ReadonlySet<number>): string[] {
  const out: string[] = [];
  let state = 0;
  units.forEach((unit, i) => {
    if (resets.has(i)) state = 0;
    state = automaton.step(state, unit);
    out.push([...(automaton.outputs(state) ?? [])].sort((a, b) => a - b).join(','));
  });
  return out;
}

/** The same, by brute force: every non-empty pattern the units fed since the last reset end with. */
function naive(patterns: readonly string[], units: readonly number[], resets: ReadonlySet<number>): string[] {
  const out: string[] = [];
  let fed = '';
  units.forEach((unit, i) => {
    if (resets.has(i)) fed = '';
    fed += String.fromCharCode(unit);
    const ids: number[] = [];
    patterns.forEach((p, id) => {
      if (p.length > 0 && fed.endsWith(p)) ids.push(id);
    });
    out.push(ids.join(','));
  });
  return out;
}

function randomWord(rng: Rng, maxChars: number): string {
  let word = '';
  const chars = rng.int(maxChars + 1);
  for (let c = 0; c < chars; c++) word += rng.pick(ALPHABET);
  return word;
}

/** A dictionary with overlapping prefixes and suffixes (patterns built from each other), duplicates and empties. */
function randomDictionary(rng: Rng, size: number): string[] {
  const patterns: string[] = [];
  for (let i = 0; i < size; i++) {
    const roll = rng.next();
    const earlier = patterns.length > 0 ? rng.pick(patterns) : '';
    if (roll < 0.05) patterns.push('');
    else if (roll < 0.12 && earlier) patterns.push(earlier);
    else if (roll < 0.3 && earlier) patterns.push(earlier + randomWord(rng, 3));
    else if (roll < 0.45 && earlier) patterns.push(randomWord(rng, 3) + earlier);
    else if (roll < 0.55 && earlier.length > 1) patterns.push(earlier.slice(1));
    else patterns.push(randomWord(rng, 6) || 'a');
  }
  return patterns;
}

/** A text made of dictionary pieces and random characters, so matches, near misses and fail links all occur. */
function randomText(rng: Rng, patterns: readonly string[], parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) {
    const p = rng.pick(patterns);
    text += rng.chance(0.5) ? p : rng.chance(0.5) ? p.slice(0, Math.max(0, p.length - 1)) : randomWord(rng, 4);
  }
  return text;
}

function units(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

function resetsFor(rng: Rng, length: number, rate: number): Set<number> {
  const resets = new Set<number>();
  for (let i = 0; i < length; i++) if (rng.chance(rate)) resets.add(i);
  return resets;
}

describe('buildAutomaton against the references', () => {
  it.each<[string, string[], string]>([
    ['a chain of one unit', ['a', 'aa', 'aaa', 'aaaa'], 'aaaaaaab'],
    ['suffix chains through fail links', ['abcd', 'bcd', 'cd', 'd', 'bce'], 'abcdbcebcd'],
    ['units 0 and 0xFFFF', ['\u0000\uffff', '\uffff', '\u0000\u0000'], '\u0000\u0000\uffff\u0000'],
    ['astral characters and a lone high surrogate', ['😀', '\ud83d', '😀😀', '\ude00'], '😀\ud83d😀😀x'],
    ['duplicates and empties', ['机密', '', '机密', '密', ''], '机密机密'],
    ['CJK with Latin and digits', ['赌博', 'du博', '博1', '9z'], 'du博1赌博9z'],
    ['no patterns', [], 'abc'],
    ['only empty patterns', ['', ''], 'abc'],
  ])('%s', (_name, patterns, text) => {
    const u = units(text);
    const none = new Set<number>();
    const fast = walk(buildAutomaton(patterns), u, none);
    expect(fast).toEqual(walk(buildMapAutomaton(patterns), u, none));
    expect(fast).toEqual(naive(patterns, u, none));
  });

  it.each(Array.from({ length: 40 }, (_, i) => [20261202 + i]))('random dictionary and texts, seed %i', (seed) => {
    const rng = createRng(seed);
    const patterns = randomDictionary(rng, 1 + rng.int(60));
    const fast = buildAutomaton(patterns);
    const reference = buildMapAutomaton(patterns);
    for (let t = 0; t < 20; t++) {
      const u = units(randomText(rng, patterns, 1 + rng.int(12)));
      const resets = resetsFor(rng, u.length, 0.05);
      const got = walk(fast, u, resets);
      expect(got).toEqual(walk(reference, u, resets));
      expect(got).toEqual(naive(patterns, u, resets));
    }
    expect(fast.lengths).toEqual(patterns.map((p) => p.length));
  });

  it.each([[7], [8]])('a dictionary large enough to grow the edge table many times, seed %i', (seed) => {
    const rng = createRng(seed);
    const patterns = randomDictionary(rng, 5000);
    const fast = buildAutomaton(patterns);
    const reference = buildMapAutomaton(patterns);
    for (let t = 0; t < 10; t++) {
      const u = units(randomText(rng, patterns, 200));
      const resets = resetsFor(rng, u.length, 0.01);
      expect(walk(fast, u, resets)).toEqual(walk(reference, u, resets));
    }
  });
});
