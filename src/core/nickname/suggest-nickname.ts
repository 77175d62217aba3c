/**
 * The closest valid nickname to what a member typed, for the reminder: with a
 * roster, the roster's spelling of the nearest person; without one, the typed
 * parts repaired (order, separator, dash width, emoji, a department typo).
 */
import type { Roster } from '../roster/roster.js';
import { textKey } from './clean-text.js';
import type { DepartmentIndex } from './department-index.js';
import { editDistance } from './distance.js';
import { isValidName, salvageDepartment, salvageName } from './name-shape.js';
import type { RosterMatcher } from './roster-match.js';

/** Precomputed knowledge the suggester needs; the checker builds it once per rule set. */
export interface SuggestContext {
  /** Departments a nickname may use; empty list = any department text is accepted. */
  departments: DepartmentIndex;
  /** Executives allowed to use the bare name, by `textKey`. */
  nameOnly: ReadonlyMap<string, string>;
  roster: { roster: Roster; matcher: RosterMatcher } | null;
}

/** `部门-姓名`, or the bare name for people listed in `name_only` (department null). */
export function renderNickname(department: string | null, name: string): string {
  return department === null ? name : `${department}-${name}`;
}

/** Build `suggest(department, name, cleaned)`: a valid nickname different from `cleaned`, or null if none is near. */
export function createSuggester(context: SuggestContext): (department: string | null, name: string, cleaned: string) => string | null {
  const { departments, nameOnly, roster } = context;
  const anyDepartment = departments.list.length === 0;

  const resolveDepartment = (typed: string | null): string | null => {
    if (typed === null) return null;
    const exact = departments.canonical(typed) ?? departments.nearest(typed);
    if (exact !== null) return exact;
    const salvaged = salvageDepartment(typed);
    if (salvaged === null) return null;
    if (anyDepartment) return salvaged;
    return departments.canonical(salvaged) ?? departments.nearest(salvaged);
  };

  const nearestExecutive = (typed: string): string | null => {
    const key = textKey(typed);
    let found: string | null = null;
    for (const [executiveKey, executive] of nameOnly) {
      if (executiveKey.length < 3 || Math.abs(executiveKey.length - key.length) > 1) continue;
      if (editDistance(key, executiveKey) === 1) {
        if (found !== null) return null;
        found = executive;
      }
    }
    return found;
  };

  const fromRoster = (department: string | null, typedName: string, name: string | null): string | null => {
    if (roster === null) return null;
    const entries = name === null ? [] : roster.roster.byName(name);
    const entry =
      entries.length > 0 ? roster.matcher.pick(entries, department) : roster.matcher.nearest(name ?? typedName, department);
    if (entry === null) return null;
    const executive = nameOnly.get(textKey(entry.name));
    return executive !== undefined && department === null ? executive : renderNickname(entry.department, entry.name);
  };

  return (typedDepartment, typedName, cleaned) => {
    const name = isValidName(typedName) ? typedName : salvageName(typedName);
    const department = resolveDepartment(typedDepartment);
    let suggestion: string | null = fromRoster(department ?? typedDepartment, typedName, name);
    if (suggestion === null && name !== null) {
      const executive = nameOnly.get(textKey(name));
      if (executive !== undefined && department === null) suggestion = executive;
      else if (department !== null && roster === null) suggestion = renderNickname(department, name);
      else if (typedDepartment === null) suggestion = nearestExecutive(name);
    }
    return suggestion === null || textKey(suggestion) === textKey(cleaned) ? null : suggestion;
  };
}
