/**
 * A dictionary term written with `...` between its parts (`听说...裁员`, `把他...废了`):
 * the parts must appear in that order in one sentence, each within a few words
 * of the one before. People write a hearsay claim or a threat with the subject,
 * a time or a target in the middle (`听说厂里明年要裁员`, `找几个人把他废了`),
 * which no fixed phrase can list; either part alone is ordinary talk.
 * The parts are found by the main term matcher (so spacing, full-width and
 * emoji inside a part are handled like any term); this module puts them together.
 */
export const GAP_MARK = '...';

/** Most units between two parts of a gap term: a subject or a target, not a second sentence. */
export const MAX_GAP = 12;

/** What ends the reach of a gap term: sentence ends and line breaks, not commas (`听说，厂里要裁员`). */
const SENTENCE_END = /[。！？!?;；\n\r]/;

const POSSESSIVE = '的';
/** Only a pronoun owns a thing that way (`把他的…`); `网贷的私聊` is still the pitch. */
const PRONOUN = /[他她你我它们]/;

/** One part occurrence in normalised text, as the term matcher found it. */
export interface PartHit {
  /** Index into the assembler's `partKeys`. */
  part: number;
  start: number;
  end: number;
}

/** One gap-term occurrence in normalised text, [start, end) from its first part to its last. */
export interface GapSpan {
  /** Index into the list of gap terms the assembler was built from. */
  term: number;
  start: number;
  end: number;
}

/** The distinct parts to look for, and how to assemble their hits into gap terms. */
export interface GapAssembler {
  readonly partKeys: readonly string[];
  assemble(text: string, hits: readonly PartHit[]): GapSpan[];
}

/** The parts of a term written with `...` (or `…`), or null for an ordinary term. */
export function gapParts(term: string): string[] | null {
  // `…` is how people type it; the shipped lists are written normalised, where it reads `...`
  const written = term.replaceAll('…', GAP_MARK);
  if (!written.includes(GAP_MARK)) return null;
  const parts = written.split(GAP_MARK).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length >= 2 ? parts : null;
}

/** Compiles gap terms (each a list of normalised, compacted parts) into an assembler. */
export function createGapAssembler(terms: readonly (readonly string[])[]): GapAssembler {
  const partKeys: string[] = [];
  const partId = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = partId.get(key);
    if (id === undefined) {
      id = partKeys.length;
      partKeys.push(key);
      partId.set(key, id);
    }
    return id;
  };
  const compiled = terms.map((parts) => parts.map(idOf));
  const startingWith = new Map<number, number[]>();
  compiled.forEach((parts, term) => {
    const first = parts[0]!;
    startingWith.set(first, [...(startingWith.get(first) ?? []), term]);
  });
  return {
    partKeys,
    assemble(text, hits) {
      if (hits.length === 0) return [];
      const byPart = new Map<number, PartHit[]>();
      for (const hit of hits) {
        const list = byPart.get(hit.part);
        if (list) list.push(hit);
        else byPart.set(hit.part, [hit]);
      }
      for (const list of byPart.values()) list.sort((a, b) => a.start - b.start);
      const out: GapSpan[] = [];
      for (const hit of hits) {
        // `把他的申请废了`: a possessive after the first part makes it the owner of a thing, not the target
        if (text[hit.end] === POSSESSIVE && PRONOUN.test(text[hit.end - 1] ?? '')) continue;
        for (const term of startingWith.get(hit.part) ?? []) {
          const end = restAfter(text, hit.end, compiled[term]!, byPart);
          if (end > 0) out.push({ term, start: hit.start, end });
        }
      }
      return out;
    },
  };
}

/** End of the last part when every part after the first follows in order within reach, or -1. */
function restAfter(text: string, from: number, parts: readonly number[], byPart: ReadonlyMap<number, PartHit[]>): number {
  let at = from;
  for (let p = 1; p < parts.length; p++) {
    const list = byPart.get(parts[p]!) ?? [];
    let next: PartHit | undefined;
    // hits sorted by start: the first at or after `at`, then only those within reach (linear on a long paste)
    for (let i = firstAtOrAfter(list, at); i < list.length && list[i]!.start - at <= MAX_GAP; i++) {
      if (!SENTENCE_END.test(text.slice(at, list[i]!.start))) {
        next = list[i];
        break;
      }
    }
    if (!next) return -1;
    at = next.end;
  }
  return at;
}

/** Index of the first hit starting at or after `at` (binary search over hits sorted by start). */
function firstAtOrAfter(list: readonly PartHit[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
