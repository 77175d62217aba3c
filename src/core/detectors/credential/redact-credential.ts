/**
 * How a credential is shown once masked (`用户名 w*** 口令 ******`): the secret becomes a fixed mask that does not even
 * tell its length, and when in doubt everything is masked, never shown.
 */
import { normalise } from '../../text/normalise.js';
import type { SecretPart } from './credential-match.js';
import { findCredentials } from './find-credentials.js';

/** What stands for a secret: fixed, so not even its length is told. */
export const SECRET_MASK = '******';

/** An account keeps its first character (like an e-mail's local part): which account to reset, not whose. */
function maskAccount(account: string): string {
  const first = account.codePointAt(0);
  return first === undefined ? SECRET_MASK : `${String.fromCodePoint(first)}***`;
}

/** The masked form of one part of the value. */
function maskPart(value: string, part: SecretPart, keepEnd: number): string {
  if (part.kind === 'account') return maskAccount(value.slice(part.start, part.end));
  return value.slice(part.start, keepEnd) + SECRET_MASK;
}

/**
 * `用户名 w*** 口令 ******`, `mysql://r***:******@db.internal`, `AKIA******`,
 * `-----BEGIN RSA PRIVATE KEY-----\n******\n-----END RSA PRIVATE KEY-----`.
 * The value is re-read with the detector's own rules (after the same
 * normalisation, so case, traditional characters and invisible characters do
 * not matter); when they find nothing in it, all of it is masked: a redaction
 * never falls back to showing the secret.
 */
export function redactCredential(value: string): string {
  const norm = normalise(value);
  const found = findCredentials(norm.text);
  if (found.length === 0) return SECRET_MASK;
  const toOriginal = (i: number): number => norm.origStart[i] ?? value.length;
  const endToOriginal = (i: number): number => (i <= 0 ? 0 : (norm.origEnd[i - 1] ?? value.length));
  let out = '';
  let cursor = 0;
  for (const match of found) {
    for (const part of match.parts) {
      const start = toOriginal(part.start);
      const end = endToOriginal(part.end);
      if (start < cursor || end <= start) continue;
      out += value.slice(cursor, start) + maskPart(value, { ...part, start, end }, endToOriginal(part.start + part.keep));
      cursor = end;
    }
  }
  return out + value.slice(cursor);
}
