/**
 * Checking the PostgreSQL URL (QUNGUARD_DATABASE_URL, `migrate --to`) once at start, and keeping its password out of
 * every message, log line and printed URL.
 */
import { z } from 'zod';

/** The parts of a PostgreSQL URL the store needs, checked once at start. */
export interface DatabaseUrl {
  /** The URL as given, password included: only for the driver, never for people. */
  readonly url: string;
  /** The same URL with the password replaced by `***`: safe for logs and messages. */
  readonly redacted: string;
  readonly host: string;
  readonly database: string;
}

/** A database URL that cannot be used: says what is wrong without ever repeating the password. */
export class DatabaseUrlError extends Error {
  override readonly name = 'DatabaseUrlError';
}

const urlSchema = z
  .string()
  .trim()
  .min(1, '数据库地址为空')
  .transform((text, ctx) => {
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: '不是有效的网址' });
      return z.NEVER;
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      ctx.addIssue({ code: 'custom', message: `应以 postgres:// 或 postgresql:// 开头（收到 ${parsed.protocol}//）` });
      return z.NEVER;
    }
    if (parsed.hostname === '') {
      ctx.addIssue({ code: 'custom', message: '缺少主机名，例如 postgres://用户:密码@db.example.com:5432/qunguard' });
      return z.NEVER;
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (database === '' || database.includes('/')) {
      ctx.addIssue({ code: 'custom', message: '缺少数据库名，例如 postgres://用户:密码@主机:5432/qunguard' });
      return z.NEVER;
    }
    return { url: text, redacted: redactDatabaseUrl(text), host: parsed.hostname, database };
  });

/** Checks a `postgres://` or `postgresql://` URL (QUNGUARD_DATABASE_URL, `migrate --to`); throws DatabaseUrlError in Chinese. */
export function parseDatabaseUrl(text: string): DatabaseUrl {
  const r = urlSchema.safeParse(text);
  if (r.success) return r.data;
  const why = r.error.issues.map((i) => i.message).join('；');
  throw new DatabaseUrlError(`数据库地址无法使用：${redactDatabaseUrl(text)}（${why}）。\nDatabase URL unusable: ${redactDatabaseUrl(text)}.`);
}

/** The URL with its password replaced by `***`, so it can be printed; a text that is no URL is shown without anything after `://`. */
export function redactDatabaseUrl(text: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  // Without `scheme://` nothing says where a password would be: show none of it.
  if (!scheme) return '***';
  try {
    const u = new URL(text.trim());
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return `${scheme[1]}://***`;
  }
}

/** Removes a URL's password from any text (a driver's error message), wherever it appears, encoded or not. */
export function withoutPassword(text: string, url: string): string {
  let out = text.split(url).join(redactDatabaseUrl(url));
  let secrets: string[] = [];
  try {
    const raw = new URL(url.trim()).password;
    secrets = [raw, safeDecode(raw)];
  } catch {
    return out;
  }
  for (const secret of secrets.filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
