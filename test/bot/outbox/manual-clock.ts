/**
 * Test support: the outbox's timers port on the one simulated clock (src/schedule/sim-clock.ts),
 * with what the outbox tests add to it: promises settled between timers, a count of armed
 * timers, and running until a promise settles.
 */
import type { OutboxTimers, TimerHandle } from '../../../src/bot/outbox/ports.js';
import { createSimClock, type SimClock } from '../../../src/schedule/sim-clock.js';

/** Lets all queued promise callbacks run (a macrotask turn drains the microtask queue). */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Simulated time: timers fire only when a test advances the clock, in due order. */
export class ManualClock implements OutboxTimers {
  private readonly sim: SimClock;
  private readonly armed = new Set<TimerHandle>();

  constructor(start = 0) {
    this.sim = createSimClock(start);
  }

  now(): number {
    return this.sim.now();
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const handle = this.sim.setTimeout(() => {
      this.armed.delete(handle);
      fn();
    }, ms);
    this.armed.add(handle);
    return handle;
  }

  clearTimeout(handle: TimerHandle): void {
    this.armed.delete(handle);
    this.sim.clearTimeout(handle);
  }

  /** Timers armed and not yet fired or cleared. */
  get pendingTimers(): number {
    return this.armed.size;
  }

  /** Moves time forward by `ms`, firing due timers one by one and settling promises after each. */
  async advance(ms: number): Promise<void> {
    const end = this.now() + ms;
    await flushMicrotasks();
    await this.sim.advanceTo(end, flushMicrotasks);
    await flushMicrotasks();
  }

  /** Advances until `done` settles, failing after `limitMs` of simulated time. */
  async runUntil(done: Promise<unknown>, limitMs = 3_600_000): Promise<void> {
    let finished = false;
    void done.then(() => (finished = true));
    await flushMicrotasks();
    while (!finished) {
      const next = this.sim.nextDue();
      if (next === null || next - this.now() > limitMs) throw new Error(`not settled by t=${this.now() + limitMs}`);
      await this.advance(next - this.now());
    }
  }
}
