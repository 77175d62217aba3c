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

/** True for characters a normalised message must not keep: zero-width, soft hyphen, variation selectors, bidi controls. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2060 || cp === 0xfeff || cp === 0x00ad || cp === 0x061c || cp === 0x180e ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}
