/**
 * What the admins' decisions teach: each decided violation case, read back from the
 * store, is a false alarm (overturned) or a confirmed one (upheld). Derived from the
 * cases themselves, so there is no second copy of the truth to keep in step.
 */
import type { CaseRecord } from '../cases/index.js';

/** How the admins judged a case. */
export type LearningLabel = 'false_alarm' | 'confirmed';

/** One decided case as training data: its terms and its stored (already redacted) excerpt. */
export interface LearningExample {
  caseId: string;
  label: LearningLabel;
  terms: readonly string[];
  /** The redacted excerpt with the masks dropped; empty for confidential cases, whose text is never kept. */
  text: string;
  /** The stored excerpt as it is, masks included, for reading the words around a term. */
  excerpt: string;
}

/** The admin decisions that uphold a case. */
const UPHOLDING = new Set(['remove', 'appeal_rejected', 'keep', 'confirmed']);

/** The character the excerpt masks a term with. */
export const MASK = '▇';

/** The text a case may be learned from: the redacted excerpt without its masks, nothing of a confidential one. */
export function learningText(c: Pick<CaseRecord, 'excerpt' | 'categories'>): string {
  if (c.categories.includes('confidential')) return '';
  return c.excerpt.replace(new RegExp(`${MASK}+`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The example a case is, or null: only screened cases with terms that an admin
 * overturned (false alarm) or upheld (a removal, a rejected appeal, a kept
 * member of a standing case, a confirmation). Overturning wins over an earlier decision.
 */
export function learningExample(c: CaseRecord): LearningExample | null {
  if (c.kind !== 'violation' || c.terms.length === 0) return null;
  const label: LearningLabel | null = c.status === 'overturned'
    ? 'false_alarm'
    : c.history.some((e) => e.type === 'decided' && UPHOLDING.has(e.decision)) ? 'confirmed' : null;
  if (!label) return null;
  return { caseId: c.id, label, terms: c.terms, text: learningText(c), excerpt: c.categories.includes('confidential') ? '' : c.excerpt };
}

/** Every example among the cases, in their order. */
export function learningExamples(cases: readonly CaseRecord[]): LearningExample[] {
  return cases.map(learningExample).filter((e): e is LearningExample => e !== null);
}

/** How many examples of each kind. */
export function exampleCounts(examples: readonly LearningExample[]): { falseAlarms: number; confirmed: number } {
  const falseAlarms = examples.filter((e) => e.label === 'false_alarm').length;
  return { falseAlarms, confirmed: examples.length - falseAlarms };
}

/**
 * The tokens a classifier sees: the case's terms plus the segmenter's words of the
 * redacted text (punctuation and lone symbols dropped, Latin lower-cased).
 */
export function learningTokens(terms: readonly string[], text: string, segment: (text: string) => string[]): string[] {
  const words = text ? segment(text).map((w) => w.trim().toLowerCase()).filter((w) => /[\p{L}\p{N}]/u.test(w)) : [];
  return [...terms, ...words];
}
