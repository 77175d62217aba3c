/**
 * Private keys pasted into a group (RSA, OpenSSH, PGP armour with key material), even when the paste was cut off;
 * merely mentioning the BEGIN line is not a key.
 */
import type { CredentialMatch } from './credential-match.js';

/** `-----BEGIN RSA PRIVATE KEY-----`, `…OPENSSH PRIVATE KEY…`, `…PGP PRIVATE KEY BLOCK…`: a private key's armour. */
const BEGIN = /-----begin ([a-z0-9 ]{0,24}?)private key( block)?-----/gi;

/** The base64 body (and PEM headers such as `Proc-Type: 4,ENCRYPTED`) that follows the armour when no END line does. */
const BODY = /^[a-z0-9+/=\s:,._\\-]*/i;

/** The closing armour line. */
const END = /-----end [a-z0-9 ]{0,24}?private key(?: block)?-----/gi;

/** The longest key body looked through for its END line (a 4096-bit RSA key is ~3.2 KB; PGP blocks run longer). */
const MAX_BLOCK = 16_384;

/**
 * A line of key material: 16+ base64 characters in a row (PEM lines are 64; a paste cut off
 * in chat often keeps only the start of the first line, `MIIEpAIBAAKCAQEA7vQx…`).
 * Without one, the armour is only mentioned (`文件以-----BEGIN PRIVATE KEY-----开头`,
 * `starts with -----BEGIN PRIVATE KEY----- and ends with …`).
 */
const KEY_LINE = /[a-z0-9+/]{16,}/i;

/** Private key blocks, from the BEGIN line through the END line (or through the pasted body when it was cut off). */
export function findPrivateKeys(text: string, out: CredentialMatch[]): void {
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m !== null; m = BEGIN.exec(text)) {
    const headerEnd = m.index + m[0].length;
    const window = text.slice(headerEnd, headerEnd + MAX_BLOCK);
    END.lastIndex = 0;
    const close = END.exec(window);
    const bodyEnd = headerEnd + (close ? close.index : (BODY.exec(window)?.[0].length ?? 0));
    const body = text.slice(headerEnd, bodyEnd);
    if (!KEY_LINE.test(body)) continue;
    const lead = body.length - body.trimStart().length;
    const trail = body.length - body.trimEnd().length;
    const end = close ? bodyEnd + close[0].length : bodyEnd - trail;
    out.push({ start: m.index, end, parts: [{ start: headerEnd + lead, end: bodyEnd - trail, kind: 'secret', keep: 0 }] });
    BEGIN.lastIndex = end;
  }
  BEGIN.lastIndex = 0;
}
