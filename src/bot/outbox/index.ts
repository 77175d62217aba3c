/** Public surface of the outbox: the single rate-limited queue for everything the bot sends. */
export { createOutbox, type Outbox, type OutboxStats } from './outbox.js';
export { OUTBOX_DEFAULTS, type OutboxOptions } from './options.js';
export { systemTimers, type OutboxLogger, type OutboxTimers, type SendBudget, type SendPort, type TimerHandle } from './ports.js';
export type { DmJob, ImagePayload, JobContext, OutboxJob, RemoveJob, RoomSayJob } from './job.js';
export { OutboxConfigError, PermanentSendError, SendTimeoutError, isPermanentFailure } from './errors.js';
export type { JournalEntry, OutboxJournal } from './journal.js';
