/**
 * Fictional numbers for tests, valid or broken by checksum, never real people's. The
 * checksums are written independently of the detectors (MOD 11-2 via powers of two, Luhn
 * by brute force) so a wrong implementation cannot agree with itself.
 */

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

/** The same number with a wrong last digit, so Luhn fails. */
export function luhnBroken(body: string): string {
  const valid = luhnComplete(body);
  const last = Number(valid.at(-1));
  return `${body}${(last + 1) % 10}`;
}

/** A fictional resident ID (Beijing Dongcheng, 1949-12-31) whose check digit is X. */
export const VALID_ID = '11010519491231002X';

/** The same ID with the check digit changed, so MOD 11-2 fails. */
export const BAD_CHECK_ID = '110105194912310021';

/** How VALID_ID must appear in any finding. */
export const VALID_ID_REDACTED = '110105********002X';

/** Writes a digit string in groups of four, the way cards are printed. */
export function groupBy4(digits: string, sep = ' '): string {
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}
