/**
 * Coalesces persistence: any number of changes made in one tick (or within `delayMs`),
 * or while a write is running, become one more write of the latest state. `flush()`
 * writes at once, waits until nothing is left unwritten and reports a failure; a failed
 * write is retried on the next change. While the pump is held (a unit of work is
 * running) nothing is written, so the unit's changes land in one write after it.
 */
export class WritePump {
  #dirty = false;
  #scheduled = false;
  #loop: Promise<void> | null = null;
  #holds = 0;
  #unheld: Array<() => void> = [];

  constructor(
    private readonly write: () => Promise<void>,
    private readonly onBackgroundError: (error: unknown) => void,
    private readonly delayMs = 0,
  ) {
    if (!Number.isFinite(delayMs) || delayMs < 0) throw new RangeError(`write delay must be >= 0 ms, got ${delayMs}`);
  }

  /** Notes a change and schedules a background write: end of this tick, or after delayMs. */
  changed(): void {
    this.#dirty = true;
    this.#schedule();
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
    if (this.#scheduled || this.#loop || this.#holds > 0) return;
    this.#scheduled = true;
    const fire = (): void => {
      this.#scheduled = false;
      if (this.#dirty && this.#holds === 0) this.#run().catch(this.onBackgroundError);
    };
    if (this.delayMs === 0) queueMicrotask(fire);
    else setTimeout(fire, this.delayMs);
  }

  /** Resolves once every change noted so far is written; rejects if the last attempt failed. */
  async flush(): Promise<void> {
    for (;;) {
      const running = this.#loop;
      if (running) {
        // A background failure is not reported here: the retry below reports its own outcome.
        await running.catch(() => undefined);
        continue;
      }
      if (this.#holds > 0) {
        await new Promise<void>((wake) => this.#unheld.push(wake));
        continue;
      }
      if (!this.#dirty) return;
      await this.#run();
    }
  }

  #run(): Promise<void> {
    this.#loop ??= this.#drain();
    return this.#loop;
  }

  async #drain(): Promise<void> {
    await Promise.resolve(); // let #run store this promise before the finally below can clear it
    try {
      while (this.#dirty && this.#holds === 0) {
        this.#dirty = false;
        try {
          await this.write();
        } catch (e) {
          this.#dirty = true;
          throw e;
        }
      }
    } finally {
      this.#loop = null; // in the same tick as the last dirty check: no change can slip between
    }
  }
}
