/**
 * Scheduled work once per company: with several accounts on one store, each company-wide
 * schedule (reminders, digests) runs only in the process that holds the lease `schedule:<name>`.
 * The holder renews it every minute; a process that does not hold it keeps trying, and
 * installs the schedule (with its start-up catch-up) the first time it wins, i.e. when the
 * holder went away and its lease ran out.
 */
import type { Scheduler } from '../../schedule/scheduler.js';
import type { BotContext } from '../bot-context.js';
import { botNameOf } from '../speaker.js';

/** How long a schedule's claim lasts without renewal: longer than one run, so a long digest never loses it midway. */
export const SCHEDULE_TTL_MS = 5 * 60_000;
/** How often every schedule's lease is claimed again (renewed by the holder, tried by the others). */
export const SCHEDULE_RENEW_MS = 60_000;

/** The lease name of a named schedule. */
export function scheduleLease(name: string): string {
  return `schedule:${name}`;
}

/** Claims (or renews) the schedule for this process; true when it is this process's to run. */
export function claimSchedule(ctx: Pick<BotContext, 'store' | 'clock' | 'speaker'>, name: string): Promise<boolean> {
  return ctx.store.leases.claim(scheduleLease(name), botNameOf(ctx), ctx.clock.now(), SCHEDULE_TTL_MS);
}

/**
 * The scheduler a schedule installs its jobs on: each run first claims the schedule's
 * lease, so when two processes both fire at the same cron minute only one does the work.
 */
export function leasedScheduler(ctx: Pick<BotContext, 'store' | 'clock' | 'speaker' | 'log'>, name: string, inner: Scheduler): Scheduler {
  const gated = (job: string, fn: () => Promise<void> | void) => async (): Promise<void> => {
    if (await claimSchedule(ctx, name)) await fn();
    else ctx.log.debug({ schedule: name, job }, 'another account runs this schedule');
  };
  return {
    cron: (job, expression, timezone, fn) => inner.cron(job, expression, timezone, gated(job, fn)),
    every: (job, ms, fn) => inner.every(job, ms, gated(job, fn)),
    stop: () => inner.stop(),
  };
}
