/**
 * The bank card detector (银行卡号): a number posted in a group counts only with a real issuer range and a valid Luhn
 * digit, so order numbers, asset tags and serials that merely look like cards are not flagged.
 */
import type { Detector } from './detector.js';
import { introducedAsReference } from './reference-number.js';
import { isAsciiDigit, scanMatches } from './scan.js';

/**
 * Candidates: 15-19 contiguous digits; groups of digits (4-6 first, then 3-7
 * each, up to five groups) joined by one consistent space or dash, as in
 * `6222 0202 0000 1234 567` or Amex `3782 822463 10005`; or every digit on its
 * own (`6 2 2 2 …`). Not inside a longer run of digits; length, issuer and
 * Luhn are confirmed in code.
 */
const CANDIDATE = /(?<!\d)(?:\d{4,6}([ -])\d{3,7}(?:\1\d{3,7}){0,3}|\d([ -])\d(?:\2\d){13,17}|\d{15,19})(?!\d)/g;

/** An issuer's number range: the first `digits` digits lie in [low, high], total length in `lengths`. */
interface IssuerRule {
  issuer: string;
  digits: number;
  low: number;
  high: number;
  lengths: readonly number[];
}

/** Chinese banks' debit cards, whatever network they carry, run from 16 to 19 digits. */
const DEBIT_LENGTHS = [16, 17, 18, 19] as const;

/**
 * The ranges real cards are issued in; a Luhn-valid number outside them (an
 * asset tag `9012…`, a serial `5800…`) is a coincidence, not a card. Chinese
 * banks issue UnionPay 62, Visa 4 (e.g. CCB 436742), Mastercard 51-55, the
 * BOC / BOCOM 60 ranges and the old ICBC / ABC 955x cards, up to 19 digits.
 */
const ISSUERS: readonly IssuerRule[] = [
  { issuer: 'UnionPay', digits: 2, low: 62, high: 62, lengths: DEBIT_LENGTHS },
  { issuer: 'Visa', digits: 1, low: 4, high: 4, lengths: DEBIT_LENGTHS },
  { issuer: 'Mastercard', digits: 2, low: 51, high: 55, lengths: DEBIT_LENGTHS },
  { issuer: 'Mastercard', digits: 4, low: 2221, high: 2720, lengths: [16] },
  { issuer: 'American Express', digits: 2, low: 34, high: 34, lengths: [15] },
  { issuer: 'American Express', digits: 2, low: 37, high: 37, lengths: [15] },
  { issuer: 'JCB', digits: 4, low: 3528, high: 3589, lengths: DEBIT_LENGTHS },
  { issuer: 'Discover / BOC / BOCOM', digits: 2, low: 60, high: 60, lengths: DEBIT_LENGTHS },
  { issuer: 'Discover', digits: 2, low: 65, high: 65, lengths: DEBIT_LENGTHS },
  { issuer: 'ICBC / ABC (old)', digits: 3, low: 955, high: 955, lengths: DEBIT_LENGTHS },
];

/** Whether the ASCII digits of `value` (separators skipped) pass the Luhn (mod 10) check. */
export function luhnValid(value: string): boolean {
  let sum = 0;
  let count = 0;
  for (let i = value.length - 1; i >= 0; i--) {
    let d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (count % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    count++;
  }
  return count > 0 && sum % 10 === 0;
}

/**
 * Whether a card number with `length` digits, whose first four digits read as
 * `first4`, lies in a range some issuer actually uses.
 */
export function plausibleIssuer(first4: number, length: number): boolean {
  for (const rule of ISSUERS) {
    if (!rule.lengths.includes(length)) continue;
    const prefix = Math.floor(first4 / 10 ** (4 - rule.digits));
    if (prefix >= rule.low && prefix <= rule.high) return true;
  }
  return false;
}

/** Counts the ASCII digits of a candidate and reads its first four as a number. */
function digitsOf(value: string): { length: number; first4: number } {
  let length = 0;
  let first4 = 0;
  for (let i = 0; i < value.length; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (length < 4) first4 = first4 * 10 + d;
    length++;
  }
  return { length, first4 };
}

/** A grouped number must not continue with the same separator and more digits on either side. */
function continuesRun(text: string, start: number, end: number, sep: string): boolean {
  const before = text.charAt(start - 1) === sep && isAsciiDigit(text.charCodeAt(start - 2));
  const after = text.charAt(end) === sep && isAsciiDigit(text.charCodeAt(end + 1));
  return before || after;
}

/** Finds bank card numbers (银行卡号): 15-19 digits, a real issuer range, a valid Luhn digit, not an order or asset number. */
export function createBankCardDetector(): Detector {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  return (text) =>
    scanMatches(re, text, 'bank_card', (m, t) => {
      const start = m.index;
      const end = start + m[0].length;
      const sep = m[1] ?? m[2];
      const { length, first4 } = digitsOf(m[0]);
      if (length < 15 || length > 19) return null;
      if (sep !== undefined && continuesRun(t, start, end, sep)) return null;
      if (!plausibleIssuer(first4, length) || !luhnValid(m[0])) return null;
      return introducedAsReference(t, start) ? null : { start, end };
    });
}
