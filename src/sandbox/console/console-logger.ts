/**
 * The console sandbox's logger: pretty logs written synchronously to stderr, so they never interleave with the simulated
 * conversation on stdout and none are lost at exit.
 */
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactionOptions } from '../../log/logger.js';

/**
 * The console's logger: pino-pretty, written synchronously to stderr so the logs
 * never interleave with the conversation on stdout and none are lost at exit.
 */
export function createConsoleLogger(level: string): Logger {
  const stream = pretty({
    destination: 2,
    sync: true,
    colorize: Boolean(process.stderr.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname',
  });
  return pino({ level, ...redactionOptions() }, stream);
}
