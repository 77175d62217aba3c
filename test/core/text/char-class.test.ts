import { describe, expect, it } from 'vitest';
import { CharClass, classify, isInvisible, isLatinLetter } from '../../../src/core/text/char-class.js';
import { simplifiedCodePoint } from '../../../src/core/text/simplify.js';

const cp = (ch: string): number => ch.codePointAt(0)!;

describe('classify', () => {
  it.each([
    ['a', CharClass.Word],
    ['z', CharClass.Word],
    ['0', CharClass.Word],
    ['绝', CharClass.Word],
    ['𠀀', CharClass.Word],
    ['é', CharClass.Word],
    [' ', CharClass.Separator],
    ['\n', CharClass.Separator],
    ['\t', CharClass.Separator],
    [',', CharClass.Separator],
    ['，', CharClass.Separator],
    ['、', CharClass.Separator],
    ['*', CharClass.Separator],
    ['-', CharClass.Separator],
    ['.', CharClass.Separator],
    ['~', CharClass.Separator],
    ['😀', CharClass.Separator],
    ['❤', CharClass.Separator],
    ['\u{1F1E8}', CharClass.Separator], // regional indicator C
    ['\u{1F3FB}', CharClass.Separator], // skin tone modifier
    ['。', CharClass.SentenceEnd],
    ['！', CharClass.SentenceEnd],
    ['？', CharClass.SentenceEnd],
    ['!', CharClass.SentenceEnd],
    ['?', CharClass.SentenceEnd],
    ['；', CharClass.SentenceEnd],
    [';', CharClass.SentenceEnd],
    ['…', CharClass.Separator], // an ellipsis inside a term is an evasion (弄…死你), not a sentence end
  ])('%j is class %i', (ch, expected) => {
    expect(classify(cp(ch))).toBe(expected);
    // a second call is served from the cache and must agree
    expect(classify(cp(ch))).toBe(expected);
  });
});

describe('isInvisible', () => {
  it.each([0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad, 0x061c, 0x180e, 0x202a, 0x202e, 0x2066, 0x2069, 0xfe00, 0xfe0f, 0xe0100, 0xe01ef, 0xe0001, 0xe007f, 0x2061, 0x3164, 0x115f, 0x2800])(
    'U+%s is invisible',
    (code) => expect(isInvisible(code)).toBe(true),
  );

  it.each([0x20, 0x41, 0x4e00, 0x200a, 0x2010, 0xfe10, 0x1f600, 0xe0080, 0x3000])('U+%s is not invisible', (code) =>
    expect(isInvisible(code)).toBe(false),
  );
});

describe('isLatinLetter', () => {
  it.each([
    ['a', true],
    ['z', true],
    ['A', false], // callers lower-case first
    ['0', false],
    ['é', false],
    ['ａ', false],
  ])('%j -> %s', (ch, expected) => expect(isLatinLetter(ch.charCodeAt(0))).toBe(expected));
});

describe('simplifiedCodePoint', () => {
  it.each([
    ['絕', '绝'],
    ['機', '机'],
    ['這', '这'],
    ['資', '资'],
    ['賭', '赌'],
    ['绝', '绝'],
    ['a', 'a'],
  ])('%s -> %s', (from, to) => expect(String.fromCodePoint(simplifiedCodePoint(cp(from)))).toBe(to));
});
