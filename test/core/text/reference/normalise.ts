/** Reference: normalise as it was before the fast path and the lazy offset map (commit 48b0625), for the differential test;
 * since then only pinyin tone marks fold (src/core/text/pinyin-tones.ts), shared with it. */
import { isInvisible } from '../../../../src/core/text/char-class.js';
import { simplifiedCodePoint } from '../../../../src/core/text/simplify.js';
import { toneless } from '../../../../src/core/text/pinyin-tones.js';

/** A normalised copy of a text with, for every UTF-16 unit of the copy, the original range it came from. */
export interface NormalisedText {
  /** NFKC, lower-case, simplified Chinese, invisible characters dropped. */
  text: string;
  /** Original offset of the character each unit of `text` came from. */
  origStart: Int32Array;
  /** Original offset just past that character. */
  origEnd: Int32Array;
}

const foldCache = new Map<number, string>();

/** Folds one code point: NFKC, lower case, traditional -> simplified; '' for invisible characters. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCodePoint(simplifiedCodePoint(cp));
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = isInvisible(cp) ? '' : fold(String.fromCodePoint(cp));
    foldCache.set(cp, folded);
  }
  return folded;
}

function fold(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    const cp = c.codePointAt(0)!;
    if (!isInvisible(cp)) out += toneless(String.fromCodePoint(simplifiedCodePoint(cp)));
  }
  return out;
}

/** Normalises a text for matching, keeping a map back to original offsets. */
export function normalise(original: string): NormalisedText {
  const parts: string[] = [];
  let capacity = original.length + 16;
  let origStart: Int32Array = new Int32Array(capacity);
  let origEnd: Int32Array = new Int32Array(capacity);
  let length = 0;
  let plainRunStart = -1;

  const flushPlain = (end: number): void => {
    if (plainRunStart >= 0) parts.push(original.slice(plainRunStart, end));
    plainRunStart = -1;
  };

  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    const unchanged = folded.length === width && (width === 1 ? folded.charCodeAt(0) === cp : folded === original.slice(i, i + 2));
    if (length + folded.length > capacity) {
      capacity = Math.max(capacity * 2, length + folded.length + 16);
      origStart = grow(origStart, capacity);
      origEnd = grow(origEnd, capacity);
    }
    if (unchanged) {
      if (plainRunStart < 0) plainRunStart = i;
    } else {
      flushPlain(i);
      if (folded) parts.push(folded);
    }
    for (let k = 0; k < folded.length; k++) {
      origStart[length] = i;
      origEnd[length] = i + width;
      length++;
    }
    i += width;
  }
  flushPlain(original.length);
  return { text: parts.join(''), origStart: origStart.subarray(0, length), origEnd: origEnd.subarray(0, length) };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}
