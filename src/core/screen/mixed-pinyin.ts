/**
 * Spellings of short Chinese terms written half in pinyin (`赌bo`, `jue密`), the usual way to dodge a word filter, so
 * the dictionary matcher catches them too.
 */
import { pinyin } from 'pinyin-pro';

const CJK_ONLY = /^[\u3400-\u9fff]+$/;
/**
 * Terms up to this many characters get every mix of characters and syllables
 * (`赌bo`, `你ma的`); longer ones (project code names, company names) are not
 * written half in pinyin, and each spelling is one more automaton pattern.
 */
const LONGEST_TERM = 3;
/** Syllables shorter than this (`a`, `e`, `o`) are too common as letters to stand for a character. */
const SHORTEST_SYLLABLE = 2;

/**
 * Spellings of an all-Chinese term with some characters written as their
 * toneless pinyin (`赌bo`, `jue密`, `色qing`): each character may be itself or
 * its syllable. The all-Chinese and all-pinyin spellings are not included
 * (the term itself and the pinyin matcher cover them).
 */
export function mixedPinyinSpellings(term: string): string[] {
  const chars = [...term];
  if (chars.length < 2 || chars.length > LONGEST_TERM || !CJK_ONLY.test(term)) return [];
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== chars.length || !syllables.every((s) => /^[a-z]+$/.test(s))) return [];
  const usable = syllables.map((s) => s.length >= SHORTEST_SYLLABLE);
  const out = new Set<string>();
  const all = (1 << chars.length) - 1;
  for (let mask = 1; mask < all; mask++) {
    if (chars.some((_, i) => mask & (1 << i) && !usable[i])) continue;
    out.add(chars.map((c, i) => (mask & (1 << i) ? syllables[i] : c)).join(''));
  }
  return [...out];
}
