/**
 * What a value after `密码：` / `password=` must look like to be a secret
 * rather than a placeholder, a rule about passwords, a piece of code or prose.
 * Values arrive lower-cased (the screener detects on normalised text).
 */

/** Words that stand where a password would but say something about it instead. */
const NOT_A_PASSWORD = new Set([
  'required', 'optional', 'none', 'null', 'nil', 'empty', 'string', 'password', 'passwd', 'pass', 'pwd', 'secret',
  'hidden', 'redacted', 'masked', 'removed', 'unchanged', 'same', 'default', 'changeme', 'example', 'placeholder',
  'unknown', 'undefined', 'true', 'false', 'yes', 'no', 'reset', 'expired', 'sent', 'ok', 'below', 'above',
  'attached', 'see', 'ask', 'contact', 'please', 'check', 'enter', 'input', 'type', 'your', 'mine', 'tbd', 'todo',
  'n/a', 'na', 'blank', 'omitted', 'private', 'confidential',
]);

/** Only masking characters: `******`, `xxxxxx`, `••••`, `???`. */
const MASK_ONLY = /^[*x•·●.?#_~-]+$/;
/** Wrapped like a template slot: `<your password>`, `{password}`, `[hidden]`, `(none)`, `${DB_PASS}`, `{{pwd}}`, `%s`. */
const TEMPLATE_SLOT = /^(?:<.*>?|\{.*\}?|\[.*\]|\(.*\)|\$\{.*|\$[a-z_][a-z_]*|%\(?[a-z_]*\)?s|\?|:[a-z_]+)$/;
/** Words that mark an example value in docs. */
const EXAMPLE_WORD = /your|example|placeholder|changeme|xxxx|dummy|sample/;
/** `getpass()`, `os.environ['x']`, `request.form[…]`, `user.password`: code that fetches a password. */
const CODE_LIKE = /^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)*(?:\(|\[)|^[a-z_$][a-z_$]*(?:\.[a-z_$][a-z_$]*)+$/;
/** A link or an e-mail address is where to look, not the secret. */
const LINK_OR_EMAIL = /:\/\/|^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
/** `2024-12-31`, `10:30`: a deadline or a time. */
const DATE_OR_TIME = /^\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
/** `8-16`, `90`, `6~20`: a number or range, which a unit after it (`位`, `天`) makes a rule. */
const NUMBER_OR_RANGE = /^\d+(?:[-~]\d+)?$/;
const UNIT_AFTER = /^(?:位|个|天|次|月|年|日|号|分|秒|周|小时|元|字|版|期|条|人|台|张|页|项|级|岁|点|以上|以内|左右)/;
const CJK_AFTER = /^[\u3400-\u9fff]/;
const PROSE_AFTER = /^\s+[a-z]/;

/** Whether the value is a stand-in (`******`, `<your password>`, `${DB_PASS}`, `none`) rather than a secret. */
export function isPlaceholder(value: string): boolean {
  const v = value.toLowerCase();
  return MASK_ONLY.test(v) || TEMPLATE_SLOT.test(v) || NOT_A_PASSWORD.has(v) || EXAMPLE_WORD.test(v);
}

/** What surrounds a password value: whether `:` / `=` / `是` introduced it, and the text right after it. */
export interface ValueContext {
  explicitSeparator: boolean;
  after: string;
}

const hasDigit = (v: string): boolean => /\d/.test(v);
const hasSymbol = (v: string): boolean => /[^a-z0-9]/i.test(v);

/**
 * Whether a value after a password label is a password. Digits or symbols make
 * it one (`Qw!2024x`, `123456`). Letters alone count only after an explicit
 * `:` / `=` / `是`, as a whole word: not glued to Chinese (`密码：windows登录密码`),
 * not the first word of English prose (`password: click the link`).
 */
export function acceptablePassword(value: string, ctx: ValueContext): boolean {
  const v = value.toLowerCase();
  if (v.length < 4 || isPlaceholder(v) || CODE_LIKE.test(v) || LINK_OR_EMAIL.test(v) || DATE_OR_TIME.test(v)) return false;
  if (NUMBER_OR_RANGE.test(v) && UNIT_AFTER.test(ctx.after)) return false;
  if (hasDigit(v) || hasSymbol(v)) return true;
  return ctx.explicitSeparator && !CJK_AFTER.test(ctx.after) && !PROSE_AFTER.test(ctx.after);
}

/** Whether a value after `token=` / `secret:` / `Bearer` looks generated: 16+ characters mixing letters and digits, no long repeats. */
export function looksGenerated(value: string): boolean {
  return value.length >= 16 && hasDigit(value) && /[a-z]/i.test(value) && !isPlaceholder(value) && !/(.)\1{7}/.test(value);
}
