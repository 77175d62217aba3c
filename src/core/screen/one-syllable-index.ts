/**
 * Four-character terms with one character written as its pinyin syllable (`内bu消息`, `小dao消息`): how people dodge a
 * filter with a set phrase. Looked up around each Latin run instead of compiled into the term automaton, whose size
 * (four spellings per four-character term) would cost every message; the index is built on the first text with a
 * Latin letter in it, so Chinese-only input and reloads never pay for it.
 */
import { pinyin } from 'pinyin-pro';
import type { TermSpan } from './term-matcher.js';

/** Finds four-character terms written with one syllable in place of a character. */
export interface OneSyllableMatcher {
  find(text: string): TermSpan[];
}

const TERM_LENGTH = 4;
const CJK_ONLY = /^[\u3400-\u9fff]+$/;
const CJK = /[\u3400-\u9fff]/;
const GLUE = /[a-z0-9]/;
/** Syllables shorter than this (`a`, `e`, `o`) are too common as letters to stand for a character. */
const SHORTEST_SYLLABLE = 2;
/** The longest toneless syllable (`zhuang`). */
const LONGEST_SYLLABLE = 6;
const HAS_LATIN = /[a-z]/;

/** Indexes `terms` (normalised; '' for a term that must not be matched this way) by their one-syllable spellings. */
export function createOneSyllableMatcher(terms: readonly string[]): OneSyllableMatcher {
  let index: Map<string, number> | null = null;
  return {
    find(text) {
      if (!HAS_LATIN.test(text)) return [];
      index ??= indexSpellings(terms);
      return index.size === 0 ? [] : scan(text, index);
    },
  };
}

/** Key of a spelling: the characters before the syllable, the syllable, the characters after. */
const keyOf = (before: string, syllable: string, after: string): string => `${before}|${syllable}|${after}`;

function indexSpellings(terms: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  terms.forEach((term, termId) => {
    if (term.length !== TERM_LENGTH || !CJK_ONLY.test(term)) return;
    const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true });
    if (syllables.length !== TERM_LENGTH) return;
    syllables.forEach((s, i) => {
      if (s.length < SHORTEST_SYLLABLE || !/^[a-z]+$/.test(s)) return;
      const key = keyOf(term.slice(0, i), s, term.slice(i + 1));
      if (!index.has(key)) index.set(key, termId);
    });
  });
  return index;
}

function scan(text: string, index: Map<string, number>): TermSpan[] {
  const spans: TermSpan[] = [];
  for (let a = 0; a < text.length; a++) {
    if (!isLetter(text, a)) continue;
    let b = a;
    while (b < text.length && isLetter(text, b)) b++;
    if (b - a >= SHORTEST_SYLLABLE && b - a <= LONGEST_SYLLABLE) {
      for (let k = 0; k < TERM_LENGTH; k++) {
        const start = a - k;
        const end = b + (TERM_LENGTH - 1 - k);
        if (start < 0 || end > text.length || !allCjk(text, start, a) || !allCjk(text, b, end)) continue;
        const termId = index.get(keyOf(text.slice(start, a), text.slice(a, b), text.slice(b, end)));
        // a letter or digit glued on the outside makes it part of a longer token (`api小dao消息`)
        if (termId === undefined || GLUE.test(text[start - 1] ?? '') || GLUE.test(text[end] ?? '')) continue;
        spans.push({ termId, start, end, gapped: false });
      }
    }
    a = b;
  }
  return spans;
}

function isLetter(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0x61 && unit <= 0x7a;
}

function allCjk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!CJK.test(text[i]!)) return false;
  return true;
}
