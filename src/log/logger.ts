/**
 * The bot's logger: pino JSON (pretty in the interactive console) with message text and secrets removed from every line,
 * so no log ever carries what people wrote, the puppet token or the database password.
 */
import type { LogLevel } from '../config/app-config.js';
import pino, { type Logger, type LoggerOptions } from 'pino';
import { CENSOR, createLineRedactor } from './redact-line.js';

/** Paths pino blanks out wherever they appear: secrets and message text never reach the log. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'password',
  '*.password',
  'text',
  '*.text',
  'match',
  '*.match',
  'excerpt',
  '*.excerpt',
  'WECHATY_PUPPET_SERVICE_TOKEN',
  '*.WECHATY_PUPPET_SERVICE_TOKEN',
];

/** Environment variables whose values are secrets, looked for in every log line. */
const SECRET_VARIABLES = ['WECHATY_PUPPET_SERVICE_TOKEN'];

/**
 * The pino options every QunGuard logger uses: field redaction by path, plus a last pass
 * over each serialised line that removes the configured secrets (the puppet token from the
 * environment, `secrets`) and anything token-shaped, whatever field or string it is in.
 */
export function redactionOptions(secrets: readonly (string | null | undefined)[] = [], env: NodeJS.ProcessEnv = process.env): Pick<LoggerOptions, 'redact' | 'hooks'> {
  const redactLine = createLineRedactor([...secrets, ...SECRET_VARIABLES.map((v) => env[v]), databasePassword(env.QUNGUARD_DATABASE_URL)]);
  return { redact: { paths: REDACTED_PATHS, censor: CENSOR }, hooks: { streamWrite: redactLine } };
}

/** The password inside a database URL (QUNGUARD_DATABASE_URL), so no log line can carry it whatever prints the URL. */
export function databasePassword(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const password = decodeURIComponent(new URL(url.trim()).password);
    return password.length >= 4 ? password : null;
  } catch {
    return null;
  }
}

/** The bot's logger: pino JSON with fields first; pretty for the interactive console. The level comes from the validated config. */
export function createLogger(
  opts: { level: LogLevel; pretty?: boolean; destination?: NodeJS.WritableStream; secrets?: readonly (string | null | undefined)[] },
): Logger {
  const options = { level: opts.level, ...redactionOptions(opts.secrets) };
  if (opts.pretty) {
    return pino(options, pino.transport({ target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } }));
  }
  return opts.destination ? pino(options, opts.destination as pino.DestinationStream) : pino(options);
}

/** A logger that writes nothing, for tests and the quiet parts of the CLI. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

export type { Logger };
