/** Fictional numbers for screening tests: valid or broken by checksum, never real people's. */

/** Appends the Luhn check digit, so a fictional card number passes validation. */
export function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
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
