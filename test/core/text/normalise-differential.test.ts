/**
 * Differential test: `normalise` (no-change fast path, offset map built on
 * first read) against the implementation it replaced, kept in ./reference/,
 * over random Unicode. Text and both offset arrays must be identical.
 */
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../bench/prng.js';
import { normalise } from '../../../src/core/text/normalise.js';
import { normalise as referenceNormalise } from './reference/normalise.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/** Kinds of character a chat message carries, each a pool of code points (or of raw UTF-16 units). */
const POOLS: Record<string, number[]> = {
  asciiLower: range(0x61, 0x7a),
  asciiUpper: range(0x41, 0x5a),
  digitsAndPunctuation: [...range(0x20, 0x40), ...range(0x5b, 0x60), ...range(0x7b, 0x7e), 0x09, 0x0a, 0x0d],
  simplified: [...'绝密文件泄露机密客户名单薪资赌博刷单加微信群管理员今天下午开会'].map((c) => c.codePointAt(0)!),
  traditional: [...'絕這機資習會議來點發們說讓與戶單訊號網頁傳'].map((c) => c.codePointAt(0)!),
  anyCjk: range(0x4e00, 0x9fff),
  fullWidth: [...range(0xff01, 0xff5e), 0x3000, 0xff61, 0xffe5],
  compatibility: [0x3231, 0xfb01, 0xfb03, 0x2460, 0x2473, 0x216b, 0x338f, 0x2122, 0x00bd, 0x00b2, 0x1e9e, 0x0130, 0x03a3, ...range(0xf900, 0xf90f)],
  combining: [...range(0x0300, 0x036f), 0x3099, 0x309a, 0x20dd],
  invisible: [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad, 0x061c, 0x180e, 0x202a, 0x202e, 0x2066, 0x2069, 0xfe00, 0xfe0f, 0xe0100, 0xe0041, 0xe007f],
  astral: [...range(0x1f600, 0x1f64f), 0x1f468, 0x1f469, 0x1f467, 0x20000, 0x2a6d6, 0x2f800, 0x1d400, 0x1d7ce, 0x1f170, 0x10400, 0x10428],
  latinExtended: [...range(0xc0, 0xff), ...range(0x100, 0x17f), ...range(0x391, 0x3c9), ...range(0x410, 0x44f)],
  hangulAndKana: [...range(0xac00, 0xac20), ...range(0x3041, 0x3096), ...range(0xff66, 0xff9d)],
  loneSurrogate: [0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83d, 0xde00],
  anyBmpUnit: [], // drawn at random below
  anyCodePoint: [],
};
const KINDS = Object.keys(POOLS);

/** One random character (or lone surrogate unit) of the given kind. */
function draw(rng: Rng, kind: string): string {
  if (kind === 'anyBmpUnit') return String.fromCharCode(rng.int(0x10000));
  if (kind === 'anyCodePoint') return String.fromCodePoint(rng.int(0x110000));
  const cp = rng.pick(POOLS[kind]!);
  return kind === 'loneSurrogate' ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** A random text: mostly one or two kinds (as real messages are), sometimes anything. */
function randomText(rng: Rng): string {
  const length = rng.chance(0.05) ? rng.int(2000) : rng.int(40);
  const kinds = rng.chance(0.3) ? KINDS : [rng.pick(KINDS), rng.pick(KINDS), 'simplified', 'asciiLower'];
  let text = '';
  for (let k = 0; k < length; k++) text += draw(rng, rng.pick(kinds));
  return text;
}

const sameArrays = (a: Int32Array, b: Int32Array): boolean => a.length === b.length && a.every((v, k) => v === b[k]);

/** How `normalise` and the reference differ on a text; null when they agree. */
function difference(input: string): string | null {
  const want = referenceNormalise(input);
  const got = normalise(input);
  if (got.text !== want.text) return `text of ${JSON.stringify(input)}: ${JSON.stringify(got.text)} instead of ${JSON.stringify(want.text)}`;
  if (!sameArrays(got.origStart, want.origStart)) return `origStart of ${JSON.stringify(input)}`;
  if (!sameArrays(got.origEnd, want.origEnd)) return `origEnd of ${JSON.stringify(input)}`;
  return null;
}

function expectSame(input: string): void {
  expect(difference(input)).toBeNull();
}

describe('normalise against the reference implementation', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('4,000 random texts, seed %i: same text, same offsets', (seed) => {
    const rng = createRng(seed);
    const differences: string[] = [];
    for (let k = 0; k < 4000 && differences.length < 5; k++) {
      const found = difference(randomText(rng));
      if (found) differences.push(found);
    }
    expect(differences).toEqual([]);
  });

  it.each([
    ['plain simplified (fast path)', '今天下午三点在三楼开会'],
    ['plain lower-case Latin and digits', 'meeting at 3pm room 301'],
    ['change in the last unit only', '今天下午开会A'],
    ['change in the first unit only', 'A今天下午开会'],
    ['emoji kept, then a change', '好😀好Ｘ'],
    ['lone high surrogate at the end', '好\uD83D'],
    ['lone low surrogate at the start', '\uDE00好'],
    ['high surrogate then another high', '\uD83D\uD83D\uDE00'],
    ['only invisible characters', '\u200B\uFEFF\u{E0100}'],
    ['combining marks on their own', 'e\u0301\u0300a\u0308'],
    ['long plain text', '这是一条没有需要改动的字符的普通消息。'.repeat(5000)],
    ['long text changed at the end', `${'普通消息'.repeat(5000)}絕`],
    ['empty', ''],
  ])('%s', (_name, input) => {
    expectSame(input);
  });

  it('reading the offsets twice gives the same arrays, and text alone never needs them', () => {
    const n = normalise('絕\u200B密ＡＢ😀');
    expect(n.text).toBe('绝密ab😀');
    const first = Array.from(n.origStart);
    expect(Array.from(n.origStart)).toEqual(first);
    expect(Array.from(n.origEnd)).toEqual(Array.from(referenceNormalise('絕\u200B密ＡＢ😀').origEnd));
  });
});
