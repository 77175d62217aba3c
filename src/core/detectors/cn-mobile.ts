import type { Detector } from './detector.js';
import { scanMatches } from './scan.js';

/**
 * Mainland mobile numbers: optional +86 / 86 / 0086 / (+86) prefix, then 1[3-9]
 * and nine digits, grouped 3-4-4 (any group boundary may be a space or a dash).
 * Never a slice of a longer run of digits. Every alternative is bounded, so the
 * scan stays linear.
 */
const CANDIDATE =
  /(?<!\d)(?:(?:\((?:\+|00)?86\)|(?:\+|00)?86)[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;

/** Finds mainland China mobile phone numbers (手机号). */
export function createCnMobileDetector(): Detector {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  return (text) => scanMatches(re, text, 'cn_mobile', (m) => ({ start: m.index, end: m.index + m[0].length }));
}
