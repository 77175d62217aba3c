/** One call of the send port, bounded by a timeout so a hung send cannot hold its lane forever. */
import { SendTimeoutError } from './errors.js';
import type { OutboxJob } from './job.js';
import type { OutboxTimers, SendBudget, SendPort, TimerHandle } from './ports.js';

/** A send in progress: settles once (the port's result, or a SendTimeoutError); cancel() forgets it. */
export interface SendAttempt {
  done: Promise<void>;
  cancel(): void;
}

/**
 * Calls the port once. A port that throws synchronously counts as a rejection;
 * a result arriving after the timeout is ignored (a late rejection is swallowed,
 * never left unhandled).
 */
export function startSendAttempt(
  send: SendPort,
  job: OutboxJob,
  timers: OutboxTimers,
  timeoutMs: number,
  makeBudget: (isOver: () => boolean) => SendBudget,
): SendAttempt {
  let settled = false;
  const inner = makeBudget(() => settled);
  let handle: TimerHandle;
  let arm: () => void = () => undefined;
  /** Waiting for the budget is the outbox's own queueing: the timeout bounds each platform call, not that wait. */
  const budget: SendBudget = {
    async beforeCall() {
      timers.clearTimeout(handle);
      try {
        await inner.beforeCall();
      } finally {
        if (!settled) arm();
      }
    },
  };
  const done = new Promise<void>((resolve, reject) => {
    arm = () => {
      handle = timers.setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new SendTimeoutError(timeoutMs));
      }, timeoutMs);
    };
    arm();
    let result: Promise<void>;
    try {
      result = Promise.resolve(send(job, budget));
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(
      () => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(handle);
        resolve();
      },
      (err: unknown) => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(handle);
        reject(err ?? new Error('send rejected without a reason'));
      },
    );
  });
  return {
    done,
    cancel: () => {
      if (settled) return;
      settled = true;
      timers.clearTimeout(handle);
    },
  };
}
