/**
 * Text clean-up shared by nickname parsing and the roster index, so that a nickname and a roster cell that look the same
 * on screen compare equal.
 */
import { INVISIBLE_PATTERN } from '../text/invisible.js';

/** A space between two Han characters (`李  四`), which people add to align two-character names. */
const SPACE_BETWEEN_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** NFKC, invisible characters dropped, whitespace collapsed and trimmed, no spaces between Han characters. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE_PATTERN, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(SPACE_BETWEEN_HAN, '$1');
}

/** Keys already computed: a join compares the newcomer with every member the bot knows, company-wide. */
const keys = new Map<string, string>();
const MAX_KEYS = 200_000;

/** Comparison key: cleaned, lower-cased, without any whitespace (`Tom Li` = `tomli`); remembered per text. */
export function textKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = cleanText(text).toLowerCase().replace(/\s+/gu, '');
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(text, key);
  }
  return key;
}
