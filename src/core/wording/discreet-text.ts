/**
 * The one redaction every text passes through before the bot stores or sends it —
 * reasons, notes, nicknames, audit entries — whoever typed it: personal data and
 * credentials become their redacted form (`138****5678`), the rest is kept.
 */
import { createScreener } from '../screen/screener.js';
import { DETECTOR_NAMES, type DetectorName } from '../types.js';

/** Everything that is personal data or a secret; a plain link is neither. */
const PERSONAL: readonly DetectorName[] = DETECTOR_NAMES.filter((d) => d !== 'url');

const personalData = createScreener({ terms: [], allow: [], detectors: PERSONAL, segment: (text) => [text] });

/** `text` with every personal-data or credential finding replaced by its redacted match. */
export function discreet(text: string): string {
  if (text.length === 0) return text;
  const findings = personalData.screen(text).sort((a, b) => a.start - b.start);
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + f.match;
    at = f.end;
  }
  return out + text.slice(at);
}
