/** What a normalised character is to the matcher. */
export const CharClass = {
  /** Letters, digits, CJK: characters that make up terms. */
  Word: 0,
  /** Spaces, newlines, punctuation, symbols, emoji: skipped inside a term, within a bound. */
  Separator: 1,
  /** Sentence ends: a term never spans one. */
  SentenceEnd: 2,
} as const;

/** One of the CharClass values. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** An ellipsis is not among them: `弄…死你` is an evasion, and it counts as one separator. */
const SENTENCE_ENDS = new Set(['。', '！', '？', '!', '?', '；', ';', '｡']);
const WORD = /[\p{L}\p{N}]/u;
const bmpCache = new Uint8Array(0x10000).fill(255);
const astralCache = new Map<number, CharClass>();

/** Classifies a normalised code point; cached, so the hot loop pays one array read. */
export function classify(cp: number): CharClass {
  if (cp < 0x10000) {
    const cached = bmpCache[cp]!;
    if (cached !== 255) return cached as CharClass;
    const cls = compute(cp);
    bmpCache[cp] = cls;
    return cls;
  }
  let cls = astralCache.get(cp);
  if (cls === undefined) {
    cls = compute(cp);
    astralCache.set(cp, cls);
  }
  return cls;
}

function compute(cp: number): CharClass {
  const ch = String.fromCodePoint(cp);
  if (SENTENCE_ENDS.has(ch)) return CharClass.SentenceEnd;
  return WORD.test(ch) ? CharClass.Word : CharClass.Separator;
}

/** True for ASCII letters a-z (after lower-casing): the alphabet of pinyin and Latin terms. */
export function isLatinLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** The one set of invisible characters lives in invisible.ts; re-exported for the matchers. */
export { isInvisible } from './invisible.js';
