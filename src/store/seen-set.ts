/** The message ids already handled, so a message the platform delivers twice is moderated once; bounded, oldest first out. */
import type { ChangeHooks } from './change-hooks.js';
import type { SeenMessages } from './ports.js';

/** Default number of message ids remembered: hours of traffic, far beyond any redelivery. */
export const DEFAULT_SEEN_LIMIT = 5000;

/** Recently handled message ids, oldest evicted first once the limit is reached. */
export class SeenSet implements SeenMessages {
  readonly #ids: Set<string>;

  constructor(
    ids: readonly string[],
    private readonly hooks: ChangeHooks,
    private readonly limit: number = DEFAULT_SEEN_LIMIT,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`seen limit must be a positive integer, got ${limit}`);
    this.#ids = new Set(ids.slice(-limit));
  }

  async seen(messageId: string): Promise<boolean> {
    return this.#ids.has(messageId);
  }

  async markSeen(messageId: string): Promise<boolean> {
    this.hooks.before();
    if (this.#ids.has(messageId)) return false;
    this.#ids.add(messageId);
    for (const oldest of this.#ids) {
      if (this.#ids.size <= this.limit) break;
      this.#ids.delete(oldest);
    }
    // Lazy: a redelivered message that opened a case is found by its case, which is written at once.
    this.hooks.after(true);
    return true;
  }

  /** Ids oldest first, for persisting. */
  toArray(): string[] {
    return [...this.#ids];
  }
}
