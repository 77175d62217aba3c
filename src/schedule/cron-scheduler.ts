/**
 * The production scheduler behind the bot's schedules (digests, reminders, sweeps): node-cron for cron expressions in the
 * policy's time zone, real intervals for the rest.
 */
import cron, { type ScheduledTask } from 'node-cron';
import { guarded, type Scheduler } from './scheduler.js';

/** The production scheduler: node-cron for cron expressions, real intervals for the rest. */
export function createCronScheduler(onError: (name: string, err: unknown) => void): Scheduler {
  const tasks: ScheduledTask[] = [];
  const intervals: ReturnType<typeof setInterval>[] = [];
  return {
    cron(name, expression, timezone, fn) {
      tasks.push(cron.schedule(expression, guarded(name, fn, onError), { timezone, name }));
    },
    every(name, ms, fn) {
      const handle = setInterval(guarded(name, fn, onError), ms);
      handle.unref();
      intervals.push(handle);
    },
    stop() {
      for (const t of tasks.splice(0)) void t.destroy();
      for (const i of intervals.splice(0)) clearInterval(i);
    },
  };
}
