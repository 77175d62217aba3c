/**
 * Finding dictionary terms in normalised text in one pass, tolerating a few separators, spaces or emoji inside a term
 * (`赌 . 博`), so spacing a word out does not slip it past the screen.
 */
import { CharClass, classify, isInvisible, isLatinLetter } from '../text/char-class.js';
import { buildAutomaton, type Automaton } from './aho-corasick.js';

/** Most separators (spaces, punctuation, emoji…) tolerated between two characters of one term. */
export const MAX_SEPARATORS_IN_GAP = 3;

/** A term occurrence in normalised text: [start, end) in normalised UTF-16 units. */
export interface TermSpan {
  termId: number;
  start: number;
  end: number;
  /** Separators were skipped inside the match. */
  gapped: boolean;
}

/** Finds dictionary terms in normalised text in one pass, skipping a bounded number of separators inside a term. */
export interface TermMatcher {
  /**
   * `countGap(from, to)` says how many visible separators stand between normalised
   * offsets `from` and `to`; by default the graphemes of the normalised text.
   */
  find(text: string, countGap?: GapCounter): TermSpan[];
}

/** Counts the visible separators between two normalised offsets. */
export type GapCounter = (from: number, to: number) => number;

/** Strips separators from a normalised term so it matches the compact stream the matcher walks. */
export function compactTerm(normalisedTerm: string): string {
  let out = '';
  for (const ch of normalisedTerm) if (classify(ch.codePointAt(0)!) === CharClass.Word) out += ch;
  return out;
}

let positions: Int32Array = new Int32Array(1024);

/** Compiles terms (already normalised and compacted) into a matcher. */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  const automaton = buildAutomaton(terms);
  const latinStart = terms.map((t) => isLatinLetter(t.charCodeAt(0)));
  const latinEnd = terms.map((t) => isLatinLetter(t.charCodeAt(t.length - 1)));
  return {
    find(text, countGap = (from, to) => countVisible(text.slice(from, to))) {
      if (positions.length < text.length) positions = new Int32Array(text.length * 2);
      return scan(text, automaton, latinStart, latinEnd, countGap);
    },
  };
}

function scan(text: string, automaton: Automaton, latinStart: boolean[], latinEnd: boolean[], countGap: GapCounter): TermSpan[] {
  const spans: TermSpan[] = [];
  let state = 0;
  let fed = 0;
  const feed = (index: number, unit: number): void => {
    positions[fed] = index;
    state = automaton.step(state, unit);
    const ids = automaton.outputs(state);
    if (ids) {
      for (const id of ids) {
        const span = accept(text, id, fed, automaton.lengths[id]!, latinStart[id]!, latinEnd[id]!, countGap);
        if (span) spans.push(span);
      }
    }
    fed++;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const cls = unit < 0x80 && ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39))
      ? CharClass.Word
      : classify(isHigh ? text.codePointAt(i)! : unit);
    if (cls === CharClass.SentenceEnd) state = 0;
    else if (cls === CharClass.Word) {
      feed(i, unit);
      if (isHigh) feed(i + 1, next);
    }
    if (isHigh) i++;
  }
  return spans;
}

function accept(text: string, termId: number, last: number, length: number, latinStart: boolean, latinEnd: boolean, countGap: GapCounter): TermSpan | null {
  const first = last - length + 1;
  const start = positions[first]!;
  const end = positions[last]! + 1;
  let gapped = false;
  for (let k = first; k < last; k++) {
    const gap = positions[k + 1]! - positions[k]! - 1;
    if (gap === 0) continue;
    if (countGap(positions[k]! + 1, positions[k + 1]!) > MAX_SEPARATORS_IN_GAP) return null;
    gapped = true;
  }
  if (latinStart && start > 0 && isLatinLetter(text.charCodeAt(start - 1))) return null;
  if (latinEnd && end < text.length && isLatinLetter(text.charCodeAt(end))) return null;
  return { termId, start, end, gapped };
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const SKIN_TONE = /^[\u{1F3FB}-\u{1F3FF}]$/u;

/**
 * Visible separators in a piece of text: an emoji sequence (ZWJ-joined, skin
 * tone, flag) counts once; invisible characters do not count.
 */
export function countVisible(text: string): number {
  if (text.length > LONGEST_COUNTED_GAP) return MAX_SEPARATORS_IN_GAP + 1;
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (SKIN_TONE.test(segment)) continue;
    for (const ch of segment) {
      if (!isInvisible(ch.codePointAt(0)!)) {
        count++;
        break;
      }
    }
    if (count > MAX_SEPARATORS_IN_GAP) break;
  }
  return count;
}

/** A gap longer than this (in UTF-16 units) cannot be a few emoji: it is over the bound without counting. */
const LONGEST_COUNTED_GAP = 96;
