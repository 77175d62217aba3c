/**
 * The keys the policy schema accepts at any place, read from the schema itself so they never drift, and the closest one
 * to a mistyped key, so an error can say what was meant.
 */
import type { ZodType } from 'zod';
import { allowedEdits, editDistance } from '../core/nickname/distance.js';

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  innerType?: ZodType;
  element?: ZodType;
  out?: ZodType;
}

const defOf = (schema: ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through defaults, optionals and preprocessing to the schema that checks the value. */
function unwrap(schema: ZodType): ZodType {
  for (;;) {
    const def = defOf(schema);
    if (def.innerType && ['default', 'prefault', 'optional', 'nullable', 'readonly'].includes(def.type)) schema = def.innerType;
    else if (def.type === 'pipe' && def.out) schema = def.out;
    else return schema;
  }
}

/**
 * The keys an object in the policy may have at `path` (list indexes included), read from
 * the schema itself so the list never drifts from what is accepted; empty when unknown.
 */
export function allowedKeys(schema: ZodType, path: readonly PropertyKey[]): string[] {
  let node = unwrap(schema);
  for (const step of path) {
    const def = defOf(node);
    if (typeof step === 'number' && def.type === 'array' && def.element) node = unwrap(def.element);
    else if (typeof step === 'string' && def.type === 'object' && def.shape?.[step]) node = unwrap(def.shape[step]);
    else return [];
  }
  const def = defOf(node);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The allowed key a mistyped one was most likely meant to be, or null when none is close. */
export function closestKey(typed: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const key of allowed) {
    const d = editDistance(typed.toLowerCase(), key);
    if (d <= allowedEdits(typed, key) && d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  return best;
}
