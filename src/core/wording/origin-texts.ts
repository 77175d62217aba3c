/**
 * How a case names where the flagged content came from (a message, an image, a forwarded record, a flood), without ever
 * keeping an image's text or the forwarded message itself.
 */
import type { CaseOrigin } from '../message-kinds/case-origin.js';
import type { Finding } from '../types.js';
import { formatDurationZh } from '../policy/duration.js';
import { categoryLabels } from './category-label.js';
import { safeExcerpt } from './excerpt.js';

/** How a notice names what was flagged: `的消息涉及“手机号”`, `发送的图片中含“手机号”`, `转发的聊天记录中“张三”的消息涉及…`. */
export function flaggedPhrase(origin: CaseOrigin | undefined, categories: readonly string[]): string {
  const labels = `“${categoryLabels(categories)}”`;
  if (origin?.kind === 'image') return `发送的图片中含${labels}`;
  if (origin?.kind === 'forwarded') return `转发的聊天记录中，${origin.name ? `“${origin.name}”的` : '一条'}消息涉及${labels}`;
  if (origin?.kind === 'flood') return `短时间内发送消息过多（${labels}）`;
  return `的消息涉及${labels}`;
}

/**
 * The excerpt stored with a case: an image's text is never kept (only that the
 * image held it), a forwarded record is named by its original sender, a flood
 * says how many messages in how long.
 */
export function originExcerpt(origin: CaseOrigin, text: string, findings: readonly Finding[]): string {
  const categories = [...new Set(findings.map((f) => f.category))];
  if (origin.kind === 'image') return `（图片中含“${categoryLabels(categories)}”，图片文字不保存）`;
  if (origin.kind === 'forwarded') return `转发的聊天记录中${origin.name ? `“${origin.name}”` : ''}的消息：${safeExcerpt(text, findings)}`;
  if (origin.kind === 'flood') {
    const what = origin.reason === 'repeats' ? `同一内容发送 ${origin.count} 次` : `发送 ${origin.count} 条消息`;
    return `（${formatDurationZh(origin.withinMs)}内${what}）`;
  }
  return safeExcerpt(text, findings);
}
