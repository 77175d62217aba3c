/**
 * The resident ID detector (身份证号): 18 characters, written plainly or spaced and dashed, count only with a real birth
 * date and a correct check digit, so a look-alike run of digits is never flagged as someone's ID.
 */
import type { Detector } from './detector.js';
import { groupedAs, groupingOf, isOneByOne, separatedRunContinues } from './digit-groups.js';
import { scanMatches } from './scan.js';

/**
 * 18-character candidates with at most one space or dash between any two
 * characters, not inside a longer run of digits; the grouping, the exact date
 * and the check digit are confirmed in code.
 */
const CANDIDATE = /(?<!\d)[1-8](?:[ -]?\d){16}[ -]?[\dXx](?![\dXx])/g;

/** How people group an ID: 6-8-4 (area, birth date, sequence) or 6-4-4-4. */
const ID_GROUPS = [[6, 8, 4], [6, 4, 4, 4]] as const;

/**
 * Contiguous, or 6-8-4 / 6-4-4-4 / one character at a time with one kind of
 * separator, and then not running on into more separated digits.
 */
function plausibleGrouping(text: string, value: string, start: number, end: number): boolean {
  const g = groupingOf(value);
  if (g.separator === null) return true;
  if (g.mixed || !(groupedAs(g, ID_GROUPS) || isOneByOne(g))) return false;
  return !separatedRunContinues(text, start, end);
}

const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') for the first 17 digits of an ID. */
export function cnIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Whether year-month-day is a real calendar date (Gregorian leap years) in 1900..2099. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Reads the ASCII digits id[from..to) as a number; NaN if any is not a digit. */
function readNumber(id: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Whether 18 compact characters form a valid mainland resident ID number. */
export function isValidCnId(id: string): boolean {
  if (id.length !== 18) return false;
  const first = id.charCodeAt(0);
  if (first < 49 || first > 56) return false; // area code starts with 1-8
  for (let i = 1; i < 17; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (!isRealDate(readNumber(id, 6, 10), readNumber(id, 10, 12), readNumber(id, 12, 14))) return false;
  return cnIdCheckChar(id) === id.charAt(17).toUpperCase();
}

/** Finds mainland resident ID numbers (身份证号) with a real birth date and a correct check digit, also spaced or dashed. */
export function createCnIdDetector(): Detector {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  return (text) =>
    scanMatches(re, text, 'cn_id', (m, t) => {
      const start = m.index;
      const end = start + m[0].length;
      if (!plausibleGrouping(t, m[0], start, end)) return null;
      return isValidCnId(m[0].replace(/[ -]/g, '')) ? { start, end } : null;
    });
}
