import { systemTimers, type OutboxTimers } from '../bot/outbox/index.js';

/** Time and one-shot timers: the system clock in production, a simulated one in `simulate` and tests. */
export type Clock = OutboxTimers;

/** The real clock. */
export const systemClock: Clock = systemTimers;
