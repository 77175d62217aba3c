/**
 * Find the roster entry a nickname most likely means: among people of the same
 * name, the one in the typed department; for a mistyped name, the nearest name
 * (natural's edit distance, Jaro-Winkler for ties), preferring the typed department.
 */
import type { Roster, RosterEntry } from '../roster/roster.js';
import { textKey } from './clean-text.js';
import { allowedEdits, editDistance, similarity } from './distance.js';

/** Roster look-ups for suggestions; build once per roster with `createRosterMatcher`. */
export interface RosterMatcher {
  /** Among entries of one name, the one whose department is the typed one or nearest to it; null if ambiguous. */
  pick(entries: readonly RosterEntry[], department: string | null): RosterEntry | null;
  /** The entry whose name is near the typed one (or contained in it); null if nothing near or a tie. */
  nearest(name: string, department: string | null): RosterEntry | null;
}

interface Keys {
  name: string;
  department: string;
}

/** Index the roster by character so a near-name search only compares names sharing a character. */
export function createRosterMatcher(roster: Roster): RosterMatcher {
  const keys = new Map<RosterEntry, Keys>();
  const byChar = new Map<string, RosterEntry[]>();
  const latin: RosterEntry[] = [];
  for (const entry of roster.entries) {
    const name = textKey(entry.name);
    keys.set(entry, { name, department: textKey(entry.department) });
    if (/\p{Script=Latin}/u.test(name)) latin.push(entry);
    for (const char of new Set(name)) {
      if (!/\p{Script=Han}/u.test(char)) continue;
      const list = byChar.get(char);
      if (list === undefined) byChar.set(char, [entry]);
      else list.push(entry);
    }
  }
  const keysOf = (entry: RosterEntry): Keys => keys.get(entry) ?? { name: textKey(entry.name), department: textKey(entry.department) };

  const pick = (entries: readonly RosterEntry[], department: string | null): RosterEntry | null => {
    const first = entries[0];
    if (first === undefined) return null;
    const departments = new Set(entries.map((e) => keysOf(e).department));
    if (departments.size === 1) return first;
    if (department === null) return null;
    const wanted = textKey(department);
    let best: RosterEntry | null = null;
    let bestDistance = Infinity;
    let tie = false;
    for (const entry of entries) {
      const distance = editDistance(wanted, keysOf(entry).department);
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance && keysOf(entry).department !== keysOf(best as RosterEntry).department) {
        tie = true;
      }
    }
    return tie ? null : best;
  };

  const nearest = (name: string, department: string | null): RosterEntry | null => {
    const key = textKey(name);
    if (key.length < 2) return null;
    const wanted = department === null ? null : textKey(department);
    const candidates = new Set<RosterEntry>();
    for (const char of new Set(key)) for (const entry of byChar.get(char) ?? []) candidates.add(entry);
    if (/\p{Script=Latin}/u.test(key)) for (const entry of latin) candidates.add(entry);

    let best: RosterEntry | null = null;
    let bestScore = Infinity;
    let bestSimilarity = -1;
    let tie = false;
    for (const entry of candidates) {
      const entryKeys = keysOf(entry);
      const sameDepartment = wanted !== null && entryKeys.department === wanted;
      // Two-character names are one keystroke from many colleagues: only trust the department.
      if (Math.max(key.length, entryKeys.name.length) <= 2 && !sameDepartment) continue;
      const contained = entryKeys.name.length >= 2 && key.includes(entryKeys.name);
      const allowed = allowedEdits(key, entryKeys.name);
      if (!contained && editsAtLeast(key, entryKeys.name) > allowed) continue;
      const distance = editDistance(key, entryKeys.name);
      if (!contained && distance > allowed) continue;
      const score = distance + (wanted !== null && !sameDepartment ? 1 : 0);
      const likeness = similarity(key, entryKeys.name);
      if (score < bestScore || (score === bestScore && likeness > bestSimilarity)) {
        best = entry;
        bestScore = score;
        bestSimilarity = likeness;
        tie = false;
      } else if (score === bestScore && likeness === bestSimilarity) {
        const held = keysOf(best as RosterEntry);
        if (held.name !== entryKeys.name || held.department !== entryKeys.department) tie = true;
      }
    }
    return tie ? null : best;
  };

  return { pick, nearest };
}

/** A cheap lower bound of the edit distance: characters of the longer string the shorter cannot cover. */
function editsAtLeast(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const char of a) counts.set(char, (counts.get(char) ?? 0) + 1);
  let common = 0;
  for (const char of b) {
    const left = counts.get(char) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(char, left - 1);
    }
  }
  return Math.max(a.length, b.length) - common;
}
