import pino, { type Logger } from 'pino';

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

/** The bot's logger: pino JSON with fields first; pretty for the interactive console. */
export function createLogger(opts: { level?: string; pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const options = { level: opts.level ?? process.env.LOG_LEVEL ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
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
