/**
 * The outbox's ports: what it needs from the outside world, so it runs (and is
 * tested) without Wechaty, without real time and without a real logger.
 */
import { systemClock, type Clock } from '../../schedule/clock.js';
import type { OutboxJob } from './job.js';

export type { TimerHandle } from '../../schedule/clock.js';

/** The outbox's time source and one-shot timers: the shared clock; tests and the simulator pass a simulated one. */
export type OutboxTimers = Clock;

/** Minimal pino-compatible logger: fields first, then the message. */
export interface OutboxLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

/**
 * The global send budget as the send port sees it: `beforeCall()` is awaited
 * right before each platform call (a text, an image, a removal), so the cap
 * counts the calls when they are made, not when the job was started. It
 * rejects once the attempt has timed out, so a late call cannot slip through.
 */
export interface SendBudget {
  beforeCall(): Promise<void>;
}

/**
 * Delivers one job to the chat platform. Rejects on failure; an error with
 * `permanent: true` means retrying cannot help (see PermanentSendError).
 * A port that makes its own platform calls awaits `budget.beforeCall()` before
 * each; a port that never does is charged once, when its attempt starts.
 */
export type SendPort = (job: OutboxJob, budget: SendBudget) => Promise<void>;

/** Real wall-clock timers, for production use. */
export const systemTimers: OutboxTimers = systemClock;
