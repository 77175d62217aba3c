/**
 * The `[单独]` rule: a term marked alone-only (`滚`) is a hit only as a whole message, clause or word (`滚！`, `你给我滚`),
 * never inside another word (`滚动`, `滚筒洗衣机`).
 */
import { CharClass, classify } from '../text/char-class.js';
import { fitToWords, type Segmenter } from './jieba-confirm.js';

/** Longest clause (in word characters) worth segmenting to see whether an alone-only term is a whole word there. */
const LONGEST_CLAUSE_SEGMENTED = 12;

/**
 * An alone-only term (`滚 [单独]`) counts when it is the whole message or
 * clause (`滚！`, `你，滚`), or a whole word of a short clause (`你给我滚`); inside
 * a word (`滚动`, `滚筒洗衣机`) it does not. Only short clauses are segmented.
 */
export function standsAlone(text: string, start: number, end: number, segment: Segmenter): boolean {
  const wordBefore = start > 0 && isWord(text, start - 1);
  const wordAfter = end < text.length && isWord(text, end);
  if (!wordBefore && !wordAfter) return true;
  let from = start;
  while (from > 0 && isWord(text, from - 1)) from--;
  let to = end;
  while (to < text.length && isWord(text, to)) to++;
  if (to - from > LONGEST_CLAUSE_SEGMENTED) return false;
  return fitToWords(text, start, end, segment).whole;
}

function isWord(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  const cp = unit >= 0xdc00 && unit <= 0xdfff && i > 0 ? text.codePointAt(i - 1)! : text.codePointAt(i)!;
  return classify(cp) === CharClass.Word;
}
