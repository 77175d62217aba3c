/**
 * The dictionary file format: one term per line with `#` comments and the `[单独]` / `[需佐证]` markers; every line that
 * cannot be used is reported with its line number and what to change, never silently dropped.
 */
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
  /** Terms marked `[单独]`: they count only when they stand alone (a whole message or a whole word). */
  alone: string[];
  /** Terms marked `[需佐证]`: they count only when the message shows the material itself (an amount, a file, `这份…`). */
  evidence: string[];
  problems: DictionaryProblem[];
}

/**
 * The suffix that marks a term as counting only when it stands alone, a
 * whole message or a whole word (`滚 [单独]`: `滚！`, `你给我滚`, not `滚动`).
 * Only such terms may be a single character.
 */
export const ALONE_MARKER = '[单独]';

/**
 * The suffix that marks a word that is ordinary talk on its own and a leak only
 * with the material itself, an amount or a file (`工资条 [需佐证]`: `工资条：张三 8500元` is a case,
 * `本月工资条请登录OA查看` is not).
 */
export const EVIDENCE_MARKER = '[需佐证]';

const MARKERS = [ALONE_MARKER, EVIDENCE_MARKER] as const;

/** The marker a dictionary line ends with, if any. */
function lineMarker(raw: string): (typeof MARKERS)[number] | null {
  const text = beforeComment(raw);
  return MARKERS.find((m) => text.endsWith(m)) ?? null;
}

/** The term a dictionary line holds: the text before `#`, trimmed, without its marker ('' for comments and blank lines). */
export function lineTerm(raw: string): string {
  const text = beforeComment(raw);
  const marker = lineMarker(raw);
  return marker ? text.slice(0, -marker.length).trim() : text;
}

/** Does the line mark its term `[单独]`? */
export function lineIsAlone(raw: string): boolean {
  return lineMarker(raw) === ALONE_MARKER;
}

function beforeComment(raw: string): string {
  const hash = raw.indexOf('#');
  return (hash >= 0 ? raw.slice(0, hash) : raw).trim();
}

/**
 * Reads the dictionary format: one term per line, `#` starts a comment, blank
 * lines ignored, whitespace trimmed, duplicates tolerated; `[单独]` after a term
 * marks it alone-only.
 */
export function parseDictionary(text: string): ParsedDictionary {
  const terms: string[] = [];
  const alone: string[] = [];
  const evidence: string[] = [];
  const problems: DictionaryProblem[] = [];
  const seen = new Set<string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const term = lineTerm(raw);
    const marker = lineMarker(raw);
    const isAlone = marker === ALONE_MARKER;
    if (term.length === 0 && marker) {
      problems.push({ line: index + 1, message: `${marker} 前面要写词条，例如 "${marker === ALONE_MARKER ? '滚' : '工资条'} ${marker}"` });
      return;
    }
    if (term.length === 0 || seen.has(term)) return;
    const key = compactTerm(normalise(term).text);
    if (key.length < (isAlone ? 1 : 2)) {
      problems.push({ line: index + 1, message: `词条 "${term}" 太短或只有符号：每个词条至少要有 2 个文字或字母` });
      return;
    }
    seen.add(term);
    terms.push(term);
    if (isAlone) alone.push(term);
    if (marker === EVIDENCE_MARKER) evidence.push(term);
  });
  return { terms, alone, evidence, problems };
}
