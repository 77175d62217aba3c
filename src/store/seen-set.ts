/**
 * The message ids already handled, so a message the platform delivers twice is moderated once; bounded, oldest first
 * out. Each id has an arrival number, which files it in a block of 512 for the lowdb store: a write rewrites the
 * newest block (and the oldest, as ids are evicted), never the whole list.
 */
import type { ChangeHooks } from './change-hooks.js';
import { ChangedParts, seenBlock, type PartedRecords, type SeenRecord } from './parted-tables.js';
import type { SeenMessages } from './ports.js';

/** Default number of message ids remembered: hours of traffic, far beyond any redelivery. */
export const DEFAULT_SEEN_LIMIT = 5000;

/** Recently handled message ids, oldest evicted first once the limit is reached. */
export class SeenSet implements SeenMessages, PartedRecords {
  /** Id → arrival number, in arrival order (a Map keeps insertion order). */
  readonly #seq = new Map<string, number>();
  readonly #blocks = new Map<string, Set<string>>();
  readonly #changed = new ChangedParts();
  #next: number;

  /**
   * `ids` oldest first; the first of them arrived `firstSeq`-th (as the part files said).
   * Ids beyond the limit are dropped, oldest first, and their blocks rewritten at the next write.
   */
  constructor(
    ids: readonly string[],
    private readonly hooks: ChangeHooks,
    private readonly limit: number = DEFAULT_SEEN_LIMIT,
    firstSeq = 0,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`seen limit must be a positive integer, got ${limit}`);
    const dropped = Math.max(0, ids.length - limit);
    ids.forEach((id, i) => {
      if (i >= dropped && !this.#seq.has(id)) this.#put(id, firstSeq + i);
    });
    this.#next = firstSeq + ids.length;
    this.#changed.take();
    for (let i = 0; i < dropped; i++) this.#changed.add(seenBlock(firstSeq + i));
  }

  async seen(messageId: string): Promise<boolean> {
    return this.#seq.has(messageId);
  }

  async markSeen(messageId: string): Promise<boolean> {
    this.hooks.before();
    if (this.#seq.has(messageId)) return false;
    this.#put(messageId, this.#next++);
    for (const [oldest, seq] of this.#seq) {
      if (this.#seq.size <= this.limit) break;
      this.#seq.delete(oldest);
      this.#blocks.get(seenBlock(seq))?.delete(oldest);
      this.#changed.add(seenBlock(seq));
    }
    // Lazy: a redelivered message that opened a case is found by its case, which is written at once.
    this.hooks.after(true);
    return true;
  }

  /** The ids of one block with their arrival numbers, for persisting it. */
  recordsOf(block: string): SeenRecord[] {
    return [...(this.#blocks.get(block) ?? [])].map((id) => [this.#seq.get(id)!, id]);
  }

  /** The blocks that hold ids. */
  parts(): string[] {
    return [...this.#blocks].filter(([, ids]) => ids.size > 0).map(([block]) => block);
  }

  takeChangedParts(): string[] {
    return this.#changed.take();
  }

  markChanged(blocks: Iterable<string>): void {
    this.#changed.mark(blocks);
  }

  #put(id: string, seq: number): void {
    this.#seq.set(id, seq);
    const block = seenBlock(seq);
    let ids = this.#blocks.get(block);
    if (!ids) this.#blocks.set(block, (ids = new Set()));
    ids.add(id);
    this.#changed.add(block);
  }
}
