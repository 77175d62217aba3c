/**
 * Test-only checksum helpers, written independently of the detectors (MOD 11-2
 * via powers of two, Luhn by brute force) so a wrong implementation cannot agree
 * with itself. Every number they make is fictional.
 */
import type { Detector } from '../../../src/core/detectors/detector.js';
import { redactHit } from '../../../src/core/detectors/redact.js';
import { normalise } from '../../../src/core/text/normalise.js';

/** ISO 7064 MOD 11-2 check character, from weights 2^(17-i) mod 11. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** A checksum-valid fictional ID number from a 6-digit area, a YYYYMMDD date and a 3-digit sequence. */
export function makeId(area: string, birth: string, seq = '001'): string {
  const first17 = area + birth + seq;
  return first17 + idCheckChar(first17);
}

/** Every check character other than the right one, to prove a wrong check digit is no hit. */
export function wrongChecks(id: string): string[] {
  return '0123456789X'
    .split('')
    .filter((c) => c !== id.charAt(17).toUpperCase())
    .map((c) => id.slice(0, 17) + c);
}

/** Whether a digit string passes Luhn, computed the textbook way. */
export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Appends the one check digit that makes `partial` Luhn-valid. */
export function luhnComplete(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnOk(partial + d)) return partial + d;
  throw new Error(`no Luhn digit for ${partial}`);
}

/** The matched values a detector reports for a text, in order. */
export function valuesOf(detect: Detector, text: string): string[] {
  return detect(text).map((h) => h.value);
}

/** Writes a digit string in groups of four, the way cards are printed. */
export function groupBy4(digits: string, sep = ' '): string {
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/**
 * What the screener does with a detector: detect on the normalised text, map
 * the hit back to the original, redact the NFKC form of the original slice.
 */
export function screenLike(detect: Detector, text: string): { match: string; redacted: string; start: number; end: number }[] {
  const norm = normalise(text);
  return detect(norm.text).map((h) => {
    const start = norm.origStart[h.start] ?? -1;
    const end = norm.origEnd[h.end - 1] ?? -1;
    const match = text.slice(start, end);
    return { match, redacted: redactHit(h.detector, match.normalize('NFKC')), start, end };
  });
}
