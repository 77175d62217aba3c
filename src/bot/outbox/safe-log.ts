/** Logging that can never throw into the outbox: a broken logger must not break sending. */
import type { OutboxLogger } from './ports.js';

/** Wraps a logger so every call swallows the logger's own exceptions. */
export function createSafeLog(logger: OutboxLogger): OutboxLogger {
  const call = (level: keyof OutboxLogger, fields: object, msg: string): void => {
    try {
      logger[level](fields, msg);
    } catch {
      // Nothing sensible to do: the logger itself is failing.
    }
  };
  return {
    info: (fields, msg) => call('info', fields, msg),
    warn: (fields, msg) => call('warn', fields, msg),
    error: (fields, msg) => call('error', fields, msg),
  };
}
