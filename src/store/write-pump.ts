/**
 * Coalesces persistence: any number of changes made in one tick (or within `delayMs`),
 * or while a write is running, become one more write of the latest state. `flush()`
 * writes at once, waits until nothing is left unwritten and reports a failure; a failed
 * write is retried on the next change.
 */
export class WritePump {
  #dirty = false;
  #scheduled = false;
  #loop: Promise<void> | null = null;

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
    if (this.#scheduled || this.#loop) return;
    this.#scheduled = true;
    const fire = (): void => {
      this.#scheduled = false;
      if (this.#dirty) this.#run().catch(this.onBackgroundError);
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
      while (this.#dirty) {
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
