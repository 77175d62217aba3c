/** How the tables report mutations to their owner: checked before (store open?), announced after (persist). */
export interface ChangeHooks {
  /** Throws if the store no longer accepts changes. */
  before(): void;
  /**
   * A change was applied in memory and must be persisted. A `lazy` one (a dedup id) may wait
   * for the next write or a slower cadence: losing the last seconds of them in a crash costs nothing.
   */
  after(lazy?: boolean): void;
}

/** Hooks that accept every change and persist nothing: the in-memory store's. */
export const NO_PERSISTENCE: ChangeHooks = { before() {}, after() {} };
