/**
 * The embedded stores' key-value state (digest markers, outbox journal, room bindings, counters), kept in memory with the
 * hot document and persisted with it.
 */
import type { ChangeHooks } from './change-hooks.js';
import { checked, jsonSchema } from './document.js';
import { ChangedParts, stateBucket, type PartedRecords, type StateRecord } from './parted-tables.js';
import type { JsonValue, StateStore } from './ports.js';
import type { StateEntry, StateFamily } from './state-entry.js';

/** A stored state value that no longer passes its entry's check: read as missing, reported once. */
export type UnreadableState = (key: string, problem: string) => void;

/**
 * The bot's small typed state, kept in memory as JSON values; shared by the in-memory and
 * lowdb stores. Every read checks the value against its entry's schema, so an old or
 * hand-edited value never reaches the code as the wrong type.
 */
export class StateTable implements StateStore, PartedRecords {
  readonly #values: Map<string, JsonValue>;
  /** Keys whose bad value was already reported; written again, they are reported again if bad. */
  readonly #reported = new Set<string>();
  /** Keys by bucket, and the buckets changed since the last takeChangedParts(). */
  readonly #buckets = new Map<string, Set<string>>();
  readonly #changedBuckets = new ChangedParts();

  constructor(
    values: Record<string, JsonValue>,
    private readonly hooks: ChangeHooks,
    private readonly onUnreadable: UnreadableState,
  ) {
    this.#values = new Map(Object.entries(values));
    for (const key of this.#values.keys()) this.#bucketOf(key).add(key);
  }

  async read<T>(entry: StateEntry<T>): Promise<T | undefined> {
    return this.#read(entry.key, entry.schema);
  }

  async write<T>(entry: StateEntry<T>, value: T): Promise<void> {
    this.hooks.before();
    const typed = checked(entry.schema, `state "${entry.key}"`, value);
    this.#values.set(entry.key, checked(jsonSchema, `state "${entry.key}"`, typed));
    this.#bucketOf(entry.key).add(entry.key);
    this.#changedBuckets.add(stateBucket(entry.key));
    this.#reported.delete(entry.key);
    this.hooks.after();
  }

  async remove(entry: StateEntry<unknown>): Promise<void> {
    this.hooks.before();
    this.#reported.delete(entry.key);
    if (!this.#values.delete(entry.key)) return;
    this.#buckets.get(stateBucket(entry.key))?.delete(entry.key);
    this.#changedBuckets.add(stateBucket(entry.key));
    this.hooks.after();
  }

  async list<T>(family: StateFamily<T>): Promise<Array<{ entry: StateEntry<T>; value: T }>> {
    const keys = [...this.#values.keys()].filter((k) => k.startsWith(family.prefix)).sort();
    const out: Array<{ entry: StateEntry<T>; value: T }> = [];
    for (const key of keys) {
      const value = this.#read(key, family.schema);
      if (value !== undefined) out.push({ entry: family.entry(key.slice(family.prefix.length)), value });
    }
    return out;
  }

  /** The buckets that hold entries. */
  parts(): string[] {
    return [...this.#buckets].filter(([, keys]) => keys.size > 0).map(([bucket]) => bucket);
  }

  /** The entries of one bucket, for persisting it (values shared: serialise them at once). */
  recordsOf(bucket: string): StateRecord[] {
    return [...(this.#buckets.get(bucket) ?? [])].map((key) => [key, this.#values.get(key)!]);
  }

  /** The buckets changed since the last call, which it forgets: a persister writes just those. */
  takeChangedParts(): string[] {
    return this.#changedBuckets.take();
  }

  /** Marks buckets as changed again, when writing them failed and must be retried. */
  markChanged(buckets: Iterable<string>): void {
    this.#changedBuckets.mark(buckets);
  }

  #bucketOf(key: string): Set<string> {
    const bucket = stateBucket(key);
    let keys = this.#buckets.get(bucket);
    if (!keys) this.#buckets.set(bucket, (keys = new Set()));
    return keys;
  }

  #read<T>(key: string, schema: StateEntry<T>['schema']): T | undefined {
    const stored = this.#values.get(key);
    if (stored === undefined) return undefined;
    const parsed = schema.safeParse(structuredClone(stored));
    if (parsed.success) return parsed.data;
    if (!this.#reported.has(key)) {
      this.#reported.add(key);
      this.onUnreadable(key, parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '));
    }
    return undefined;
  }
}
