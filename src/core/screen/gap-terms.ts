import { buildAutomaton } from './aho-corasick.js';

/**
 * A dictionary term written with `...` between its parts (`听说...裁员`, `把他...废了`):
 * the parts must appear in that order in one sentence, each within a few words
 * of the one before. People write a hearsay claim or a threat with the subject,
 * a time or a target in the middle (`听说厂里明年要裁员`, `找几个人把他收拾了`),
 * which no fixed phrase can list; either part alone is ordinary talk.
 */
export const GAP_MARK = '...';

/** Most units between two parts of a gap term: a subject or a target, not a second sentence. */
export const MAX_GAP = 12;

/** What ends the reach of a gap term: sentence ends and line breaks, not commas (`听说，厂里要裁员`). */
const SENTENCE_END = /[。！？!?;；\n\r]/;

/** One gap-term occurrence in normalised text, [start, end) from its first part to its last. */
export interface GapSpan {
  /** Index into the `parts` list the finder was built from. */
  term: number;
  start: number;
  end: number;
}

/** Finds gap terms in normalised text. */
export type GapFinder = (text: string) => GapSpan[];

/** The parts of a term written with `…`, or null for an ordinary term. */
export function gapParts(term: string): string[] | null {
  // `…` is how people type it; the shipped lists are written normalised, where it reads `...`
  const written = term.replaceAll('…', GAP_MARK);
  if (!written.includes(GAP_MARK)) return null;
  const parts = written.split(GAP_MARK).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length >= 2 ? parts : null;
}

/**
 * Compiles gap terms (each a list of normalised, compacted parts) into one finder:
 * an automaton over the first parts, then a bounded forward look for the rest.
 */
export function createGapFinder(terms: readonly (readonly string[])[]): GapFinder {
  const automaton = buildAutomaton(terms.map((parts) => parts[0] ?? ''));
  if (terms.length === 0) return () => [];
  return (text) => {
    const out: GapSpan[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = automaton.step(state, text.charCodeAt(i));
      for (const id of automaton.outputs(state) ?? []) {
        const end = restAfter(text, i + 1, terms[id]!);
        if (end > 0) out.push({ term: id, start: i + 1 - automaton.lengths[id]!, end });
      }
    }
    return out;
  };
}

/** End of the last part when every part after the first follows in order within reach, or -1. */
function restAfter(text: string, from: number, parts: readonly string[]): number {
  let at = from;
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p]!;
    const limit = Math.min(text.length, at + MAX_GAP + part.length);
    const found = text.slice(at, limit).indexOf(part);
    if (found < 0 || SENTENCE_END.test(text.slice(at, at + found))) return -1;
    at += found + part.length;
  }
  return at;
}
