/**
 * The excerpt kept with a case and shown to admins in alerts and `#案件`: the rule for how much of a flagged message may
 * be kept at all.
 */
import type { Finding } from '../types.js';
import { SENSITIVE_CATEGORIES } from './category-label.js';

const MAX_EXCERPT = 60;

/**
 * A short excerpt that is safe to store and show admins: every finding masked,
 * and nothing at all of a message that carries confidential content.
 */
export function safeExcerpt(text: string, findings: readonly Finding[]): string {
  if (findings.some((f) => f.category === 'confidential')) return '（含保密内容，原文不保存）';
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + (SENSITIVE_CATEGORIES.has(f.category) ? f.match : '▇'.repeat(Math.min(4, f.end - f.start)));
    at = f.end;
  }
  out += text.slice(at);
  const flat = out.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > MAX_EXCERPT ? `${chars.slice(0, MAX_EXCERPT).join('')}…` : flat;
}
