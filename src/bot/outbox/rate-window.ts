/** The global send budget: a sliding window of recent send times plus a minimum gap. */
import { Fifo } from './fifo.js';

/** Tracks recent sends and says when the next one is allowed; O(1) amortised per send. */
export class RateWindow {
  private readonly times = new Fifo<number>();
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

  /** Earliest time >= now at which another send stays within the limits. */
  nextAllowedAt(now: number): number {
    this.prune(now);
    let at = Math.max(now, this.last + this.minGapMs);
    if (this.times.size >= this.maxInWindow) {
      const oldest = this.times.peek() as number;
      at = Math.max(at, oldest + this.windowMs);
    }
    return at;
  }

  /** Sends counted in the window ending at `now`. */
  countAt(now: number): number {
    this.prune(now);
    return this.times.size;
  }

  private prune(now: number): void {
    for (let t = this.times.peek(); t !== undefined && t + this.windowMs <= now; t = this.times.peek()) {
      this.times.shift();
    }
  }
}
