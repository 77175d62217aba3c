/**
 * What a personal name and a department name may look like, independent of any
 * roster: the sanity rules behind `invalid_name` and `invalid_department`.
 */

/** Middle dots used inside transliterated names (`阿依古丽·买买提`). */
const NAME_DOT = '[·・•‧]';

/** 2–6 Han characters, or Han parts joined by a middle dot (at most 20 characters). */
const HAN_NAME = new RegExp(`^\\p{Script=Han}+(?:${NAME_DOT}\\p{Script=Han}+)*$`, 'u');

/** Latin words separated by single spaces; apostrophes and dots inside (`O'Neil`, `J. Smith`). */
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}'.]*(?: \p{Script=Latin}[\p{Script=Latin}'.]*)*$/u;

/** Endings that mark a department, used only when no department list says otherwise. */
const DEPARTMENT_SUFFIXES = ['部', '中心', '办公室', '公司', '团队', '处', '室', '组'];

/** True when the text is an acceptable personal name: 2–6 Han characters or a Latin name. */
export function isValidName(name: string): boolean {
  if (HAN_NAME.test(name)) {
    const han = name.replace(new RegExp(NAME_DOT, 'gu'), '').length;
    return han === name.length ? han >= 2 && han <= 6 : name.length <= 20;
  }
  if (LATIN_NAME.test(name)) {
    const letters = name.replace(/[^\p{L}]/gu, '').length;
    return letters >= 2 && name.length <= 40;
  }
  return false;
}

/** Bracketed remarks people append to names: `李四（请假中）`, `李四[外出]`. */
const REMARK = /[(\[【〔「『《<〈{][^)\]】〕」』》>〉}]*[)\]】〕」』》>〉}]/gu;

/**
 * The name left after removing bracketed remarks, digits, emoji, symbols and
 * anything not of the name's script (`李四(请假)` -> `李四`, `Tom🐱` -> `Tom`);
 * null when nothing valid remains.
 */
export function salvageName(text: string): string | null {
  const withoutRemarks = text.replace(REMARK, ' ').trim();
  return (withoutRemarks !== text ? keepNameScript(withoutRemarks) : null) ?? keepNameScript(text);
}

/** Keep only the characters of the name's script (Han, else Latin) and validate. */
function keepNameScript(text: string): string | null {
  let name: string;
  if (/\p{Script=Han}/u.test(text)) {
    name = text
      .replace(new RegExp(`[^\\p{Script=Han}${NAME_DOT.slice(1, -1)}]`, 'gu'), '')
      .replace(new RegExp(`^${NAME_DOT}+|${NAME_DOT}+$`, 'gu'), '')
      .replace(new RegExp(`${NAME_DOT}{2,}`, 'gu'), '·');
  } else {
    name = text.replace(/[^\p{Script=Latin}'. ]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  }
  return isValidName(name) ? name : null;
}

/** True when the text has at least one letter (any script); digit-only or emoji-only parts do not. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** True when a department name has only letters, digits, spaces and ordinary joining punctuation. */
export function isCleanDepartment(department: string): boolean {
  return hasLetter(department) && !/[^\p{L}\p{N}\p{M} ()&.·'-]/u.test(department);
}

/** The department with emoji and symbols removed; null when no letters remain. */
export function salvageDepartment(text: string): string | null {
  const department = text.replace(/[^\p{L}\p{N}\p{M} ()&.·'-]+/gu, '').replace(/\s+/gu, ' ').trim();
  return hasLetter(department) ? department : null;
}

/** True when the text ends like a department name (`财务部`, `客服中心`) and is longer than the ending. */
export function looksLikeDepartment(text: string): boolean {
  return DEPARTMENT_SUFFIXES.some((suffix) => text.length > suffix.length && text.endsWith(suffix));
}

/**
 * Split a separator-less text at a department ending followed by a 2–4 character
 * Han name (`财务部王五` -> [`财务部`, `王五`]); null when no such split exists.
 */
export function splitAtDepartmentSuffix(text: string): [string, string] | null {
  for (let end = 2; end <= text.length - 2; end += 1) {
    const head = text.slice(0, end);
    const rest = text.slice(end);
    if (looksLikeDepartment(head) && /^\p{Script=Han}{2,4}$/u.test(rest)) return [head, rest];
  }
  return null;
}
