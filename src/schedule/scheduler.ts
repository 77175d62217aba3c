/** Recurring work (reminders, digests, nightly audits) behind a port, so a simulated clock can drive it. */
export interface Scheduler {
  /** Runs `fn` at every minute matching the cron expression, in `timezone`. */
  cron(name: string, expression: string, timezone: string, fn: () => Promise<void> | void): void;
  /** Runs `fn` every `ms` milliseconds. */
  every(name: string, ms: number, fn: () => Promise<void> | void): void;
  /** Stops everything scheduled through this scheduler. */
  stop(): void;
}

/** Runs a scheduled job so that a failure is reported, never thrown into the timer. */
export function guarded(name: string, fn: () => Promise<void> | void, onError: (name: string, err: unknown) => void): () => void {
  return () => {
    try {
      Promise.resolve(fn()).catch((err: unknown) => onError(name, err));
    } catch (err) {
      onError(name, err);
    }
  };
}
