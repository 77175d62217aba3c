/**
 * The shared judgement of how digits are grouped in ID, card and mobile candidates: the usual groupings, digits written
 * one by one to dodge filters, runs that go on, and amounts of money that are not personal data.
 */
import { isAsciiDigit } from './scan.js';

/** How a candidate's digits are grouped: the group lengths and the one separator between them. */
export interface Grouping {
  /** Digits (or the ID check letter) in each group, in order. */
  lengths: number[];
  /** The separator between groups; null when the run is contiguous. */
  separator: string | null;
  /** Whether more than one kind of separator was used. */
  mixed: boolean;
}

/** Splits a candidate like `135 1234 0000` or `1-3-5-…` into its group lengths. */
export function groupingOf(value: string): Grouping {
  const lengths: number[] = [];
  let separator: string | null = null;
  let mixed = false;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === ' ' || ch === '-') {
      if (separator === null) separator = ch;
      else if (separator !== ch) mixed = true;
      lengths.push(run);
      run = 0;
    } else run++;
  }
  lengths.push(run);
  return { lengths, separator, mixed };
}

/** `1 3 5 1 2 3 4 0 0 0 0`: every digit on its own, the usual way to slip a number past a filter. */
export function isOneByOne(g: Grouping): boolean {
  return g.separator !== null && !g.mixed && g.lengths.every((n) => n === 1);
}

/** Whether the grouping is exactly one of `allowed` (each a list of group lengths). */
export function groupedAs(g: Grouping, allowed: readonly (readonly number[])[]): boolean {
  return allowed.some((a) => a.length === g.lengths.length && a.every((n, i) => n === g.lengths[i]));
}

/**
 * Whether a separated run goes on past [start, end): a space or dash and
 * another digit right before or right after. `1 3 5 … 0 0 0 0 7` is a longer
 * run, not a mobile number followed by something.
 */
export function separatedRunContinues(text: string, start: number, end: number): boolean {
  const sepAt = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c === 32 || c === 45;
  };
  return (sepAt(start - 1) && isAsciiDigit(text.charCodeAt(start - 2))) || (sepAt(end) && isAsciiDigit(text.charCodeAt(end + 1)));
}

const CURRENCY_BEFORE = /[¥￥$]\s*$/;
const AMOUNT_AFTER = /^\s*(?:元|块|万|亿|圆|rmb|cny|usd)/i;

/** `¥13500000000`, `13 500 000 000 元`: an amount of money, not personal data. */
export function looksLikeAmount(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || AMOUNT_AFTER.test(text.slice(end, end + 5));
}

/** `13 512 340 000`: thousands grouping (1-3 digits, then threes) writes an amount, not a phone or card. */
export function isThousandsGrouping(g: Grouping): boolean {
  const [first, ...rest] = g.lengths;
  return first !== undefined && first <= 3 && rest.length >= 2 && rest.every((n) => n === 3);
}
