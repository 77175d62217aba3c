import { compactTerm } from '../screen/term-matcher.js';
import { normalise } from '../text/normalise.js';

/** A term list problem: which line and what to change. */
export interface DictionaryProblem {
  line: number;
  message: string;
}

/** Terms of one dictionary file, plus the lines that could not be used. */
export interface ParsedDictionary {
  terms: string[];
  problems: DictionaryProblem[];
}

/** The term a dictionary line holds: the text before `#`, trimmed ('' for comments and blank lines). */
export function lineTerm(raw: string): string {
  const hash = raw.indexOf('#');
  return (hash >= 0 ? raw.slice(0, hash) : raw).trim();
}

/**
 * Reads the dictionary format: one term per line, `#` starts a comment, blank
 * lines ignored, whitespace trimmed, duplicates tolerated.
 */
export function parseDictionary(text: string): ParsedDictionary {
  const terms: string[] = [];
  const problems: DictionaryProblem[] = [];
  const seen = new Set<string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const term = lineTerm(raw);
    if (term.length === 0 || seen.has(term)) return;
    const key = compactTerm(normalise(term).text);
    if (key.length < 2) {
      problems.push({ line: index + 1, message: `词条 "${term}" 太短或只有符号：每个词条至少要有 2 个文字或字母` });
      return;
    }
    seen.add(term);
    terms.push(term);
  });
  return { terms, problems };
}
