import type { ChangeHooks } from './change-hooks.js';
import { checked, jsonSchema } from './document.js';
import type { JsonValue, StateStore } from './ports.js';

/** The bot's small key-value state, kept in memory; shared by the in-memory and lowdb stores. */
export class KvTable implements StateStore {
  readonly #values: Map<string, JsonValue>;

  constructor(
    values: Record<string, JsonValue>,
    private readonly hooks: ChangeHooks,
  ) {
    this.#values = new Map(Object.entries(values));
  }

  get(key: string): JsonValue | undefined {
    const v = this.#values.get(key);
    return v === undefined ? undefined : structuredClone(v);
  }

  set(key: string, value: JsonValue): void {
    this.hooks.before();
    this.#values.set(key, checked(jsonSchema, `state "${key}"`, value));
    this.hooks.after();
  }

  delete(key: string): void {
    this.hooks.before();
    if (this.#values.delete(key)) this.hooks.after();
  }

  keys(prefix: string): string[] {
    return [...this.#values.keys()].filter((k) => k.startsWith(prefix));
  }

  /** A plain object of every value, for persisting. */
  toObject(): Record<string, JsonValue> {
    return Object.fromEntries(this.#values);
  }
}
