/**
 * The embedded stores' key-value state (digest markers, outbox journal, room bindings, counters), kept in memory with the
 * hot document and persisted with it.
 */
import type { ChangeHooks } from './change-hooks.js';
import { checked, jsonSchema } from './document.js';
import type { JsonValue, StateStore } from './ports.js';
import type { StateEntry, StateFamily } from './state-entry.js';

/** A stored state value that no longer passes its entry's check: read as missing, reported once. */
export type UnreadableState = (key: string, problem: string) => void;

/**
 * The bot's small typed state, kept in memory as JSON values; shared by the in-memory and
 * lowdb stores. Every read checks the value against its entry's schema, so an old or
 * hand-edited value never reaches the code as the wrong type.
 */
export class StateTable implements StateStore {
  readonly #values: Map<string, JsonValue>;
  /** Keys whose bad value was already reported; written again, they are reported again if bad. */
  readonly #reported = new Set<string>();

  constructor(
    values: Record<string, JsonValue>,
    private readonly hooks: ChangeHooks,
    private readonly onUnreadable: UnreadableState,
  ) {
    this.#values = new Map(Object.entries(values));
  }

  async read<T>(entry: StateEntry<T>): Promise<T | undefined> {
    return this.#read(entry.key, entry.schema);
  }

  async write<T>(entry: StateEntry<T>, value: T): Promise<void> {
    this.hooks.before();
    const typed = checked(entry.schema, `state "${entry.key}"`, value);
    this.#values.set(entry.key, checked(jsonSchema, `state "${entry.key}"`, typed));
    this.#reported.delete(entry.key);
    this.hooks.after();
  }

  async remove(entry: StateEntry<unknown>): Promise<void> {
    this.hooks.before();
    this.#reported.delete(entry.key);
    if (this.#values.delete(entry.key)) this.hooks.after();
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

  /** A plain object of every value, for persisting. */
  toObject(): Record<string, JsonValue> {
    return Object.fromEntries(this.#values);
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
