import { CharClass, classify } from '../text/char-class.js';

/** Word segmentation port (jieba in production): cuts a text into tokens that concatenate back to it. */
export type Segmenter = (text: string) => string[];

const CONTEXT = 24;

/**
 * Rejects a candidate that cuts into words on both sides: it starts inside one
 * token and ends inside another (`危机/密切`, `有机/密封圈`). A candidate that is a
 * whole token, or lies inside one token (`绝密文件`), stands. Only the words
 * around the candidate are segmented.
 */
export function cutsIntoWords(text: string, start: number, end: number, segment: Segmenter): boolean {
  const from = extend(text, start, -1);
  const to = extend(text, end, +1);
  // Separators inside the candidate (`手_工_活`) are taken out, so jieba sees the words as written.
  let window = '';
  let compactStart = -1;
  let compactEnd = -1;
  for (let i = from; i < to; i++) {
    if (i === start) compactStart = window.length;
    if (i === end) compactEnd = window.length;
    const inside = i > start && i < end;
    if (!inside || classify(text.codePointAt(i)!) === CharClass.Word) window += text[i];
  }
  if (compactEnd < 0) compactEnd = window.length;
  return cutsTokens(segment(window), compactStart, compactEnd);
}

/** Does [start, end) start inside one token and end inside another? */
function cutsTokens(tokens: readonly string[], start: number, end: number): boolean {
  let offset = 0;
  let startToken = -1;
  let startsInside = false;
  for (let t = 0; t < tokens.length; t++) {
    const tokenEnd = offset + tokens[t]!.length;
    if (startToken < 0 && start < tokenEnd) {
      startToken = t;
      startsInside = start > offset;
    }
    if (end <= tokenEnd) return startsInside && end < tokenEnd && t !== startToken;
    offset = tokenEnd;
  }
  return false;
}

function extend(text: string, from: number, direction: -1 | 1): number {
  let i = from;
  for (let n = 0; n < CONTEXT; n++) {
    const next = direction < 0 ? i - 1 : i;
    if (next < 0 || next >= text.length) break;
    if (classify(text.codePointAt(next)!) !== CharClass.Word) break;
    i += direction;
  }
  return i;
}
