/**
 * The bot's typed key-value state on PostgreSQL, one jsonb value per key; a stored value that fails its entry's check
 * reads as missing and is reported once.
 */
import { checked, describeIssues, jsonSchema } from '../document.js';
import { InvalidRecordError } from '../errors.js';
import type { StateStore } from '../ports.js';
import type { StateEntry, StateFamily } from '../state-entry.js';
import type { Db } from './db.js';

/** Told once per key when a stored value fails its entry's check (it then reads as undefined). */
export type OnBadState = (key: string, problem: string) => void;

/** The bot's typed key-value state on PostgreSQL, one jsonb value per key. */
export class PgState implements StateStore {
  readonly #reported = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly onBad: OnBadState,
  ) {}

  async read<T>(entry: StateEntry<T>): Promise<T | undefined> {
    const { rows } = await this.db.run((sql) => sql.query<{ value: unknown }>('SELECT value FROM state WHERE key = $1', [entry.key]));
    return rows[0] === undefined ? undefined : this.#check(entry, rows[0].value);
  }

  async write<T>(entry: StateEntry<T>, value: T): Promise<void> {
    this.db.checkOpen();
    const r = entry.schema.safeParse(value);
    if (!r.success) throw new InvalidRecordError(`state "${entry.key}"`, describeIssues(r.error));
    const json = checked(jsonSchema, `state "${entry.key}"`, value);
    await this.db.run((sql) =>
      sql.query('INSERT INTO state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [entry.key, JSON.stringify(json)]),
    );
    this.#reported.delete(entry.key);
  }

  async remove(entry: StateEntry<unknown>): Promise<void> {
    this.db.checkOpen();
    await this.db.run((sql) => sql.query('DELETE FROM state WHERE key = $1', [entry.key]));
  }

  async list<T>(family: StateFamily<T>): Promise<Array<{ entry: StateEntry<T>; value: T }>> {
    const { rows } = await this.db.run((sql) =>
      sql.query<{ key: string; value: unknown }>('SELECT key, value FROM state WHERE starts_with(key, $1) ORDER BY key', [family.prefix]),
    );
    const out: Array<{ entry: StateEntry<T>; value: T }> = [];
    for (const row of rows) {
      const entry = family.entry(row.key.slice(family.prefix.length));
      const value = this.#check(entry, row.value);
      if (value !== undefined) out.push({ entry, value });
    }
    return out;
  }

  #check<T>(entry: StateEntry<T>, stored: unknown): T | undefined {
    const r = entry.schema.safeParse(stored);
    if (r.success) return r.data;
    if (!this.#reported.has(entry.key)) {
      this.#reported.add(entry.key);
      this.onBad(entry.key, describeIssues(r.error));
    }
    return undefined;
  }
}
