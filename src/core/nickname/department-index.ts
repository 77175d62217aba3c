/**
 * A precomputed lookup over the valid departments: exact match, nearest match
 * for typos, and prefix / suffix match for nicknames written without a separator.
 */
import { cleanText, textKey } from './clean-text.js';
import { allowedEdits, editDistance, similarity } from './distance.js';

/** Department lookups a nickname checker asks thousands of times; build once with `createDepartmentIndex`. */
export interface DepartmentIndex {
  /** The departments, cleaned, in the order given, without duplicates. */
  readonly list: readonly string[];
  /** The canonical spelling of a known department (case, width and spaces ignored), or null. */
  canonical(text: string): string | null;
  /** The known department a mistyped one is near (edit distance, or one containing the other); null if none or a tie. */
  nearest(text: string): string | null;
  /** The longest known department a whitespace-free text starts with, leaving something after it; null if none. */
  prefixOf(compact: string): string | null;
  /** The longest known department a whitespace-free text ends with, leaving something before it; null if none. */
  suffixOf(compact: string): string | null;
}

interface Known {
  name: string;
  key: string;
}

/** Build the index; departments are cleaned (NFKC, invisible characters removed) and de-duplicated. */
export function createDepartmentIndex(departments: Iterable<string>): DepartmentIndex {
  const byKey = new Map<string, string>();
  for (const department of departments) {
    const key = textKey(department);
    if (key !== '' && !byKey.has(key)) byKey.set(key, cleanText(department));
  }
  const known: Known[] = [...byKey].map(([key, name]) => ({ key, name }));
  const longestFirst = [...known].sort((a, b) => b.key.length - a.key.length);

  // Members of one department mistype it the same way: remember answers (bounded).
  const nearestCache = new Map<string, string | null>();
  const nearest = (text: string): string | null => {
    const key = textKey(text);
    if (key.length < 2) return null;
    const cached = nearestCache.get(key);
    if (cached !== undefined) return cached;
    const found = nearestUncached(key);
    if (nearestCache.size >= 10_000) nearestCache.clear();
    nearestCache.set(key, found);
    return found;
  };

  function nearestUncached(key: string): string | null {
    let best: Known | null = null;
    let bestDistance = Infinity;
    let bestSimilarity = -1;
    let tie = false;
    for (const candidate of known) {
      const contains = candidate.key.includes(key) || key.includes(candidate.key);
      if (!contains && Math.abs(candidate.key.length - key.length) > allowedEdits(key, candidate.key)) continue;
      const distance = editDistance(key, candidate.key);
      if (!contains && distance > allowedEdits(key, candidate.key)) continue;
      const score = similarity(key, candidate.key);
      if (distance < bestDistance || (distance === bestDistance && score > bestSimilarity)) {
        best = candidate;
        bestDistance = distance;
        bestSimilarity = score;
        tie = false;
      } else if (distance === bestDistance && score === bestSimilarity) {
        tie = true;
      }
    }
    return best !== null && !tie ? best.name : null;
  }

  return {
    list: known.map((k) => k.name),
    canonical: (text) => byKey.get(textKey(text)) ?? null,
    nearest,
    prefixOf: (compact) => {
      const key = compact.toLowerCase();
      return longestFirst.find((k) => key.length > k.key.length && key.startsWith(k.key))?.name ?? null;
    },
    suffixOf: (compact) => {
      const key = compact.toLowerCase();
      return longestFirst.find((k) => key.length > k.key.length && key.endsWith(k.key))?.name ?? null;
    },
  };
}
