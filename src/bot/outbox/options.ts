/** Outbox options, their defaults, and the one place they are checked. */
import { OutboxConfigError } from './errors.js';
import type { OutboxJournal } from './journal.js';
import { systemTimers, type OutboxLogger, type OutboxTimers, type SendPort } from './ports.js';

/** What createOutbox accepts; every limit has a default tuned against WeChat's flood bans. */
export interface OutboxOptions {
  /** Delivers one job (the Wechaty adapter in production, a fake in tests). */
  send: SendPort;
  logger: OutboxLogger;
  /** Defaults to real time; tests and the simulator pass a simulated clock. */
  timers?: OutboxTimers;
  /** Keeps jobs until confirmed sent (the store in production); none by default (memory only). */
  journal?: OutboxJournal | null;
  /** At least this long between two messages into the same room. Default 3000. */
  minRoomIntervalMs?: number;
  /** At most this many sends (all kinds, retries included) in any 60 s. Default 20. */
  maxPerMinute?: number;
  /** At least this long between any two sends, to avoid same-instant bursts. Default 0. */
  minGlobalIntervalMs?: number;
  /** Attempts per job before it is dropped. Default 4. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt. Default 1000. */
  backoffBaseMs?: number;
  /** Cap on the retry delay. Default 30000. */
  backoffMaxMs?: number;
  /** room_say jobs with one mergeKey queued within this window become one message. Default 5000. */
  mergeWindowMs?: number;
  /** A send that has not settled after this long counts as failed. Default 30000. */
  sendTimeoutMs?: number;
  /** Longest text of one message; the rest is cut at a line and summarised. Default 2000. */
  maxTextChars?: number;
}

/** Options with every default filled in and checked. */
export type ResolvedOutboxOptions = Required<Omit<OutboxOptions, 'journal'>> & { journal: OutboxJournal | null };

/** Defaults for every optional numeric option. */
export const OUTBOX_DEFAULTS = {
  minRoomIntervalMs: 3000,
  maxPerMinute: 20,
  minGlobalIntervalMs: 0,
  maxAttempts: 4,
  backoffBaseMs: 1000,
  backoffMaxMs: 30_000,
  mergeWindowMs: 5000,
  sendTimeoutMs: 30_000,
  maxTextChars: 2000,
} as const;

type NumericOption = keyof typeof OUTBOX_DEFAULTS;

/** Minimum allowed value of each numeric option (all must be integers). */
const MINIMUM: Record<NumericOption, number> = {
  minRoomIntervalMs: 0,
  maxPerMinute: 1,
  minGlobalIntervalMs: 0,
  maxAttempts: 1,
  backoffBaseMs: 0,
  backoffMaxMs: 0,
  mergeWindowMs: 0,
  sendTimeoutMs: 1,
  maxTextChars: 200,
};

/** Fills in defaults and rejects bad values with an OutboxConfigError naming the option. */
export function resolveOutboxOptions(opts: OutboxOptions): ResolvedOutboxOptions {
  if (typeof opts.send !== 'function') throw new OutboxConfigError('send', opts.send, 'a function (job) => Promise<void>');
  const logger = opts.logger as Partial<OutboxLogger> | undefined;
  if (!logger || typeof logger.info !== 'function' || typeof logger.warn !== 'function' || typeof logger.error !== 'function') {
    throw new OutboxConfigError('logger', typeof opts.logger, 'a pino-compatible logger with info, warn and error');
  }
  const timers = opts.timers ?? systemTimers;
  if (typeof timers.now !== 'function' || typeof timers.setTimeout !== 'function' || typeof timers.clearTimeout !== 'function') {
    throw new OutboxConfigError('timers', typeof opts.timers, 'an object with now(), setTimeout(fn, ms) and clearTimeout(h)');
  }
  const numbers = { ...OUTBOX_DEFAULTS } as Record<NumericOption, number>;
  for (const key of Object.keys(OUTBOX_DEFAULTS) as NumericOption[]) {
    const value = opts[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < MINIMUM[key]) {
      throw new OutboxConfigError(key, value, `an integer >= ${MINIMUM[key]}`);
    }
    numbers[key] = value;
  }
  if (numbers.backoffMaxMs < numbers.backoffBaseMs) {
    throw new OutboxConfigError('backoffMaxMs', numbers.backoffMaxMs, `at least backoffBaseMs (${numbers.backoffBaseMs})`);
  }
  return { send: opts.send, logger: opts.logger, timers, journal: opts.journal ?? null, ...numbers };
}
