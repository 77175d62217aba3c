/**
 * The company roster: who works in which department. The nickname rules check
 * a member's `部门-姓名` against it; names may repeat across departments.
 */
import { cleanText, textKey } from '../nickname/clean-text.js';
import { RosterError } from './roster-error.js';

/** One person on the roster; columns other than name and department are kept in `fields`. */
export interface RosterEntry {
  name: string;
  department: string;
  /** The person's WeChat / WeCom id (a `wxid` or `userid` column), when the roster has one: identity by id, not by name. */
  id?: string;
  fields: Record<string, string>;
}

/** A read-only index over roster entries, built once with `createRoster`. */
export interface Roster {
  /** All entries in input order, identical duplicates removed. */
  readonly entries: readonly RosterEntry[];
  /** Distinct departments in order of first appearance. */
  readonly departments: readonly string[];
  /** Entries with this name (width, case, spacing and invisible characters ignored); empty when none. */
  byName(name: string): readonly RosterEntry[];
  /** True when at least one entry has this name. */
  has(name: string): boolean;
  /** True when some entries carry an id: then people are matched by id. */
  readonly hasIds: boolean;
  /** The entry with this contact id, or null. */
  byId(id: string): RosterEntry | null;
}

const NONE: readonly RosterEntry[] = Object.freeze([]);

/**
 * Index the entries. Names and departments are cleaned (NFKC, invisible
 * characters dropped, trimmed); an entry with an empty name or department is a
 * RosterError (line = its 1-based position).
 */
export function createRoster(entries: Iterable<RosterEntry>, source = 'roster'): Roster {
  const list: RosterEntry[] = [];
  const byName = new Map<string, RosterEntry[]>();
  const departments = new Map<string, string>();
  const seen = new Set<string>();
  const ids = new Map<string, RosterEntry>();
  let position = 0;
  for (const raw of entries) {
    position += 1;
    const entry: RosterEntry = {
      name: cleanText(raw.name),
      department: cleanText(raw.department),
      ...(raw.id && raw.id.trim() !== '' ? { id: raw.id.trim() } : {}),
      fields: { ...raw.fields },
    };
    if (entry.name === '') throw new RosterError(source, position, '姓名为空，请填写姓名 / empty name: fill in the name');
    if (entry.department === '') {
      throw new RosterError(source, position, '部门为空，请填写部门 / empty department: fill in the department');
    }
    const identity = JSON.stringify([textKey(entry.name), textKey(entry.department), entry.id ?? null, entry.fields]);
    if (seen.has(identity)) continue;
    seen.add(identity);
    list.push(entry);
    if (entry.id !== undefined && !ids.has(entry.id)) ids.set(entry.id, entry);
    const key = textKey(entry.name);
    const same = byName.get(key);
    if (same === undefined) byName.set(key, [entry]);
    else same.push(entry);
    const departmentKey = textKey(entry.department);
    if (!departments.has(departmentKey)) departments.set(departmentKey, entry.department);
  }
  return {
    entries: list,
    departments: [...departments.values()],
    byName: (name) => byName.get(textKey(name)) ?? NONE,
    has: (name) => byName.has(textKey(name)),
    hasIds: ids.size > 0,
    byId: (id) => ids.get(id) ?? null,
  };
}
