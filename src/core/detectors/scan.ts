/**
 * The scan loop every detector shares: one linear pass of a global regex, keeping only the candidates the detector
 * confirms in code, so long pastes stay fast.
 */
import type { DetectorName } from '../types.js';
import type { DetectorHit } from './detector.js';

/** A confirmed part of a regex match, as offsets into the scanned text. */
export interface Span {
  start: number;
  end: number;
}

/** Decides whether a candidate match is a real hit, and which part of it counts. */
export type Confirm = (match: RegExpExecArray, text: string) => Span | null;

/**
 * The one scan loop every detector shares: runs a global regex once over the
 * text (linear, no per-character work) and keeps the candidates `confirm` accepts.
 */
export function scanMatches(re: RegExp, text: string, detector: DetectorName, confirm: Confirm): DetectorHit[] {
  const hits: DetectorHit[] = [];
  if (typeof text !== 'string' || text.length === 0) return hits;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = confirm(m, text);
    if (span !== null && span.end > span.start) {
      hits.push({ detector, start: span.start, end: span.end, value: text.slice(span.start, span.end) });
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return hits;
}

/** True for the ASCII digits 0-9, by char code, so callers never allocate per character. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
