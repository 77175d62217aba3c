/** The global send budget: a sliding window of recent send times plus a minimum gap. */
import { Fifo } from './fifo.js';

/** Tracks recent sends and says when the next one is allowed; O(1) amortised per send. */
export class RateWindow {
  private readonly times = new Fifo<number>();
  /** Reservations given back (by time), still in `times` until they reach its head. */
  private readonly released = new Map<number, number>();
  private releasedCount = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly maxInWindow: number,
    private readonly windowMs: number,
    private readonly minGapMs: number,
  ) {}

  /** Records a send made at `at`. */
  record(at: number): void {
    this.times.push(at);
    this.last = Math.max(this.last, at);
  }

  /** Gives back one send recorded at `at` (a reservation whose platform call is charged later, at its real time). */
  release(at: number): void {
    this.released.set(at, (this.released.get(at) ?? 0) + 1);
    this.releasedCount += 1;
    this.dropReleasedHead();
  }

  /** Earliest time >= now at which another send stays within the limits. */
  nextAllowedAt(now: number): number {
    this.prune(now);
    let at = Math.max(now, this.last + this.minGapMs);
    if (this.times.size - this.releasedCount >= this.maxInWindow) {
      const oldest = this.times.peek() as number;
      at = Math.max(at, oldest + this.windowMs);
    }
    return at;
  }

  /** Sends counted in the window ending at `now`. */
  countAt(now: number): number {
    this.prune(now);
    return this.times.size - this.releasedCount;
  }

  private prune(now: number): void {
    this.dropReleasedHead();
    for (let t = this.times.peek(); t !== undefined && t + this.windowMs <= now; t = this.times.peek()) {
      this.times.shift();
      this.dropReleasedHead();
    }
  }

  /** Keeps the head of `times` a send that still counts, so the window's oldest send is its head. */
  private dropReleasedHead(): void {
    for (let t = this.times.peek(); t !== undefined; t = this.times.peek()) {
      const n = this.released.get(t);
      if (n === undefined) return;
      this.times.shift();
      this.releasedCount -= 1;
      if (n === 1) this.released.delete(t);
      else this.released.set(t, n - 1);
    }
  }
}
