/**
 * String distance for "did you mean" suggestions. natural is imported by deep
 * path only: its top-level module loads ~1000 modules and runs dotenv.
 */
import { JaroWinklerDistance, LevenshteinDistance } from 'natural/lib/natural/distance/index.js';

/** Levenshtein edit distance (insert, delete, substitute) between two keys. */
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : LevenshteinDistance(a, b);
}

/** Jaro-Winkler similarity in [0, 1]; breaks ties between equally distant candidates. */
export function similarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b);
}

/** Edits that still count as a typo for strings this long: one per three characters, at least one. */
export function allowedEdits(a: string, b: string): number {
  return Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}
