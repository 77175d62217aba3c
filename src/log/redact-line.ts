/** What a redacted value is replaced with, in every log line. */
export const CENSOR = '[redacted]';

/** Key names whose string values are secrets wherever they appear (`token`, `serviceToken`, `DB_PASSWORD`). */
const SECRET_KEY = '[A-Za-z0-9_]*(?:token|password|passwd|secret|authorization|api_?key)';

/** Token shapes and credentials, each with its replacement; applied to the serialised JSON line. */
const PATTERNS: readonly [RegExp, string][] = [
  // "token":"…" as a JSON field at any depth (pino's redact paths cover only the top levels).
  [new RegExp(`"(${SECRET_KEY})"(\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `"$1"$2"${CENSOR}"`],
  // \"token\":\"…\" inside a string that itself holds JSON (an error's details).
  [new RegExp(`\\\\"(${SECRET_KEY})\\\\"(\\s*:\\s*)\\\\"[^"\\\\]*\\\\"`, 'gi'), `\\"$1\\"$2\\"${CENSOR}\\"`],
  // Wechaty puppet-service tokens: `puppet_<service>_<secret>`, `insecure_<secret>`; the prefix stays readable.
  [/\b(puppet_[A-Za-z0-9]+_|insecure_)[A-Za-z0-9][A-Za-z0-9._-]{7,}/g, `$1${CENSOR}`],
  // A UUID right after the word token (`TOKEN "3f6c…"`, `token: 3f6c…`).
  [/(token[^A-Za-z0-9]{1,12})[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, `$1${CENSOR}`],
  // token=…, password: … in free text (URLs, error messages).
  [/(?<![A-Za-z])((?:access_|refresh_)?(?:token|password|passwd|pwd|secret|api_?key))(\s*[=:]\s*)(?!\[redacted\])[^\s"\\&,;)]+/gi, `$1$2${CENSOR}`],
  // Authorization: Bearer …
  [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${CENSOR}`],
  // The password in scheme://user:password@host (postgres://, redis://, https://).
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"\\]*:)[^\s@/"\\]+@/gi, `$1${CENSOR}@`],
];

/** Secrets this short are not looked for: replacing them would shred ordinary words. */
const MIN_SECRET_LENGTH = 6;

/**
 * A function that takes one serialised log line and returns it with every configured
 * secret and every token-shaped value replaced, whatever field it is in; the line stays valid JSON.
 */
export function createLineRedactor(secrets: readonly (string | null | undefined)[] = []): (line: string) => string {
  // Secrets as they appear inside a JSON string (quotes and backslashes escaped), longest first.
  const exact = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))]
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1)])
    .sort((a, b) => b.length - a.length);
  return (line) => {
    let out = line;
    for (const s of exact) if (out.includes(s)) out = out.split(s).join(CENSOR);
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}
