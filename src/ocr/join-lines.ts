/**
 * Turning the lines OCR read from an image into one text to screen, with each line's offsets, so a finding points at the
 * line it came from.
 */
import type { RawLine } from './ocr-protocol.js';
import type { OcrText } from './ocr-types.js';

/** Joins recognised lines with `\n` and gives each line its offsets, so findings in the text point at a line. */
export function joinLines(raw: readonly RawLine[]): OcrText {
  const lines: OcrText['lines'] = [];
  let offset = 0;
  for (const line of raw) {
    if (lines.length > 0) offset += 1;
    lines.push({ text: line.text, confidence: line.confidence, start: offset, end: offset + line.text.length });
    offset += line.text.length;
  }
  return { ok: true, text: raw.map((l) => l.text).join('\n'), lines };
}
