import { createDetectors } from '../detectors/index.js';
import { redactHit } from '../detectors/redact.js';
import { normalise, type NormalisedText } from '../text/normalise.js';
import type { DetectorName, Finding, Severity } from '../types.js';
import { cutsIntoWords, type Segmenter } from './jieba-confirm.js';
import { createPinyinMatcher } from './pinyin-index.js';
import { compactTerm, countVisible, createTermMatcher, type TermSpan } from './term-matcher.js';

/** One dictionary term with the category and severity of the list it came from. */
export interface TermEntry {
  term: string;
  category: string;
  severity: Severity;
}

/** Everything screening needs, already read from disk by the caller. */
export interface ScreenerSpec {
  terms: readonly TermEntry[];
  allow: readonly string[];
  detectors: readonly DetectorName[];
  /** Severity of each detector's findings; defaults in DEFAULT_DETECTOR_SEVERITY. */
  detectorSeverity?: Partial<Record<DetectorName, Severity>>;
  segment: Segmenter;
}

/** How serious personal data and links are when the policy does not say. */
export const DEFAULT_DETECTOR_SEVERITY: Record<DetectorName, Severity> = {
  cn_id: 'high',
  bank_card: 'high',
  cn_mobile: 'medium',
  email: 'low',
  url: 'low',
  credential: 'high',
};

/** A compiled screen: text in, findings out, no I/O. */
export interface Screener {
  screen(text: string): Finding[];
  /** Distinct dictionary terms compiled (after normalisation). */
  readonly termCount: number;
}

interface CompiledTerm extends TermEntry {
  allow: boolean;
}

/** Compiles dictionaries, allow-list and detectors into one screener. */
export function createScreener(spec: ScreenerSpec): Screener {
  const compiled: CompiledTerm[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  const add = (raw: string, entry: CompiledTerm): void => {
    const key = compactTerm(normalise(raw).text);
    if (key.length === 0 || seen.has(`${entry.allow}:${key}`)) return;
    seen.add(`${entry.allow}:${key}`);
    compiled.push(entry);
    keys.push(key);
  };
  for (const t of spec.terms) add(t.term, { ...t, allow: false });
  for (const a of spec.allow) add(a, { term: a, category: 'allow', severity: 'low', allow: true });

  const matcher = createTermMatcher(keys);
  const pinyinMatcher = createPinyinMatcher(keys.map((k, i) => (compiled[i]!.allow ? '' : k)));
  const detect = createDetectors(spec.detectors);
  const severityOf = { ...DEFAULT_DETECTOR_SEVERITY, ...spec.detectorSeverity };

  const screen = (original: string): Finding[] => {
    if (original.length === 0) return [];
    const norm = normalise(original);
    const spans = matcher.find(norm.text, (from, to) => countVisible(original.slice(norm.origStart[from]!, norm.origStart[to]!)));
    const hits: TermSpan[] = [];
    const allowed: TermSpan[] = [];
    for (const span of spans) (compiled[span.termId]!.allow ? allowed : hits).push(span);
    const confirmed = withoutCovered(hits, allowed).filter((s) => !cutsIntoWords(norm.text, s.start, s.end, spec.segment));
    for (const span of pinyinMatcher.find(norm.text)) {
      if (!looksLikePersonName(original.slice(norm.origStart[span.start]!, norm.origEnd[span.end - 1]!))) confirmed.push(span);
    }
    const findings = dropContained(confirmed).map((s) => dictionaryFinding(original, norm, s, compiled[s.termId]!));
    for (const hit of detect(norm.text)) {
      const start = norm.origStart[hit.start]!;
      const end = norm.origEnd[hit.end - 1]!;
      findings.push({
        category: hit.detector,
        severity: severityOf[hit.detector],
        term: hit.detector,
        match: redactHit(hit.detector, original.slice(start, end).normalize('NFKC')),
        start,
        end,
        source: 'detector',
      });
    }
    return findings.sort((a, b) => a.start - b.start || b.end - a.end);
  };
  return { screen, termCount: compiled.filter((c) => !c.allow).length };
}

function dictionaryFinding(original: string, norm: NormalisedText, span: TermSpan, term: CompiledTerm): Finding {
  const start = norm.origStart[span.start]!;
  const end = norm.origEnd[span.end - 1]!;
  return { category: term.category, severity: term.severity, term: term.term, match: original.slice(start, end), start, end, source: 'dictionary' };
}

/**
 * `Zhao Si`, `Cui Qing`: two or more capitalised words spell a person's name in
 * pinyin far more often than an evasion does, so they are not pinyin hits.
 */
function looksLikePersonName(text: string): boolean {
  const words = text.split(/[^A-Za-z]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => /^[A-Z][a-z]+$/.test(w));
}

const byStartThenLongest = (a: TermSpan, b: TermSpan): number => a.start - b.start || b.end - a.end;

/** Keeps the longest of overlapping-by-containment hits; one occurrence, one finding. */
function dropContained(spans: TermSpan[]): TermSpan[] {
  return spans.length < 2 ? spans : withoutCovered(spans, spans, true);
}

/**
 * Spans not covered by any of `covers` (an allow term cancels the hit it covers).
 * With `self`, the spans cover each other and the first of equal spans is kept.
 */
function withoutCovered(spans: TermSpan[], covers: TermSpan[], self = false): TermSpan[] {
  if (covers.length === 0) return spans;
  const sortedSpans = [...spans].sort(byStartThenLongest);
  const sortedCovers = self ? sortedSpans : [...covers].sort(byStartThenLongest);
  const kept: TermSpan[] = [];
  let maxEnd = -1;
  let c = 0;
  for (const span of sortedSpans) {
    if (self) {
      if (span.end <= maxEnd) continue;
      kept.push(span);
      maxEnd = span.end;
      continue;
    }
    while (c < sortedCovers.length && sortedCovers[c]!.start <= span.start) maxEnd = Math.max(maxEnd, sortedCovers[c++]!.end);
    if (span.end > maxEnd) kept.push(span);
  }
  return kept;
}
