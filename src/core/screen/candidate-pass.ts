/**
 * The screener's first pass over a message: every dictionary term, its mixed-pinyin spellings and variant stand-ins
 * matched at once, then confirmed by the disguise, alone-only and word-boundary rules, before pinyin runs and context.
 */
import { normalise, type NormalisedText } from '../text/normalise.js';
import { hasMaterialShape } from './payload-evidence.js';
import { SEVERITIES } from '../types.js';
import { standsAlone } from './alone.js';
import { createMarkerTest } from './context-cues.js';
import { fitToWords, runsIntoNextWord } from './jieba-confirm.js';
import { cachedSegmenter } from './segment-cache.js';
import { isLatinTerm, latinTermStands } from './latin-context.js';
import { mixedPinyinSpellings } from './mixed-pinyin.js';
import type { ScreenerSpec, TermEntry } from './screener.js';
import { withoutCovered } from './span-cover.js';
import { compactTerm, countVisible, createTermMatcher, MAX_SEPARATORS_IN_GAP, type TermSpan } from './term-matcher.js';
import { createGapAssembler, GAP_MARK, gapParts, type PartHit } from './gap-terms.js';
import { createVariantRewriter, type Rewritten } from './variant-rewrite.js';

/** A dictionary or allow term as the screen uses it. */
export interface CompiledTerm extends TermEntry {
  allow: boolean;
  /** Normalised, separators taken out: what the matcher looks for. */
  key: string;
  /** Letters and digits only (`nmsl`): whole words outside code, no jieba. */
  latin: boolean;
  alone: boolean;
  /** Begins with a prohibition cue (请勿外传): a handling marker. */
  marker: boolean;
  /**
   * Written with a braced character (`你{妈}的`): ambiguous written plainly (`你妈的身体好些了吗`),
   * a hit only when disguised, with a stand-in from the variant table (`你🐴的`) or, for three
   * characters or more, half in pinyin (`你ma的`). Nobody disguises a kind word.
   */
  disguiseOnly: boolean;
  /** Written `甲…乙`: its normalised parts, found in order within one sentence (gap-terms.ts), never by the main matcher. */
  gap: string[] | null;
}

interface Pattern {
  /** The term it spells, or -1 for a part of gap terms only. */
  term: number;
  /** The gap-term part it also is (gap-terms.ts), or -1. */
  part: number;
  /** A mixed hanzi/pinyin spelling (`赌bo`), not the term as listed. */
  mixed: boolean;
}

/** Finds the confirmed dictionary hits of a message (before pinyin runs, containment and context). */
export interface CandidatePass {
  readonly terms: readonly CompiledTerm[];
  find(original: string, norm: NormalisedText): TermSpan[];
}

const HIGH = SEVERITIES.indexOf('high');
/** `你{妈}的`: a braced character marks a term that counts only when disguised. */
const DISGUISE_MARK = /\{[^{}]+\}/;
const LATIN_OR_DIGIT = /[a-z0-9]/;

/** Compiles terms, their mixed-pinyin spellings and the variant table into one matcher with its confirmation rules. */
export function createCandidatePass(spec: ScreenerSpec): CandidatePass {
  const isMarker = createMarkerTest(spec.context?.cues.prohibition ?? []);
  const technical = (spec.context?.cues.technical ?? []).map((w) => normalise(w).text);
  const terms: CompiledTerm[] = [];
  const seen = new Set<string>();
  const add = (entry: TermEntry, allow: boolean): void => {
    const disguiseOnly = !allow && DISGUISE_MARK.test(entry.term);
    if (disguiseOnly) entry = { ...entry, term: entry.term.replace(/[{}]/g, '') };
    const parts = allow ? null : gapParts(entry.term);
    const gap = parts ? parts.map((p) => compactTerm(normalise(p).text)).filter((p) => p.length > 0) : null;
    const key = gap ? gap.join(GAP_MARK) : compactTerm(normalise(entry.term).text);
    if (key.length === 0 || seen.has(`${allow}:${key}`)) return;
    seen.add(`${allow}:${key}`);
    const latin = !allow && !gap && isLatinTerm(key);
    terms.push({ ...entry, allow, key, latin, alone: entry.alone === true && !gap, marker: !allow && !gap && isMarker(key), disguiseOnly, gap: gap && gap.length >= 2 ? gap : null });
  };
  for (const t of spec.terms) add(t, false);
  for (const a of spec.allow) add({ term: a, category: 'allow', severity: 'low' }, true);

  const patterns: Pattern[] = [];
  terms.forEach((t, term) => {
    if (!t.gap) patterns.push({ term, part: -1, mixed: false });
  });
  const keys = patterns.map((p) => terms[p.term]!.key);
  const gapIds = terms.flatMap((t, term) => (t.gap ? [term] : []));
  const gaps = createGapAssembler(gapIds.map((term) => terms[term]!.gap!));
  gaps.partKeys.forEach((key, part) => {
    const at = keys.indexOf(key);
    if (at >= 0 && !terms[patterns[at]!.term]!.allow) patterns[at]!.part = part;
    else {
      keys.push(key);
      patterns.push({ term: -1, part, mixed: false });
    }
  });
  const taken = new Set(keys);
  // a part may be half pinyin like any short term (`听说要cai员`)
  gaps.partKeys.forEach((key, part) => {
    for (const spelling of mixedPinyinSpellings(key)) {
      if (taken.has(spelling)) continue;
      taken.add(spelling);
      keys.push(spelling);
      patterns.push({ term: -1, part, mixed: true });
    }
  });
  terms.forEach((t, term) => {
    if (t.allow || t.alone || t.gap) return;
    for (const spelling of mixedPinyinSpellings(t.key)) {
      if (taken.has(spelling)) continue;
      taken.add(spelling);
      keys.push(spelling);
      patterns.push({ term, part: -1, mixed: true });
    }
  });
  const matcher = createTermMatcher(keys);
  const rewriter = spec.variants && spec.variants.length > 0 ? createVariantRewriter(spec.variants) : null;
  // a term around a stand-in lies within its own length, each gap up to a few separators (emoji: two units each)
  const margin = Math.max(0, ...keys.map((k) => k.length)) * (MAX_SEPARATORS_IN_GAP + 1) * 2;
  const segment = cachedSegmenter(spec.segment, spec.segmentCacheSize);

  const confirm = (original: string, text: string, span: TermSpan, origStart: number, origEnd: number, standIn = false): boolean => {
    const pattern = patterns[span.termId]!;
    const term = terms[pattern.term]!;
    if (term.disguiseOnly && !standIn && !(pattern.mixed && term.key.length >= 3)) return false;
    if (term.latin) return latinTermStands(original, origStart, origEnd, technical);
    if (term.alone) return standsAlone(text, span.start, span.end, segment);
    // the material itself: an amount or an attachment (a cue word like 截图 also appears in reminders not to post one)
    if (term.needsEvidence && !hasMaterialShape(text)) return false;
    if (pattern.mixed && (LATIN_OR_DIGIT.test(text[span.start - 1] ?? '') || LATIN_OR_DIGIT.test(text[span.end] ?? ''))) return false;
    const fit = fitToWords(text, span.start, span.end, segment);
    if (fit.startsInside && fit.endsInside && fit.spansTokens) return false;
    if (runsIntoNextWord(fit)) return false;
    return !(pattern.mixed && fit.startsInside);
  };

  const find = (original: string, norm: NormalisedText): TermSpan[] => {
    const gap = (from: number, to: number): number => countVisible(original.slice(norm.origStart[from]!, norm.origStart[to]!));
    const hits: TermSpan[] = [];
    const allowed: TermSpan[] = [];
    const parts: PartHit[] = [];
    for (const span of matcher.find(norm.text, gap)) {
      const pattern = patterns[span.termId]!;
      if (pattern.part >= 0) parts.push({ part: pattern.part, start: span.start, end: span.end });
      if (pattern.term >= 0) (terms[pattern.term]!.allow ? allowed : hits).push(span);
    }
    const out: TermSpan[] = [];
    for (const span of withoutCovered(hits, allowed)) {
      const origStart = norm.origStart[span.start]!;
      const origEnd = norm.origEnd[span.end - 1]!;
      if (confirm(original, norm.text, span, origStart, origEnd)) out.push({ ...span, termId: patterns[span.termId]!.term });
    }
    // a listed phrase inside a gap term's reach (`听说公司要倒闭`) is the more precise finding
    const fixed = out.length;
    for (const span of gaps.assemble(norm.text, parts)) {
      if (!out.slice(0, fixed).some((h) => h.start < span.end && span.start < h.end)) out.push({ termId: gapIds[span.term]!, start: span.start, end: span.end, gapped: true });
    }
    if (rewriter) for (const window of rewriter.rewrite(norm.text, margin)) for (const span of findRewritten(original, norm, window)) out.push(span);
    return out;
  };

  /** Hits that only exist with a stand-in replaced, mapped back to normalised offsets. */
  const findRewritten = (original: string, norm: NormalisedText, rw: Rewritten): TermSpan[] => {
    const at = (i: number): number => norm.origStart[rw.from[i]!]!;
    const gap = (from: number, to: number): number => countVisible(original.slice(at(from), at(to)));
    const out: TermSpan[] = [];
    for (const span of matcher.find(rw.text, gap)) {
      const pattern = patterns[span.termId]!;
      if (pattern.term < 0) continue;
      const term = terms[pattern.term]!;
      if (term.allow) continue;
      let kind = 0;
      for (let k = span.start; k < span.end; k++) kind = Math.max(kind, rw.kind[k]!);
      if (kind === 0 || (kind === 2 && SEVERITIES.indexOf(term.severity) < HIGH)) continue;
      const start = rw.from[span.start]!;
      const end = rw.to[span.end - 1]!;
      if (confirm(original, rw.text, span, norm.origStart[start]!, norm.origEnd[end - 1]!, true)) {
        out.push({ termId: patterns[span.termId]!.term, start, end, gapped: span.gapped });
      }
    }
    return out;
  };
  return { terms, find };
}
