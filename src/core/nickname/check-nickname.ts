/**
 * The real-name rule for group nicknames: `部门-姓名`, executives listed in
 * `name_only` may use the bare name; with a roster, the person must be on it,
 * in that department. Run for every member of every group at start-up, so all
 * look-ups are built once per rule set and verdicts are cached per nickname.
 */
import type { Roster } from '../roster/roster.js';
import { cleanText, textKey } from './clean-text.js';
import { createDepartmentIndex } from './department-index.js';
import { hasLetter, isCleanDepartment, isValidName } from './name-shape.js';
import { NICKNAME_PROBLEM_TEXT, type NicknameProblem } from './nickname-problem.js';
import { createNicknameParser, type ParsedNickname } from './parse-nickname.js';
import { createRosterMatcher } from './roster-match.js';
import { createSuggester, renderNickname } from './suggest-nickname.js';

export { renderNickname } from './suggest-nickname.js';
export type { NicknameProblem } from './nickname-problem.js';

/** What a valid nickname is, from the policy's `nickname:` section and the optional roster. */
export interface NicknameRules {
  /** Valid departments; empty = any department text (or, with a roster, the roster's departments). */
  departments: readonly string[];
  /** People who may use the bare name (executives). */
  nameOnly: readonly string[];
  roster?: Roster;
}

/** The outcome for one nickname, in the shape `qunguard nick` prints. */
export interface NicknameVerdict {
  nickname: string;
  ok: boolean;
  /** Department as understood (normalised); null for a bare name or when there is none. */
  department: string | null;
  name: string | null;
  /** Short Simplified-Chinese explanation for the member; null when ok. */
  problem: string | null;
  problemCode: NicknameProblem | null;
  /** The closest valid nickname, when one is near; null when ok or nothing is near. */
  suggestion: string | null;
}

/** A checker bound to one rule set. */
export type NicknameChecker = (nickname: string) => NicknameVerdict;

/** Verdicts kept per checker before the cache starts over; nicknames repeat across groups. */
const CACHE_LIMIT = 20_000;

/** Precompute the department index, roster index and parser for a rule set; returns the checking function. */
export function createNicknameChecker(rules: NicknameRules): NicknameChecker {
  const roster = rules.roster ?? null;
  const valid = createDepartmentIndex(rules.departments.length > 0 ? rules.departments : (roster?.departments ?? []));
  const anyDepartment = valid.list.length === 0;
  const recognised = createDepartmentIndex([...rules.departments, ...(roster?.departments ?? [])]);
  const nameOnly = new Map<string, string>();
  for (const name of rules.nameOnly) if (textKey(name) !== '') nameOnly.set(textKey(name), cleanText(name));
  const isKnownName = (text: string): boolean => nameOnly.has(textKey(text)) || (roster?.has(text) ?? false);
  const parse = createNicknameParser({ departments: recognised, isKnownName });
  const suggest = createSuggester({
    departments: valid,
    nameOnly,
    roster: roster === null ? null : { roster, matcher: createRosterMatcher(roster) },
  });

  const judge = (nickname: string, parsed: ParsedNickname): NicknameVerdict => {
    const verdict = (department: string | null, name: string | null, code: NicknameProblem | null, suggestion: string | null): NicknameVerdict => ({
      nickname,
      ok: code === null,
      department,
      name,
      problem: code === null ? null : NICKNAME_PROBLEM_TEXT[code],
      problemCode: code,
      suggestion: code === null ? null : suggestion,
    });
    const { cleaned, extras } = parsed;
    switch (parsed.shape) {
      case 'empty':
        return verdict(null, null, 'empty', null);
      case 'symbols':
        return verdict(null, null, 'emoji_only', null);
      case 'department_only': {
        const department = parsed.department ?? '';
        return verdict(recognised.canonical(department) ?? department, null, 'missing_name', null);
      }
      case 'bare': {
        const name = parsed.name ?? cleaned;
        const executive = nameOnly.get(textKey(name));
        if (executive !== undefined) return verdict(null, executive, extras.length > 0 ? 'invalid_name' : null, executive);
        return verdict(null, name, 'no_department', suggest(null, name, cleaned));
      }
      case 'pair':
        break;
    }
    const typedDepartment = parsed.department ?? '';
    const name = parsed.name ?? '';
    const department = recognised.canonical(typedDepartment) ?? typedDepartment;
    const fail = (code: NicknameProblem): NicknameVerdict => verdict(department, name, code, suggest(typedDepartment, name, cleaned));
    if (parsed.reversed) return fail('reversed');
    if (parsed.separator !== 'dash') return fail('missing_separator');
    if (!hasLetter(name) || (recognised.canonical(name) !== null && !isKnownName(name))) {
      return verdict(department, null, 'missing_name', null);
    }
    if (!isCleanDepartment(typedDepartment)) return fail('invalid_department');
    const executive = nameOnly.get(textKey(name));
    const validDepartment = anyDepartment ? department : valid.canonical(typedDepartment);
    if (validDepartment === null) {
      return executive !== undefined ? verdict(department, name, 'unknown_department', executive) : fail('unknown_department');
    }
    if (!isValidName(name) || extras.length > 0) return fail('invalid_name');
    if (roster === null) return verdict(validDepartment, name, null, null);
    const entries = roster.byName(name);
    if (entries.length === 0) {
      return executive !== undefined ? verdict(validDepartment, executive, null, null) : fail('not_on_roster');
    }
    const wanted = textKey(validDepartment);
    const entry = entries.find((e) => textKey(e.department) === wanted);
    if (entry === undefined) return fail('wrong_department');
    return verdict(validDepartment, entry.name, null, null);
  };

  const cache = new Map<string, NicknameVerdict>();
  return (nickname) => {
    let held = cache.get(nickname);
    if (held === undefined) {
      held = judge(nickname, parse(nickname));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(nickname, held);
    }
    return { ...held };
  };
}

const checkers = new WeakMap<NicknameRules, NicknameChecker>();

/** Check one nickname; the checker for a rules object is built on first use and reused. */
export function checkNickname(nickname: string, rules: NicknameRules): NicknameVerdict {
  let checker = checkers.get(rules);
  if (checker === undefined) {
    checker = createNicknameChecker(rules);
    checkers.set(rules, checker);
  }
  return checker(nickname);
}
