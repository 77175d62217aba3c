/**
 * Catching terms spelled out in full pinyin (`dubo`, `du bo`, `du😀bo` for 赌博); the index is built lazily, so reloads and
 * Chinese-only input never pay for it.
 */
import { pinyin } from 'pinyin-pro';
import { isLatinLetter } from '../text/char-class.js';
import { MAX_SEPARATORS_IN_GAP, type TermSpan } from './term-matcher.js';

interface PinyinEntry {
  termId: number;
  /** Letter offsets (within the joined pinyin) where a syllable starts. */
  syllableStarts: Set<number>;
}

/** Finds Latin runs that spell a term's full pinyin (`dubo`, `du bo` -> 赌博). */
export interface PinyinMatcher {
  find(text: string): TermSpan[];
}

const CJK_ONLY = /^[\u3400-\u9fff]{2,}$/;
/**
 * What may stand between the syllables of one spelled-out word: spaces, line
 * breaks, `-_.·*~'` and symbols or emoji (`du bo`, `du-bo`, `du😀bo`); brackets,
 * colons and other punctuation end it.
 */
const RUN_SEPARATOR = /^[\s\-_.·*~'\p{S}\p{Extended_Pictographic}]$/u;
const SHORTEST_RUN = 4;
const LONGEST_RUN = 48;

/**
 * Indexes the full toneless pinyin of every all-Chinese term. The index is built on the
 * first text that has a Latin letter in it, not when the policy compiles: a reload, or a
 * `check` run over Chinese-only input, never pays for it (pinyin of every term is the
 * costliest part of compiling a large dictionary).
 */
export function createPinyinMatcher(terms: readonly string[]): PinyinMatcher {
  let index: Map<string, PinyinEntry[]> | null = null;
  return {
    find(text) {
      if (!HAS_LATIN.test(text)) return [];
      index ??= indexPinyin(terms);
      return index.size === 0 ? [] : scanRuns(text, index);
    },
  };
}

const HAS_LATIN = /[A-Za-z]/;

function indexPinyin(terms: readonly string[]): Map<string, PinyinEntry[]> {
  const index = new Map<string, PinyinEntry[]>();
  terms.forEach((term, termId) => {
    if (!CJK_ONLY.test(term)) return;
    const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true });
    const joined = syllables.join('');
    if (joined.length < SHORTEST_RUN || !/^[a-z]+$/.test(joined)) return;
    const syllableStarts = new Set<number>();
    let offset = 0;
    for (const s of syllables) {
      syllableStarts.add(offset);
      offset += s.length;
    }
    const entries = index.get(joined) ?? [];
    entries.push({ termId, syllableStarts });
    index.set(joined, entries);
  });
  return index;
}

function scanRuns(text: string, index: Map<string, PinyinEntry[]>): TermSpan[] {
  const spans: TermSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLatinLetter(text.charCodeAt(i))) continue;
    if (i > 0 && isRunBreaker(text, i - 1)) {
      i = skipRun(text, i);
      continue;
    }
    const run = readRun(text, i);
    i = run.end;
    if (run.letters.length < SHORTEST_RUN || run.letters.length > LONGEST_RUN) continue;
    if (run.end < text.length && isRunBreaker(text, run.end)) continue;
    for (const entry of index.get(run.letters) ?? []) {
      if (run.gapsAfter.every((k) => entry.syllableStarts.has(k))) {
        spans.push({ termId: entry.termId, start: run.start, end: run.end, gapped: run.gapsAfter.length > 0 });
      }
    }
  }
  return spans;
}

/** A digit or any other word character glued to the run means it is not a pinyin word. */
function isRunBreaker(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a);
}

function skipRun(text: string, i: number): number {
  while (i < text.length && isLatinLetter(text.charCodeAt(i))) i++;
  return i;
}

interface Run {
  start: number;
  end: number;
  letters: string;
  /** Letter counts after which separators stood. */
  gapsAfter: number[];
}

function readRun(text: string, start: number): Run {
  let letters = '';
  const gapsAfter: number[] = [];
  let i = start;
  let end = start;
  let gap = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (isLatinLetter(unit)) {
      if (i > end && letters.length > 0) gapsAfter.push(letters.length);
      letters += text[i];
      end = ++i;
      gap = 0;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (++gap > MAX_SEPARATORS_IN_GAP || !RUN_SEPARATOR.test(String.fromCodePoint(cp))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return { start, end, letters, gapsAfter };
}
