/**
 * The variant table file format (one `stand-in character` pair per line, `#` comments); lines that cannot be used are
 * reported, not silently dropped.
 */
import { lineTerm, type DictionaryProblem } from '../dictionary/parse-dictionary.js';
import { CharClass, classify } from '../text/char-class.js';
import { normalise } from '../text/normalise.js';

/** One stand-in from a variant table: `source` (normalised) is written in place of `target`. */
export interface Variant {
  source: string;
  target: string;
  /**
   * The stand-in is made of ordinary characters (`弓虽` for 强), which also
   * form ordinary words (`女干部`): it is used for high-severity terms only.
   */
  split: boolean;
}

/** Variants of one table file, plus the lines that could not be used. */
export interface ParsedVariants {
  variants: Variant[];
  problems: DictionaryProblem[];
}

/**
 * Reads the variant table format: one `stand-in character` pair per line,
 * separated by spaces, `#` starts a comment, blank lines ignored.
 */
export function parseVariants(text: string): ParsedVariants {
  const variants: Variant[] = [];
  const problems: DictionaryProblem[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = lineTerm(raw);
    if (line.length === 0) return;
    const parts = line.split(/\s+/);
    const source = normalise(parts[0] ?? '').text;
    const target = normalise(parts[1] ?? '').text;
    if (parts.length !== 2 || source.length === 0 || target.length === 0) {
      problems.push({ line: index + 1, message: `“${line}” 应写成“替身 本字”两项，中间用空格隔开，例如“🐴 妈”` });
    } else if (source === target) {
      problems.push({ line: index + 1, message: `“${parts[0]}” 规范化后就是“${target}”，不必再列` });
    } else {
      variants.push({ source, target, split: [...source].every((ch) => classify(ch.codePointAt(0)!) === CharClass.Word) });
    }
  });
  return { variants, problems };
}
