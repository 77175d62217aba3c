/** Test helpers for the detectors: what a detector reports, and what the screener makes of it. */
import type { Detector } from '../../../src/core/detectors/detector.js';
import { redactHit } from '../../../src/core/detectors/redact.js';
import { normalise } from '../../../src/core/text/normalise.js';

/** The matched values a detector reports for a text, in order. */
export function valuesOf(detect: Detector, text: string): string[] {
  return detect(text).map((h) => h.value);
}

/**
 * What the screener does with a detector: detect on the normalised text, map
 * the hit back to the original, redact the NFKC form of the original slice.
 */
export function screenLike(detect: Detector, text: string): { match: string; redacted: string; start: number; end: number }[] {
  const norm = normalise(text);
  return detect(norm.text).map((h) => {
    const start = norm.origStart[h.start] ?? -1;
    const end = norm.origEnd[h.end - 1] ?? -1;
    const match = text.slice(start, end);
    return { match, redacted: redactHit(h.detector, match.normalize('NFKC')), start, end };
  });
}
