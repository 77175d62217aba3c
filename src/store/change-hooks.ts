/** How the tables report mutations to their owner: checked before (store open?), announced after (persist). */
export interface ChangeHooks {
  /** Throws if the store no longer accepts changes. */
  before(): void;
  /** A change was applied in memory and must be persisted. */
  after(): void;
}

/** Hooks that accept every change and persist nothing: the in-memory store's. */
export const NO_PERSISTENCE: ChangeHooks = { before() {}, after() {} };
