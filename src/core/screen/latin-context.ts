/**
 * Latin terms (`nmsl`, `cnm`, `porn`) share their letters with code, product names and medical or technical abbreviations
 * (`USB`, `CNM 助产士`): they count as whole words only, outside code and English prose.
 */
import { normalise } from '../text/normalise.js';

const LATIN_TERM = /^[a-z0-9]+$/;
/** Letters, digits and `_` glue a Latin term into a longer word (`usb`, `cnm_id`, `nmsl2`). */
const WORD_GLUE = /[A-Za-z0-9_\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
/** Characters that glue a Latin term into an identifier, a path or an expression (`cnm.js`, `/cnm/`, `cnm=1`). */
const CODE_GLUE = /[./\\\-=@#$%&<>(){}[\]'"`*+|~^]/;
/** Marks of a code snippet anywhere in the message. */
const CODE_SHAPE = /[{}`]|=>|==|!=|\(\)|;\s*$|;\s*\n|<\/|::|\b(?:import|const|let|var|def|return|function|select|printf|console)\b/m;
/** More Latin words than this in the clause make it English prose or a list of abbreviations. */
const MOST_OTHER_LATIN_WORDS = 2;
const OTHER_LATIN_WORD = /[A-Za-z]{2,}/g;
const CLAUSE_END = /[,，:：;；。！？!?\n\r]/;
/** A full-width bracket right after the term opens its gloss (`CNM（注册助产士）`): an abbreviation being spelled out. */
const GLOSS_OPEN = /[（【]/;
/** `的` between the term and a technical word (`CNM 的 chart 版本`) still makes it a technical name. */
const LINK = /^的\s*/;

/** True for terms made only of Latin letters and digits, which need this check. */
export function isLatinTerm(normalisedTerm: string): boolean {
  return LATIN_TERM.test(normalisedTerm) && /[a-z]/.test(normalisedTerm);
}

/**
 * Does the Latin term at [start, end) of the original text stand as a word of
 * its own in ordinary chat? `technical` are the normalised words that, right
 * next to it, make it an abbreviation (接口, 护士: dictionaries/cues/technical.txt).
 */
export function latinTermStands(original: string, start: number, end: number, technical: readonly string[]): boolean {
  const left = original[start - 1] ?? '';
  const right = original[end] ?? '';
  if (WORD_GLUE.test(left) || WORD_GLUE.test(right)) return false;
  if (CODE_GLUE.test(left) || CODE_GLUE.test(right) || GLOSS_OPEN.test(right)) return false;
  if (CODE_SHAPE.test(original)) return false;
  let from = start;
  while (from > 0 && !CLAUSE_END.test(original[from - 1]!)) from--;
  let to = end;
  while (to < original.length && !CLAUSE_END.test(original[to]!)) to++;
  const others = (original.slice(from, start) + ' ' + original.slice(end, to)).match(OTHER_LATIN_WORD) ?? [];
  if (others.length > MOST_OTHER_LATIN_WORDS) return false;
  const after = normalise(original.slice(end, to)).text.trimStart().replace(LINK, '');
  const before = normalise(original.slice(from, start)).text.trimEnd();
  return !technical.some((word) => after.startsWith(word) || before.endsWith(word));
}
