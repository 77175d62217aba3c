/**
 * Connection strings and URLs that carry a password (`mysql://user:pass@host`, `https://u:p@…`), with the password and
 * the account marked for masking; a host and port before `@` is not a login.
 */
import { groupSpan, type CredentialMatch } from './credential-match.js';
import { isPlaceholder } from './secret-value.js';

/**
 * `mysql://user:pass@host`, `postgres://…`, `mongodb+srv://…`, `redis://:pass@…`,
 * `amqp://…`, `jdbc:mysql://…`, `https://user:pass@…`: a scheme, a user part with a
 * password, `@` and a host. The password runs to the last `@` before the path,
 * so a raw `@` inside it is still masked.
 */
const CONNECTION = /(?<![a-z0-9+.-])(?:jdbc:)?[a-z][a-z0-9+.-]{1,15}:\/\/([^\s/:@]*):([^\s/]+)@([a-z0-9\-._~%[\]]+(?::\d{1,5})?)/gid;

/** `http://a.example.com:8080@b.example.com`: a host and a port before the `@`, not a login. */
const PORT_NOT_PASSWORD = /^\d{1,5}$/;

/** Connection strings and URLs that carry a password. */
export function findConnectionStrings(text: string, out: CredentialMatch[]): void {
  CONNECTION.lastIndex = 0;
  for (let m = CONNECTION.exec(text); m !== null; m = CONNECTION.exec(text)) {
    const user = m[1] ?? '';
    const password = m[2] ?? '';
    const userSpan = groupSpan(m, 1);
    const passSpan = groupSpan(m, 2);
    if (!userSpan || !passSpan || isPlaceholder(password)) continue;
    if (user.includes('.') && PORT_NOT_PASSWORD.test(password)) continue;
    const account = userSpan.end > userSpan.start ? [{ ...userSpan, kind: 'account' as const, keep: 0 }] : [];
    out.push({ start: m.index, end: m.index + m[0].length, parts: [...account, { ...passSpan, kind: 'secret', keep: 0 }] });
  }
  CONNECTION.lastIndex = 0;
}
