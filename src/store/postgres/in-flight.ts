/** Counting the calls still running against the database, so closing waits for them instead of cutting them off. */

/** Calls in flight, and a way to wait until there are none. */
export class InFlight {
  #count = 0;
  #waiters: Array<() => void> = [];

  /** Runs `work`, counted as in flight until it settles. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#count += 1;
    try {
      return await work();
    } finally {
      this.#count -= 1;
      if (this.#count === 0) for (const wake of this.#waiters.splice(0)) wake();
    }
  }

  /** Resolves once no tracked call is running (at once when none is). */
  idle(): Promise<void> {
    return this.#count === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.#waiters.push(resolve));
  }
}
