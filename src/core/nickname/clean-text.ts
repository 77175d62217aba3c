/**
 * Text clean-up shared by nickname parsing and the roster index, so that a
 * nickname and a roster cell that look the same on screen compare equal.
 */

/**
 * Characters that render as nothing (or as blank) and are used to pad or fake
 * nicknames: soft hyphen, zero-width and bidi controls, word joiners, variation
 * selectors, tag characters, Hangul fillers and the blank braille pattern.
 */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** A space between two Han characters (`李  四`), which people add to align two-character names. */
const SPACE_BETWEEN_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** NFKC, invisible characters dropped, whitespace collapsed and trimmed, no spaces between Han characters. */
export function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(SPACE_BETWEEN_HAN, '$1');
}

/** Comparison key: cleaned, lower-cased, without any whitespace (`Tom Li` = `tomli`). */
export function textKey(text: string): string {
  return cleanText(text).toLowerCase().replace(/\s+/gu, '');
}
