/**
 * The one list of characters that render as nothing (or as a blank) and are used to pad
 * nicknames or split a listed word: soft hyphen, combining grapheme joiner, zero-width and
 * bidi controls, word joiners and invisible operators, Mongolian and Khmer fillers,
 * variation selectors, tag characters, Hangul fillers and the blank braille pattern.
 * Screening and nickname checks both read it, so they always agree on what is invisible.
 */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

/** True for a code point that a normalised message or a cleaned nickname must not keep. */
export function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [from, to] of RANGES) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
}

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;

/** The same set as a global regular expression, for string clean-up. */
export const INVISIBLE_PATTERN = new RegExp(`[${RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]`, 'gu');
