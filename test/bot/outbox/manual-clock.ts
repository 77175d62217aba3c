/** Test support: a hand-driven clock and timers implementing the outbox's timers port. */
import type { OutboxTimers, TimerHandle } from '../../../src/bot/outbox/ports.js';

interface PendingTimer {
  id: number;
  at: number;
  fn: () => void;
}

/** Lets all queued promise callbacks run (a macrotask turn drains the microtask queue). */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Simulated time: timers fire only when a test advances the clock, in due order. */
export class ManualClock implements OutboxTimers {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, PendingTimer>();

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { id, at: this.time + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as number);
  }

  /** Timers armed and not yet fired or cleared. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing due timers one by one and settling promises after each. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await flushMicrotasks();
    for (let next = this.earliest(); next !== undefined && next.at <= end; next = this.earliest()) {
      this.timers.delete(next.id);
      this.time = Math.max(this.time, next.at);
      next.fn();
      await flushMicrotasks();
    }
    this.time = end;
    await flushMicrotasks();
  }

  /** Advances until `done` settles, failing after `limitMs` of simulated time. */
  async runUntil(done: Promise<unknown>, limitMs = 3_600_000): Promise<void> {
    let finished = false;
    void done.then(() => (finished = true));
    await flushMicrotasks();
    while (!finished) {
      const next = this.earliest();
      if (next === undefined || next.at - this.time > limitMs) throw new Error(`not settled by t=${this.time + limitMs}`);
      await this.advance(next.at - this.time);
    }
  }

  private earliest(): PendingTimer | undefined {
    let best: PendingTimer | undefined;
    for (const t of this.timers.values()) if (best === undefined || t.at < best.at || (t.at === best.at && t.id < best.id)) best = t;
    return best;
  }
}
