/**
 * How every store applies a change to a record: on a copy, re-checked against its schema, key fields unchanged, so a bad
 * patch leaves the stored record as it was.
 */
import type { z } from 'zod';
import { checked } from './document.js';
import { InvalidRecordError } from './errors.js';
import type { Patch } from './ports.js';

/**
 * Applies a patch to a copy of a record, checks the result and that its key fields
 * did not change, and returns the new record; the stored one is untouched on error.
 */
export function applyPatch<T extends object>(
  current: T,
  patch: Patch<T>,
  schema: z.ZodType<T>,
  kind: string,
  keys: readonly (keyof T)[],
): T {
  let next: unknown;
  if (typeof patch === 'function') {
    const draft = structuredClone(current);
    next = patch(draft) ?? draft;
  } else {
    next = { ...current, ...patch };
  }
  const result = checked(schema, kind, next);
  for (const k of keys) {
    if (result[k] !== current[k]) {
      throw new InvalidRecordError(kind, `${String(k)} cannot change (${String(current[k])} -> ${String(result[k])})`);
    }
  }
  return result;
}
