/**
 * One occurrence, one finding: of hits contained in one another only the longest is kept, and an allow-list term cancels
 * the hit it covers.
 */
import type { TermSpan } from './term-matcher.js';

const byStartThenLongest = (a: TermSpan, b: TermSpan): number => a.start - b.start || b.end - a.end;

/** Keeps the longest of overlapping-by-containment hits; one occurrence, one finding. */
export function dropContained(spans: TermSpan[]): TermSpan[] {
  return spans.length < 2 ? spans : withoutCovered(spans, spans, true);
}

/**
 * Spans not covered by any of `covers` (an allow term cancels the hit it covers).
 * With `self`, the spans cover each other and the first of equal spans is kept.
 */
export function withoutCovered(spans: TermSpan[], covers: TermSpan[], self = false): TermSpan[] {
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
