/**
 * Masking what the detectors found before anything is stored or sent (`z***@example.com`, digits masked but the ends):
 * a redaction never leaks the value by falling back to showing it.
 */
import type { DetectorName } from '../types.js';
import { redactCredential, SECRET_MASK } from './credential/redact-credential.js';
import type { DetectorHit } from './detector.js';

const MASK = '*';
const OTHER_DIGIT = /\p{Nd}/u;

/**
 * Length in code units of the digit-like character at `i` (0 if it is not
 * one): ASCII digits and the ID check letter, plus digits of any other script
 * (full-width too, should un-normalised text come in).
 */
function digitWidth(value: string, i: number): number {
  const c = value.charCodeAt(i);
  if ((c >= 48 && c <= 57) || c === 88 || c === 120) return 1; // 0-9 X x
  if (c < 128) return 0;
  if (c === 0xff38 || c === 0xff58) return 1; // Ｘ ｘ
  const width = c >= 0xd800 && c <= 0xdbff && i + 1 < value.length ? 2 : 1;
  return OTHER_DIGIT.test(value.slice(i, i + width)) ? width : 0;
}

/** Counts digits, so a mobile's +86 / 0086 prefix can be told from the number itself. */
function countDigits(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const w = digitWidth(value, i);
    if (w > 0) {
      count++;
      i += w - 1;
    }
  }
  return count;
}

/**
 * Masks every digit except the first `keepHead` and last `keepTail`, keeping
 * separators and prefixes in place. With too few digits to keep anything
 * safely, every digit is masked: a redaction never leaks by falling back.
 */
function maskDigits(value: string, keepHead: number, keepTail: number): string {
  const count = countDigits(value);
  const canKeep = count > keepHead + keepTail;
  let out = '';
  let copied = 0;
  let index = 0;
  for (let i = 0; i < value.length; i++) {
    const w = digitWidth(value, i);
    if (w === 0) continue;
    if (!canKeep || (index >= keepHead && index < count - keepTail)) {
      out += value.slice(copied, i) + MASK;
      copied = i + w;
    }
    index++;
    i += w - 1;
  }
  return out + value.slice(copied);
}

/** `zhangsan@example.com` -> `z***@example.com`: the domain says where, not who. */
function redactEmail(value: string): string {
  const at = Math.max(value.lastIndexOf('@'), value.lastIndexOf('\uff20'));
  const local = at >= 0 ? value.slice(0, at) : value;
  const first = local.length > 0 ? String.fromCodePoint(local.codePointAt(0) ?? 42) : '';
  return `${first}***${at >= 0 ? value.slice(at) : ''}`;
}

/**
 * The form of a hit that is safe to send or store: `110105********002X`,
 * `138****5678`, `6222 **** **** ***4 567`, `z***@example.com`,
 * `账号：z*** 密码：******`, `AKIA******`; a link is not personal data and stays
 * as it is. Personal data keeps its shape (digits masked one by one); a secret
 * becomes a fixed mask, so not even its length is told.
 */
export function redactHit(detector: DetectorName, value: string): string {
  switch (detector) {
    case 'cn_id':
      return maskDigits(value, 6, 4);
    case 'cn_mobile':
      return maskDigits(value, Math.max(0, countDigits(value) - 11) + 3, 4);
    case 'bank_card':
      return maskDigits(value, 4, 4);
    case 'email':
      return redactEmail(value);
    case 'credential':
      return redactCredential(value);
    case 'url':
      return value;
  }
}

/** The part of a hit that an earlier, overlapping hit did not cover: digits masked, a secret masked whole. */
function redactRemainder(detector: DetectorName, part: string): string {
  if (detector === 'url') return part;
  return detector === 'credential' ? SECRET_MASK : maskDigits(part, 0, 0);
}

/**
 * The text with every personal-data and credential hit replaced by its redacted form, for
 * excerpts in alerts, logs and the store. Hit offsets must point into `text`;
 * the text at those offsets is what gets redacted. Overlapping hits are
 * tolerated: the part a previous hit did not cover has all its digits masked.
 */
export function redactText(text: string, hits: readonly DetectorHit[]): string {
  if (hits.length === 0) return text;
  const ordered = hits
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const hit of ordered) {
    const start = Math.min(Math.max(hit.start, cursor), text.length);
    const end = Math.min(hit.end, text.length);
    if (end <= start) continue;
    out += text.slice(cursor, start);
    const part = text.slice(start, end);
    out += start === hit.start ? redactHit(hit.detector, part) : redactRemainder(hit.detector, part);
    cursor = end;
  }
  return out + text.slice(cursor);
}
