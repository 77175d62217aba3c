/**
 * The scheduler used with the simulated clock: cron expressions and intervals re-armed as one-shot timers on any Clock,
 * so the sandbox and tests run schedules without waiting for real time.
 */
import { createTask } from 'node-cron';
import type { Clock } from './clock.js';
import { guarded, type Scheduler } from './scheduler.js';

const MINUTE = 60_000;
/** Cron expressions are searched at most this far ahead (a little over a year). */
const HORIZON_MINUTES = 370 * 24 * 60;

/** First minute strictly after `after` that matches the cron expression in its timezone; null if none within a year. */
export function nextCronTime(expression: string, timezone: string, after: number): number | null {
  const task = createTask(expression, () => undefined, { timezone });
  let t = Math.floor(after / MINUTE) * MINUTE + MINUTE;
  for (let i = 0; i < HORIZON_MINUTES; i++, t += MINUTE) if (task.match(new Date(t))) return t;
  return null;
}

/** A scheduler on any Clock (used with the simulated clock): each job re-arms a one-shot timer. */
export function createClockScheduler(clock: Clock, onError: (name: string, err: unknown) => void): Scheduler {
  const handles = new Set<unknown>();
  let stopped = false;
  const arm = (at: number | null, run: () => void): void => {
    if (stopped || at === null) return;
    const handle = clock.setTimeout(() => {
      handles.delete(handle);
      run();
    }, at - clock.now());
    handles.add(handle);
  };
  return {
    cron(name, expression, timezone, fn) {
      const job = guarded(name, fn, onError);
      const loop = (): void => {
        job();
        arm(nextCronTime(expression, timezone, clock.now()), loop);
      };
      arm(nextCronTime(expression, timezone, clock.now()), loop);
    },
    every(name, ms, fn) {
      const job = guarded(name, fn, onError);
      const loop = (): void => {
        job();
        arm(clock.now() + ms, loop);
      };
      arm(clock.now() + ms, loop);
    },
    stop() {
      stopped = true;
      for (const h of handles) clock.clearTimeout(h);
      handles.clear();
    },
  };
}
