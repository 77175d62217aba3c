/**
 * Passwords given with a label (`密码：…`, `password=…`, `账号/密码：a/b`), well-known admin logins and MySQL's `-p`
 * flag, told apart from rules about passwords and placeholders like `******`.
 */
import { secretPart, type CredentialMatch, type SecretPart } from './credential-match.js';
import {
  ACCOUNT,
  ACCOUNT_LABEL,
  ASCII_PASSWORD,
  ASCII_SEPARATOR,
  CJK_PASSWORD,
  CJK_SEPARATOR,
  identifierStart,
  isExplicit,
  VALUE,
} from './password-patterns.js';
import { acceptablePassword } from './secret-value.js';
import { isSharedCode } from './shared-code.js';

/** `密码：Qw!2024x`, `口令 Qw!2024x`, `密码是abc12345`: a Chinese label, an optional separator, the value. */
const CJK_LABELLED = new RegExp(`${CJK_PASSWORD}${CJK_SEPARATOR}["']?(${VALUE})`, 'gid');

/** `password: y`, `pwd=...`, `"password":"..."`, `DB_PASSWORD=...`: an English label needs `:` or `=`. */
const ASCII_LABELLED = new RegExp(`${ASCII_PASSWORD}${ASCII_SEPARATOR}["']?(${VALUE})`, 'gid');

/** `账号/密码：zhangsan/abc12345`, `用户名密码 admin admin123`, `user/pass: root/toor`: one label for both. */
const COMBINED = new RegExp(
  `(?:账号|帳號|帐号|賬號|用户名|用戶名|用户|用戶|(?<![a-z0-9])(?:username|user|login|account))\\s*(?:[/&、和及与]|and)?\\s*` +
    `(?:密码|密碼|口令|password|passwd|pass|pwd)${CJK_SEPARATOR}(${ACCOUNT})(\\s*/\\s*|\\s+)(${VALUE})`,
  'gid',
);

/** `admin/Admin@123`, `root/P@ssw0rd`: a well-known administrator login and its password, no label. */
const ADMIN_PAIR = new RegExp(
  `(?<![a-z0-9/._\\\\@-])(root|admin|administrator|sa|postgres|oracle|ubuntu|elastic)\\s?/\\s?(${VALUE})`,
  'gid',
);

/**
 * `测试账号：admin_test / Qaz@2026wsx`, `user: ops01 / Ops#2026`: an account label, the name, a slash
 * and a password-shaped value, no password label. The slash must stand between spaces or
 * the value must look like a password (letters and digits and a symbol), so `账号：zhangsan/lisi` is not one.
 */
const ACCOUNT_SLASH = new RegExp(`${ACCOUNT_LABEL}${CJK_SEPARATOR}(${ACCOUNT})\\s*/\\s*(${VALUE})`, 'gid');

/** A value that reads as a password on its own: a letter, a digit and a symbol. */
const PASSWORD_SHAPE = /^(?=.*[a-z])(?=.*\d)(?=.*[^a-z0-9]).{6,}$/i;

/** `mysql -uroot -pAbc123`: MySQL's password flag glued to its value. */
const MYSQL_FLAG = new RegExp(`(?<![a-z0-9])mysql[a-z]*\\s[^\\n]{0,120}?\\s-p(${VALUE})`, 'gid');

/** An account label and name right before a password label: `用户名 wangfang `, `账号：zhangsan，`, `user=x&`. */
const ACCOUNT_BEFORE = new RegExp(`${ACCOUNT_LABEL}["']?${CJK_SEPARATOR}["']?(${ACCOUNT})["']?[\\s,;|/、&"'，；]{0,6}$`, 'id');

const ACCOUNT_LOOK_BACK = 100;
const FILE_NAME = /\.[a-z][a-z0-9]{1,4}$/;

/** The account label and name that end right at `labelStart`, as a match start and an account part. */
function accountBefore(text: string, labelStart: number): { start: number; part: SecretPart } | null {
  const from = Math.max(0, labelStart - ACCOUNT_LOOK_BACK);
  const m = ACCOUNT_BEFORE.exec(text.slice(from, labelStart));
  const span = m?.indices?.[2];
  if (!m || !span) return null;
  return { start: from + m.index, part: { start: from + span[0], end: from + span[1], kind: 'account', keep: 0 } };
}

/** A labelled password, widened to the identifier it ends and to the account in front of it. */
function labelled(text: string, m: RegExpExecArray): CredentialMatch | null {
  const value = m[2] ?? '';
  const valueSpan = m.indices?.[2];
  if (!valueSpan) return null;
  const explicitSeparator = isExplicit(m[1]);
  if (!acceptablePassword(value, { explicitSeparator, after: text.slice(valueSpan[1], valueSpan[1] + 6) })) return null;
  const start = /[a-z]/i.test(m[0].charAt(0)) ? identifierStart(text, m.index) : m.index;
  if (isSharedCode(text, start)) return null;
  const secret = secretPart(m, 2);
  const account = accountBefore(text, start);
  if (account === null) return { start, end: valueSpan[1], parts: secret };
  return { start: account.start, end: valueSpan[1], parts: [account.part, ...secret] };
}

/** Runs a global regex and keeps what `confirm` makes of each match. */
function collect(re: RegExp, text: string, confirm: (m: RegExpExecArray) => CredentialMatch | null, out: CredentialMatch[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const found = confirm(m);
    if (found !== null) out.push(found);
  }
  re.lastIndex = 0;
}

/** Account + password pairs and labelled passwords, in any of the forms people paste them. */
export function findLabelledPasswords(text: string, out: CredentialMatch[]): void {
  collect(CJK_LABELLED, text, (m) => labelled(text, m), out);
  collect(ASCII_LABELLED, text, (m) => labelled(text, m), out);
  collect(COMBINED, text, (m) => {
    const valueSpan = m.indices?.[4];
    if (!valueSpan) return null;
    const explicitSeparator = isExplicit(m[1]) || isExplicit(m[3]);
    if (!acceptablePassword(m[4] ?? '', { explicitSeparator, after: text.slice(valueSpan[1], valueSpan[1] + 6) })) return null;
    if (isSharedCode(text, m.index)) return null;
    return { start: m.index, end: valueSpan[1], parts: [...secretPart(m, 2, 'account'), ...secretPart(m, 4)] };
  }, out);
  collect(ADMIN_PAIR, text, (m) => {
    const value = m[2] ?? '';
    const valueSpan = m.indices?.[2];
    if (!valueSpan || value.length < 5 || !/\d/.test(value) || value.includes('/') || FILE_NAME.test(value)) return null;
    if (!acceptablePassword(value, { explicitSeparator: true, after: text.slice(valueSpan[1], valueSpan[1] + 6) })) return null;
    return { start: m.index, end: valueSpan[1], parts: [...secretPart(m, 1, 'account'), ...secretPart(m, 2)] };
  }, out);
  collect(ACCOUNT_SLASH, text, (m) => {
    const value = m[3] ?? '';
    const valueSpan = m.indices?.[3];
    if (!valueSpan || !PASSWORD_SHAPE.test(value) || value.includes('/') || FILE_NAME.test(value)) return null;
    if (!acceptablePassword(value, { explicitSeparator: true, after: text.slice(valueSpan[1], valueSpan[1] + 6) })) return null;
    if (isSharedCode(text, m.index)) return null;
    return { start: m.index, end: valueSpan[1], parts: [...secretPart(m, 2, 'account'), ...secretPart(m, 3)] };
  }, out);
  collect(MYSQL_FLAG, text, (m) => {
    const value = m[1] ?? '';
    const valueSpan = m.indices?.[1];
    if (!valueSpan || /^\d{1,5}$/.test(value)) return null; // -P3306 is a port
    if (!acceptablePassword(value, { explicitSeparator: true, after: text.slice(valueSpan[1], valueSpan[1] + 6) })) return null;
    return { start: valueSpan[0] - 2, end: valueSpan[1], parts: secretPart(m, 1) };
  }, out);
}
