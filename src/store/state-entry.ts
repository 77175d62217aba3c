/**
 * Typed keys into the store's key-value state: each entry is declared next to the code that owns it, with the schema its
 * value must pass, so every value has one reader and no casts.
 */
import type { z } from 'zod';

/**
 * A typed entry of the store's key-value state: its key and the schema its stored value
 * must pass. Entries are declared next to the code that owns them (the digest declares
 * its "last sent" marker, the outbox its journal), so each value has one reader and no casts.
 */
export interface StateEntry<T> {
  readonly key: string;
  readonly schema: z.ZodType<T>;
}

/** A family of entries under one key prefix (`outbox.job.`), for values listed together. */
export interface StateFamily<T> {
  readonly prefix: string;
  readonly schema: z.ZodType<T>;
  /** The member of the family with this suffix. */
  entry(suffix: string): StateEntry<T>;
}

/** Declares one typed state entry. */
export function stateEntry<T>(key: string, schema: z.ZodType<T>): StateEntry<T> {
  return { key, schema };
}

/** Declares a family of typed state entries sharing a key prefix. */
export function stateFamily<T>(prefix: string, schema: z.ZodType<T>): StateFamily<T> {
  return { prefix, schema, entry: (suffix) => ({ key: prefix + suffix, schema }) };
}
