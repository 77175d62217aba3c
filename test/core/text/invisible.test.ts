import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/nickname/clean-text.js';
import { INVISIBLE_PATTERN, isInvisible } from '../../../src/core/text/invisible.js';
import { normalise } from '../../../src/core/text/normalise.js';

/** One character of every kind people use to pad a nickname or split a listed word. */
const INVISIBLE: Array<[string, number]> = [
  ['soft hyphen', 0x00ad],
  ['combining grapheme joiner', 0x034f],
  ['Arabic letter mark', 0x061c],
  ['Hangul choseong filler', 0x115f],
  ['Hangul jungseong filler', 0x1160],
  ['Khmer inherent vowel', 0x17b4],
  ['Mongolian vowel separator', 0x180e],
  ['zero-width space', 0x200b],
  ['zero-width joiner', 0x200d],
  ['right-to-left mark', 0x200f],
  ['right-to-left override', 0x202e],
  ['word joiner', 0x2060],
  ['invisible separator', 0x2063],
  ['first strong isolate', 0x2068],
  ['blank braille pattern', 0x2800],
  ['Hangul filler', 0x3164],
  ['variation selector 16', 0xfe0f],
  ['byte order mark', 0xfeff],
  ['half-width Hangul filler', 0xffa0],
  ['tag space', 0xe0020],
  ['variation selector 17', 0xe0100],
];

/** Visible characters next to those ranges that must survive both clean-ups. */
const VISIBLE: Array<[string, number]> = [
  ['middle dot', 0x00b7],
  ['hyphen', 0x2010],
  ['braille dot 1', 0x2801],
  ['Hangul letter kiyeok', 0x3131],
  ['Han 一', 0x4e00],
  ['full-width hyphen', 0xff0d],
];

describe('one set of invisible characters for screening and nicknames', () => {
  it.each(INVISIBLE)('%s is dropped by both the message normaliser and the nickname clean-up', (_name, cp) => {
    const ch = String.fromCodePoint(cp);
    expect(isInvisible(cp)).toBe(true);
    expect(normalise(`赌${ch}博`).text).toBe('赌博');
    expect(cleanText(`销售部-李${ch}四`)).toBe('销售部-李四');
    expect(`a${ch}b`.replace(INVISIBLE_PATTERN, '')).toBe('ab');
  });

  it.each(VISIBLE)('%s is kept by both', (_name, cp) => {
    const ch = String.fromCodePoint(cp);
    expect(isInvisible(cp)).toBe(false);
    expect(normalise(`赌${ch}博`).text).not.toBe('赌博');
    expect(`a${ch}b`.replace(INVISIBLE_PATTERN, '')).toBe(`a${ch}b`);
  });

  it('agrees with the regular expression on every code point of the planes people type in', () => {
    const disagreements: string[] = [];
    for (let cp = 0; cp <= 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const byRegex = String.fromCodePoint(cp).replace(INVISIBLE_PATTERN, '') === '';
      if (byRegex !== isInvisible(cp)) disagreements.push(cp.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
