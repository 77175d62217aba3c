/**
 * Allow-list proposals from the admins' overturned cases: the terms that most
 * often raised false alarms, each with the entry that would have spared them.
 */
import { MASK, type LearningExample } from './learning-example.js';

/** One numbered proposal, as the digest lists it and `#白名单 采纳 N` accepts it. */
export interface AllowProposal {
  /** 1-based, in ranking order. */
  n: number;
  term: string;
  /** What to add to the allow-list: the term with the word around it that recurs in the false alarms, or the term itself. */
  entry: string;
  overturned: number;
  /** Upheld cases the entry would also have spared: the cost of accepting it. */
  upheld: number;
}

/** A term needs this many overturned cases before it is proposed. */
export const MIN_OVERTURNED = 2;

/** At most this many proposals. */
export const MAX_PROPOSALS = 5;

const WORD_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;

/** The characters just before and after the term in the excerpt (its mask put back), or null when it cannot be placed. */
export function termNeighbours(excerpt: string, term: string): { before: string; after: string } | null {
  const masked = new RegExp(`${MASK}+`).exec(excerpt);
  const at = masked ? masked.index : excerpt.indexOf(term);
  if (at < 0) return null;
  const end = masked ? at + masked[0].length : at + term.length;
  const before = [...excerpt.slice(0, at)].at(-1) ?? '';
  const after = [...excerpt.slice(end)][0] ?? '';
  return { before: WORD_CHAR.test(before) ? before : '', after: WORD_CHAR.test(after) ? after : '' };
}

/**
 * The entry for a term: `term+X` or `X+term` when one neighbour recurs in at
 * least two and at least half of its single-term false alarms (after first on a tie), else the term.
 */
export function proposedEntry(term: string, falseAlarms: readonly LearningExample[]): string {
  const counts = new Map<string, number>();
  let placed = 0;
  for (const e of falseAlarms) {
    if (e.terms.length !== 1 || !e.excerpt) continue;
    const n = termNeighbours(e.excerpt, term);
    if (!n) continue;
    placed += 1;
    if (n.after) counts.set(term + n.after, (counts.get(term + n.after) ?? 0) + 1);
    if (n.before) counts.set(n.before + term, (counts.get(n.before + term) ?? 0) + 1);
  }
  let best = term;
  let bestCount = 0;
  for (const [entry, count] of counts) if (count > bestCount) [best, bestCount] = [entry, count];
  return bestCount >= 2 && bestCount * 2 >= placed ? best : term;
}

/**
 * Whether an upheld case would be spared by the entry too: never when other terms
 * still catch it; else always for the bare term, or when the words around the term
 * form the entry (unknown text counts as spared).
 */
export function spares(entry: string, term: string, upheld: LearningExample): boolean {
  if (upheld.terms.length !== 1) return false;
  if (entry === term || !upheld.excerpt) return true;
  const n = termNeighbours(upheld.excerpt, term);
  return n === null || n.before + term === entry || term + n.after === entry;
}

/**
 * The terms with the most overturned cases (at least MIN_OVERTURNED, more than
 * the upheld cases their entry would also spare), whose entry is not on the
 * allow-list yet; most overturned first, then fewest spared upheld, then by term. Numbered from 1.
 */
export function allowProposals(examples: readonly LearningExample[], allowList: readonly string[], limit = MAX_PROPOSALS): AllowProposal[] {
  const byTerm = new Map<string, { fa: LearningExample[]; upheld: LearningExample[] }>();
  for (const e of examples) {
    for (const term of new Set(e.terms)) {
      const t = byTerm.get(term) ?? { fa: [], upheld: [] };
      (e.label === 'false_alarm' ? t.fa : t.upheld).push(e);
      byTerm.set(term, t);
    }
  }
  const allowed = new Set(allowList);
  return [...byTerm]
    .filter(([, t]) => t.fa.length >= MIN_OVERTURNED)
    .map(([term, t]) => {
      const entry = proposedEntry(term, t.fa);
      return { term, entry, overturned: t.fa.length, upheld: t.upheld.filter((u) => spares(entry, term, u)).length };
    })
    .filter((p) => p.overturned > p.upheld && !allowed.has(p.entry) && !allowed.has(p.term))
    .sort((a, b) => b.overturned - a.overturned || a.upheld - b.upheld || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit)
    .map((p, i) => ({ n: i + 1, ...p }));
}
