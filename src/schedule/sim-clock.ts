/**
 * A simulated clock that moves only when told to, firing its timers in time order, so the sandbox and tests can play out
 * days of schedules at once.
 */
import type { Clock } from './clock.js';

interface SimTimer {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock that moves only when told to; timers fire in time order as it moves. */
export interface SimClock extends Clock {
  /** Runs every timer due at or before `time`, in order, moving `now` to each, then to `time`. */
  advanceTo(time: number, afterEach?: () => Promise<void>): Promise<void>;
  /** Runs timers due now (set with a zero delay) until none is left; true if any ran. */
  runDue(): boolean;
  /** When the next timer is due, or null. */
  nextDue(): number | null;
}

/** Creates a simulated clock starting at `start` (epoch ms). */
export function createSimClock(start: number): SimClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, SimTimer>();
  const earliest = (): SimTimer | undefined => {
    let best: SimTimer | undefined;
    for (const t of timers.values()) if (!best || t.at < best.at || (t.at === best.at && t.id < best.id)) best = t;
    return best;
  };
  const fire = (t: SimTimer): void => {
    timers.delete(t.id);
    now = Math.max(now, t.at);
    t.fn();
  };
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { id, at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advanceTo(time, afterEach) {
      for (let t = earliest(); t && t.at <= time; t = earliest()) {
        fire(t);
        if (afterEach) await afterEach();
      }
      now = Math.max(now, time);
    },
    runDue() {
      let ran = false;
      for (let t = earliest(); t && t.at <= now; t = earliest()) {
        fire(t);
        ran = true;
      }
      return ran;
    },
    nextDue: () => earliest()?.at ?? null,
  };
}
