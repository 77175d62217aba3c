/**
 * The mainland mobile number detector (手机号), also catching numbers spaced or dashed digit by digit to slip past a
 * filter, while amounts and thousands-grouped figures are left alone.
 */
import type { Detector } from './detector.js';
import { groupedAs, groupingOf, isThousandsGrouping, looksLikeAmount, separatedRunContinues } from './digit-groups.js';
import { introducedAsReference } from './reference-number.js';
import { scanMatches } from './scan.js';

/**
 * Mainland mobile numbers: optional +86 / 86 / 0086 / (+86) prefix, then 1[3-9]
 * and nine digits, with at most one space or dash between any two digits. How
 * the digits are grouped is judged in code. Every alternative is bounded, so
 * the scan stays linear.
 */
const CANDIDATE = /(?<!\d)(?:(?:\((?:\+|00)?86\)|(?:\+|00)?86)[ -]?)?(1[ -]?[3-9](?:[ -]?\d){9})(?!\d)/g;

/** The groupings people write a number in: 3-4-4 and its halves (`138 1234 5678`, `1381234 5678`). */
const USUAL_GROUPS = [[3, 4, 4], [3, 8], [7, 4]] as const;

/**
 * Whether the 11 digits are grouped like a phone number. The usual groupings
 * may be mixed and followed by more text; any other grouping (`1 3 5 1 2 …`,
 * `1351 234 0000`) must use one separator, not run on into more digits, and
 * not be thousands grouping.
 */
function plausibleGrouping(text: string, number: string, start: number, end: number): boolean {
  const g = groupingOf(number);
  if (g.separator === null || groupedAs(g, USUAL_GROUPS)) return true;
  return !g.mixed && !isThousandsGrouping(g) && !separatedRunContinues(text, start, end);
}

/** Finds mainland China mobile phone numbers (手机号), also spaced or dashed digit by digit. */
export function createCnMobileDetector(): Detector {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  return (text) =>
    scanMatches(re, text, 'cn_mobile', (m, t) => {
      const start = m.index;
      const end = start + m[0].length;
      const number = m[1] ?? '';
      if (!plausibleGrouping(t, number, start, end)) return null;
      if (introducedAsReference(t, start) || looksLikeAmount(t, start, end)) return null;
      return { start, end };
    });
}
