/** Test support: a recording send port and a recording logger for outbox tests. */
import type { OutboxJob, RoomSayJob } from '../../../src/bot/outbox/job.js';
import type { OutboxLogger } from '../../../src/bot/outbox/ports.js';
import type { ManualClock } from './manual-clock.js';

/** One call of the send port, with the simulated time it was made. */
export interface SendCall {
  at: number;
  job: OutboxJob;
}

/** What the fake port does for one call: succeed, throw this error, never settle, or succeed after `after` ms. */
export type SendOutcome = 'ok' | 'hang' | Error | { after: number };

/** A send port that records every call and answers by `behave(job, callIndex)` (default: succeed). */
export function recordingSend(clock: ManualClock, behave: (job: OutboxJob, index: number) => SendOutcome = () => 'ok') {
  const calls: SendCall[] = [];
  const send = (job: OutboxJob): Promise<void> => {
    const outcome = behave(job, calls.length);
    calls.push({ at: clock.now(), job });
    if (outcome === 'ok') return Promise.resolve();
    if (outcome === 'hang') return new Promise<void>(() => {});
    if (outcome instanceof Error) return Promise.reject(outcome);
    return new Promise<void>((resolve) => clock.setTimeout(resolve, outcome.after));
  };
  return { send, calls };
}

/** One log call. */
export interface LogLine {
  level: 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  msg: string;
}

/** A pino-shaped logger that keeps its lines for assertions. */
export function recordingLogger(): OutboxLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (fields: object, msg: string) => {
    lines.push({ level, fields: fields as Record<string, unknown>, msg });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** A room message without a merge key. */
export function say(roomId: string, text: string, mentionIds: string[] = [], extra: Partial<Omit<RoomSayJob, 'kind'>> = {}): RoomSayJob {
  return { kind: 'room_say', roomId, text, mentionIds, ...extra };
}

/** A direct message. */
export function dm(contactId: string, text: string): OutboxJob {
  return { kind: 'dm', contactId, text };
}

/** A removal. */
export function remove(roomId: string, memberId: string): OutboxJob {
  return { kind: 'remove', roomId, memberId };
}

/** Short label of a job for compact assertions: `room1:hello`, `dm:u1:hi`, `remove:room1:u2`. */
export function label(job: OutboxJob): string {
  if (job.kind === 'dm') return `dm:${job.contactId}:${job.text}`;
  if (job.kind === 'remove') return `remove:${job.roomId}:${job.memberId}`;
  return `${job.roomId}:${job.text}`;
}
