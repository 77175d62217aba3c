/**
 * The pieces the password rules are built from, as regex source. Text arrives
 * normalised (lower case, simplified Chinese, full-width folded), but the
 * traditional spellings and the `i` flag are kept so the same rules can
 * re-read an original excerpt when redacting it.
 */

/** A password character: printable ASCII except quotes, `,` `;` `<` `>` and the backtick, which end a value in chat and code. */
export const VALUE = "[!#-&(-+\\-./0-:=?-_a-~]{1,128}";

/** An account name: ASCII login characters, or a short Chinese name. */
export const ACCOUNT = '(?:[a-z0-9._@\\\\+-]{1,64}|[\\u4e00-\\u9fff]{2,4})';

/** Chinese words for a password. */
export const CJK_PASSWORD = '(?:密码|密碼|口令)';

/**
 * English words for a password, also at the end of an identifier
 * (`DB_PASSWORD`, `spring.datasource.password`; see identifierStart).
 */
export const ASCII_PASSWORD = '(?<![a-z0-9])(?:password|passwd|passwort|passcode|pass|pwd)';

const IDENTIFIER_LOOK_BACK = 60;

/**
 * Where the identifier ending at `i` begins (`DB_` of `DB_PASSWORD`), so the
 * finding covers the whole name. Walking back in code is linear; a regex
 * prefix for it would be retried at every word.
 */
export function identifierStart(text: string, i: number): number {
  const limit = Math.max(0, i - IDENTIFIER_LOOK_BACK);
  let j = i;
  while (j > limit && /[a-z0-9_.-]/i.test(text.charAt(j - 1))) j--;
  while (j < i && /[_.-]/.test(text.charAt(j))) j++;
  return j;
}

/** Words for an account, Chinese or English (also inside an identifier). */
export const ACCOUNT_LABEL =
  '(?:用户名|用戶名|用户|用戶|账号|帳號|帐号|賬號|账户|帳戶|帐户|登录名|登錄名|登陆名|工号|' +
  '(?<![a-z0-9])(?:[a-z0-9]{1,20}[_.-]){0,3}(?:username|user_?name|userid|user_id|user|login|account|uid|usr))';

/**
 * `：` `=` `是` `为` between a label and its value, each optional. Full-width
 * forms are listed too, for callers that redact text that was not normalised.
 */
export const CJK_SEPARATOR = '(\\s*(?:分别)?(?:是|为|為)?\\s*[:=：＝]?\\s*)';

/** `:` or `=` (not `==`) after an English label, optionally quoted as in JSON. */
export const ASCII_SEPARATOR = '(["\']?\\s*(?::|：|=(?!=)|＝)\\s*)';

/** Whether a captured separator says "here comes the value" (`:`, `=`, `是`, `为`) rather than being only spaces. */
export function isExplicit(separator: string | undefined): boolean {
  return separator !== undefined && /[:=：＝是为為/]/.test(separator);
}
