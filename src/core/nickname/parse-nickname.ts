/**
 * Split a group nickname into department and name, whatever the member typed:
 * any dash (`-－—–‐−`) with or without spaces, the parts reversed, other
 * separators (`/`, `_`, `+`, brackets), or none at all (`销售部李四`).
 * Parsing only finds the parts; `check-nickname` decides what is wrong.
 */
import { cleanText, textKey } from './clean-text.js';
import { createDepartmentIndex, type DepartmentIndex } from './department-index.js';
import { hasLetter, looksLikeDepartment, splitAtDepartmentSuffix } from './name-shape.js';

/** What the nickname consists of once cleaned. */
export type NicknameShape = 'empty' | 'symbols' | 'bare' | 'department_only' | 'pair';

/** How department and name were separated: the prescribed dash, something else, or nothing. */
export type NicknameSeparator = 'dash' | 'other' | 'none';

/** A nickname taken apart; department and name are in their roles even when typed reversed. */
export interface ParsedNickname {
  /** The nickname after NFKC, invisible characters removed, whitespace trimmed. */
  cleaned: string;
  shape: NicknameShape;
  department: string | null;
  name: string | null;
  /** True when the name was typed before the department. */
  reversed: boolean;
  /** How the two parts were separated; null unless both (or a dash) were present. */
  separator: NicknameSeparator | null;
  /** Parts without any letter (phone numbers, emoji) set aside while parsing. */
  extras: readonly string[];
}

/** What the parser may know: the departments, and optionally whether a text is a known person's name. */
export interface NicknameParseHints {
  departments: DepartmentIndex;
  isKnownName?: (name: string) => boolean;
}

/** Runs of dashes of any width, with the spaces around them. */
const DASHES = /\s*[-\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]+\s*/u;
/** Separators people use instead of the dash (after NFKC: `／＿：，＋～｜` become ASCII). */
const OTHER_SEPARATORS = /\s*[_/\\|:;,、+~]+\s*/u;
const OPEN = '([【〔「『《<〈{';
const CLOSE = ')\\]】〕」』》>〉}';
/** `【销售部】李四` */
const LEADING_BRACKET = new RegExp(`^[${OPEN}]\\s*([^${CLOSE}]+?)\\s*[${CLOSE}]\\s*(.+)$`, 'u');
/** `李四（销售部）` */
const TRAILING_BRACKET = new RegExp(`^(.+?)\\s*[${OPEN}]\\s*([^${CLOSE}]+?)\\s*[${CLOSE}]$`, 'u');

/** Build a parser around precomputed department (and name) knowledge; call it once per rule set. */
export function createNicknameParser(hints: NicknameParseHints): (nickname: string) => ParsedNickname {
  const { departments } = hints;
  const isKnownName = hints.isKnownName ?? (() => false);

  const departmentScore = (text: string): number => {
    if (departments.canonical(text) !== null) return 4;
    if (departments.nearest(text) !== null) return 2;
    return looksLikeDepartment(text) && !isKnownName(text) ? 1 : 0;
  };
  const nameScore = (text: string): number => (isKnownName(text) ? 4 : 0);

  const result = (cleaned: string, shape: NicknameShape, extras: readonly string[], more: Partial<ParsedNickname> = {}): ParsedNickname => ({
    cleaned,
    shape,
    department: null,
    name: null,
    reversed: false,
    separator: null,
    extras,
    ...more,
  });

  /** Two or more lettered parts: pick which end is the name. */
  const pair = (cleaned: string, parts: string[], separator: NicknameSeparator, extras: string[]): ParsedNickname => {
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    const leadingDepartment = parts.slice(0, -1);
    const trailingDepartment = parts.slice(1);
    const exact = (group: string[]): boolean =>
      departments.canonical(group.join('-')) !== null || group.some((p) => departments.canonical(p) !== null);
    const asDepartment = (group: string[]): number =>
      Math.max(departmentScore(group.join('-')), ...group.map(departmentScore));
    // The common case, a listed department on one side only, needs no distance computation.
    const leadingExact = exact(leadingDepartment);
    const reversed =
      leadingExact !== exact(trailingDepartment)
        ? !leadingExact
        : asDepartment(trailingDepartment) + nameScore(first) > asDepartment(leadingDepartment) + nameScore(last);
    return result(cleaned, 'pair', extras, {
      department: (reversed ? trailingDepartment : leadingDepartment).join('-'),
      name: reversed ? first : last,
      reversed,
      separator,
    });
  };

  /** One lettered part: a department alone, department and name run together, or a bare name. */
  const single = (cleaned: string, text: string, extras: string[], separator: NicknameSeparator | null): ParsedNickname => {
    const at: number[] = [];
    for (let i = 0; i < text.length; i += 1) if (!/\s/u.test(text[i] as string)) at.push(i);
    const compact = at.map((i) => text[i]).join('');
    const department = departments.canonical(compact);
    if (department !== null) return result(cleaned, 'department_only', extras, { department, separator });
    if (isKnownName(text)) return result(cleaned, 'bare', extras, { name: text, separator });
    const joins = (left: string, right: string): boolean => !(/\p{Script=Latin}$/u.test(left) && /^\p{Script=Latin}/u.test(right));
    const prefix = departments.prefixOf(compact);
    if (prefix !== null) {
      const name = text.slice(at[textKey(prefix).length] ?? text.length).trim();
      if (joins(prefix, name)) return result(cleaned, 'pair', extras, { department: prefix, name, separator: 'none' });
    }
    const suffix = departments.suffixOf(compact);
    if (suffix !== null) {
      const name = text.slice(0, (at[compact.length - textKey(suffix).length - 1] ?? -1) + 1).trim();
      if (joins(name, suffix)) {
        return result(cleaned, 'pair', extras, { department: suffix, name, reversed: true, separator: 'none' });
      }
    }
    const split = splitAtDepartmentSuffix(compact);
    if (split !== null) return result(cleaned, 'pair', extras, { department: split[0], name: split[1], separator: 'none' });
    if (compact.length >= 3 && looksLikeDepartment(compact)) {
      return result(cleaned, 'department_only', extras, { department: text, separator });
    }
    return result(cleaned, 'bare', extras, { name: text, separator });
  };

  /** Parts split by some separator: set aside letterless parts, then decide pair or single. */
  const parts = (cleaned: string, raw: string[], separator: NicknameSeparator): ParsedNickname => {
    const trimmed = raw.map((p) => p.trim()).filter((p) => p !== '');
    const lettered = trimmed.filter(hasLetter);
    const extras = trimmed.filter((p) => !hasLetter(p));
    if (lettered.length === 0) return result(cleaned, 'bare', [], { name: cleaned });
    if (lettered.length === 1) return single(cleaned, lettered[0] as string, extras, separator);
    return pair(cleaned, lettered, separator, extras);
  };

  const departmentLike = (texts: string[]): boolean => texts.some((t) => departmentScore(t.trim()) > 0);

  return (nickname) => {
    const cleaned = cleanText(nickname);
    if (cleaned === '') return result(cleaned, 'empty', []);
    if (!/[\p{L}\p{N}]/u.test(cleaned)) return result(cleaned, 'symbols', []);
    const dashed = cleaned.split(DASHES);
    if (dashed.length > 1) return parts(cleaned, dashed, 'dash');
    const bracketed = LEADING_BRACKET.exec(cleaned) ?? TRAILING_BRACKET.exec(cleaned);
    if (bracketed !== null) {
      const found = [bracketed[1] as string, bracketed[2] as string];
      if (departmentLike(found)) return parts(cleaned, found, 'other');
    }
    const separated = cleaned.split(OTHER_SEPARATORS);
    if (separated.length > 1 && departmentLike(separated)) return parts(cleaned, separated, 'other');
    return single(cleaned, cleaned, [], null);
  };
}

/** Parse one nickname against a plain department list (convenience; build a parser for repeated use). */
export function parseNickname(nickname: string, departments: readonly string[] = []): ParsedNickname {
  return createNicknameParser({ departments: createDepartmentIndex(departments) })(nickname);
}
