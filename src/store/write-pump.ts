/**
 * Coalesces persistence: any number of changes made in one tick (or within `delayMs`),
 * or while a write is running, become one more write of the latest state (group commit).
 * `flush()` waits only for a write that covers every change made before it was called —
 * never for changes that came after, so a steady stream of changes cannot hold it off —
 * and reports a failure; a failed write is retried on the next change or flush. While the
 * pump is held (units of work running) nothing is written, so each unit's changes land in
 * one write after it; once a write is waiting, new units wait for it to begin (`turn()`),
 * so overlapping units cannot keep the document from being written.
 */
export class WritePump {
  #dirty = false;
  /** A change that wants the short delay is waiting (not only changes that may wait for `lazyMs`). */
  #urgent = false;
  /** A background write is scheduled: as a microtask, or on a timer due at #dueAt. */
  #scheduled = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dueAt = Infinity;
  #loop: Promise<void> | null = null;
  #holds = 0;
  #unheld: Array<() => void> = [];
  /** Changes noted so far, and how many of them the last successful write covered. */
  #changes = 0;
  #written = 0;
  /** Woken after every write attempt, successful or not. */
  #afterWrite: Array<() => void> = [];
  /** Units waiting for the write they are queued behind to begin. */
  #waitingTurn: Array<() => void> = [];

  constructor(
    private readonly write: () => Promise<void>,
    private readonly onBackgroundError: (error: unknown) => void,
    private readonly delayMs = 0,
    private readonly lazyMs = delayMs,
  ) {
    if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`write delay must be >= 0 ms, got ${delayMs}`);
    if (!Number.isFinite(lazyMs) || lazyMs < delayMs) throw new RangeError(`lazy write delay must be >= the write delay (${delayMs} ms), got ${lazyMs}`);
  }

  /**
   * Notes a change and schedules a background write: end of this tick, or after delayMs. A
   * `lazy` change (a dedup id: losing the last seconds of them in a crash costs nothing) waits
   * up to lazyMs instead, or rides along with the next write; flush() covers it like any other.
   */
  changed(lazy = false): void {
    this.#dirty = true;
    if (!lazy) this.#urgent = true;
    this.#changes += 1;
    this.#schedule();
  }

  /**
   * When a new unit of work may hold the pump: null for at once (no waiting, not even a tick),
   * unless changes are waiting for the running units to finish — then once their write has begun.
   */
  turn(): Promise<void> | null {
    // Only changes that want writing soon hold new units back; lazy ones ride along with a later write.
    if (this.#holds > 0 && this.#dirty && this.#urgent) return new Promise<void>((go) => this.#waitingTurn.push(go));
    return null;
  }

  /** Stops writes until the returned release is called (once per hold; holds nest). */
  hold(): () => void {
    this.#holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds -= 1;
      if (this.#holds > 0) return;
      for (const wake of this.#unheld.splice(0)) wake();
      if (this.#dirty) this.#schedule();
    };
  }

  #schedule(): void {
    if (this.#loop || this.#holds > 0) return;
    const delay = this.#urgent ? this.delayMs : this.lazyMs;
    const dueAt = performance.now() + delay;
    if (this.#scheduled && (this.#timer === null || this.#dueAt <= dueAt)) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#scheduled = true;
    this.#dueAt = dueAt;
    const fire = (): void => {
      this.#scheduled = false;
      this.#timer = null;
      this.#dueAt = Infinity;
      if (!this.#dirty || this.#holds > 0) return;
      this.#urgent = true; // the timer is due: lazy changes waited long enough
      this.#run().catch(this.onBackgroundError);
    };
    if (delay === 0) {
      this.#timer = null;
      queueMicrotask(fire);
    } else {
      this.#timer = setTimeout(fire, delay);
      // A lazy write alone never keeps the process alive: close() flushes it.
      if (!this.#urgent) this.#timer.unref?.();
    }
  }

  /** Resolves once every change noted before the call is written; rejects if the write for them failed. */
  async flush(): Promise<void> {
    const target = this.#changes;
    while (this.#written < target) {
      if (this.#loop) {
        // A background failure is not reported here: the retry below reports its own outcome.
        await new Promise<void>((wake) => this.#afterWrite.push(wake));
        continue;
      }
      if (this.#holds > 0) {
        await new Promise<void>((wake) => this.#unheld.push(wake));
        continue;
      }
      this.#urgent = true; // lazy or not, what this flush covers is wanted now
      await this.#run();
    }
  }

  #run(): Promise<void> {
    this.#loop ??= this.#drain();
    return this.#loop;
  }

  async #drain(): Promise<void> {
    await Promise.resolve(); // let #run store this promise before the finally below can clear it
    let failed = false;
    try {
      // Lazy changes made while a write ran do not start another at once: they wait for their timer.
      while (this.#dirty && this.#urgent && this.#holds === 0) {
        this.#dirty = false;
        this.#urgent = false;
        const covers = this.#changes;
        // The write takes its snapshot synchronously as it starts: units queued behind it may go on.
        const writing = this.write();
        for (const go of this.#waitingTurn.splice(0)) go();
        try {
          await writing;
          this.#written = Math.max(this.#written, covers);
        } catch (e) {
          this.#dirty = true;
          this.#urgent = true;
          failed = true;
          throw e;
        } finally {
          for (const wake of this.#afterWrite.splice(0)) wake();
        }
      }
    } finally {
      this.#loop = null; // in the same tick as the last dirty check: no change can slip between
      for (const go of this.#waitingTurn.splice(0)) go();
      // Lazy changes left over get their timer; a failed write waits for the next change or flush.
      if (!failed && this.#dirty && this.#holds === 0) this.#schedule();
    }
  }
}
