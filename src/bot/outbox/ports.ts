/**
 * The outbox's ports: what it needs from the outside world, so it runs (and is
 * tested) without Wechaty, without real time and without a real logger.
 */
import type { OutboxJob } from './job.js';

/** Opaque handle returned by {@link OutboxTimers.setTimeout}. */
export type TimerHandle = unknown;

/** Time source and one-shot timers; tests and the simulator pass a simulated clock. */
export interface OutboxTimers {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Minimal pino-compatible logger: fields first, then the message. */
export interface OutboxLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

/**
 * Delivers one job to the chat platform. Rejects on failure; an error with
 * `permanent: true` means retrying cannot help (see PermanentSendError).
 */
export type SendPort = (job: OutboxJob) => Promise<void>;

/** Real wall-clock timers, for production use. */
export const systemTimers: OutboxTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
