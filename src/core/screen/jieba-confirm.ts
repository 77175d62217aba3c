/**
 * Word-boundary confirmation with a segmenter (jieba in production): a candidate that cuts into the words around it
 * (`危机/密切`, `刷/单元格`) is not a hit, so ordinary words that merely contain a term are not flagged.
 */
import { CharClass, classify } from '../text/char-class.js';

/** Word segmentation port (jieba in production): cuts a text into tokens that concatenate back to it. */
export type Segmenter = (text: string) => string[];

const CONTEXT = 24;

/** How a candidate lies on the words around it, as the segmenter cut them. */
export interface WordFit {
  /** It starts after the start of the token it starts in (`危机/密切` for 机密). */
  startsInside: boolean;
  /** It ends before the end of the token it ends in. */
  endsInside: boolean;
  /** It starts and ends in different tokens. */
  spansTokens: boolean;
  /**
   * How far the token it ends in runs past its end, when that token begins
   * at the candidate's last character (`刷/单元格` for 刷单: 2); else 0.
   */
  runsInto: number;
  /** It is exactly one token. */
  whole: boolean;
}

/**
 * Rejects a candidate that cuts into words on both sides: it starts inside one
 * token and ends inside another (`危机/密切`, `有机/密封圈`). A candidate that is a
 * whole token, or lies inside one token (`绝密文件`), stands. Only the words
 * around the candidate are segmented.
 */
export function cutsIntoWords(text: string, start: number, end: number, segment: Segmenter): boolean {
  const fit = fitToWords(text, start, end, segment);
  return fit.startsInside && fit.endsInside && fit.spansTokens;
}

/**
 * The boundary rule on top of cutsIntoWords: a candidate whose last
 * character begins the next ordinary word is not a hit either (`刷/单元格`,
 * `去/死胡同`), while one followed by a word of its own stands (`绝密/切勿/外传`).
 * A one-character tail (`弄死/你们`, `刷/单员`) is a suffix, not a new word, and
 * a word begun earlier in the candidate (`小姐/上门服务`) leaves its last character
 * where it belongs: both stand.
 */
export function runsIntoNextWord(fit: WordFit): boolean {
  return fit.runsInto >= NEXT_WORD_TAIL;
}

/** Characters a word must run past the candidate to be a word of its own rather than a suffix (们, 员, 子). */
export const NEXT_WORD_TAIL = 2;

/** Segments the words around [start, end) and says how the candidate lies on them. */
export function fitToWords(text: string, start: number, end: number, segment: Segmenter): WordFit {
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
  return fitTokens(segment(window), compactStart, compactEnd);
}

function fitTokens(tokens: readonly string[], start: number, end: number): WordFit {
  let offset = 0;
  let startToken = -1;
  let startsInside = false;
  for (let t = 0; t < tokens.length; t++) {
    const tokenEnd = offset + tokens[t]!.length;
    if (startToken < 0 && start < tokenEnd) {
      startToken = t;
      startsInside = start > offset;
    }
    if (end <= tokenEnd) {
      const spansTokens = t !== startToken;
      return {
        startsInside,
        endsInside: end < tokenEnd,
        spansTokens,
        runsInto: spansTokens && offset === end - 1 ? tokenEnd - end : 0,
        whole: !spansTokens && !startsInside && end === tokenEnd,
      };
    }
    offset = tokenEnd;
  }
  return { startsInside, endsInside: false, spansTokens: false, runsInto: 0, whole: false };
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
