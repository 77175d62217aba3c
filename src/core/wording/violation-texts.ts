/**
 * The texts a violation case sends: the group's neutral, name-free rule reminder, the member's private notice and the
 * admins' alert; none of them ever repeats the flagged message's text.
 */
import type { EscalationDecision } from '../escalation/decide-escalation.js';
import { formatDurationZh } from '../policy/duration.js';
import { actionLabel } from './action-label.js';
import { categoryLabels, SENSITIVE_CATEGORIES } from './category-label.js';
import { formatTimeZh } from './format-time.js';
import type { NoticeParts } from './member-texts.js';
import type { CaseOrigin } from '../message-kinds/case-origin.js';
import { flaggedPhrase } from './origin-texts.js';

/** What the texts about one violation case need; no message text, ever. */
export interface ViolationFacts {
  caseId: string;
  memberName: string;
  roomTopic: string;
  categories: readonly string[];
  decision: EscalationDecision;
  windowMs: number;
  /** When the case stops counting. */
  expiresAt: number;
  timeZone: string;
  excerpt: string;
  /** The member can be written to privately. */
  canDm: boolean;
  /** Where the flagged text came from (an image, a forwarded chat, a flood); a plain message when absent. */
  origin?: CaseOrigin;
  /** Members not on the roster who saw a confidential or personal-data finding (policy `outsiders`); absent or 0: none. */
  outsiders?: number;
}

/** The alert's line about people outside the company in the group. */
export function outsidersLine(outsiders: number): string {
  return `注意：群内有 ${outsiders} 位不在花名册上的成员（客户、供应商或其他外部人员），内容可能已被他们看到。`;
}

/** Asks for the message to be withdrawn without promising a deadline the bot cannot enforce. */
const RECALL = '如消息仍可撤回，请撤回。';

function nextStepText(f: ViolationFacts): string {
  const { next } = f.decision;
  if (!next) return '已达到最高处理级别。';
  return `再违规 ${next.casesUntil} 次将${actionLabel(next.action)}。`;
}

function needsRecall(f: ViolationFacts): boolean {
  return f.categories.some((c) => SENSITIVE_CATEGORIES.has(c));
}

/** The group's name-free reminder of the rule broken (policy notice.group: neutral); merged per room, one line per rule. */
export function ruleReminder(categories: readonly string[]): NoticeParts {
  return { head: '【群规提醒】', text: `请勿在群内发送涉及“${categoryLabels(categories)}”的内容。`, tail: '详情已私信相关成员。' };
}

/**
 * The group line for a member who cannot be messaged privately: their name, the case
 * and how to act, with no category, so the group does not learn what was flagged.
 */
export function unreachableMemberText(f: ViolationFacts): string {
  return `${f.memberName}，你的一条消息违反群规，已记录为案件 ${f.caseId}。请加群管家为好友查看详情；如认为误判，发送“#申诉 ${f.caseId} 理由”。`;
}

/** The @-mention in the group when the policy names members (notice.group: named): names the rule, never repeats what was said. */
export function groupWarningText(f: ViolationFacts): string {
  const lines = [`你${flaggedPhrase(f.origin, f.categories)}，违反群规（案件 ${f.caseId}）。${needsRecall(f) ? RECALL : ''}`];
  if (f.decision.action === 'remove') lines.push('按群规已多次违规，将移出本群。');
  else if (f.decision.action === 'request_removal') lines.push('已多次违规，已提请管理员处理。');
  else if (f.decision.action === 'warn_and_notify') lines.push('已通知管理员。');
  if (!f.canDm) {
    lines.push(`这是 ${formatDurationZh(f.windowMs)} 内第 ${f.decision.count} 次。${nextStepText(f)}如有异议，发送“#申诉 ${f.caseId} 理由”。`);
  }
  return lines.join('\n');
}

/** The private message to the member: case, rule, what comes next, expiry, how to appeal. */
export function memberNoticeText(f: ViolationFacts): string {
  return [
    `【群管家】你在“${f.roomTopic}”${flaggedPhrase(f.origin, f.categories)}，已记录为案件 ${f.caseId}。`,
    needsRecall(f) ? `${RECALL}涉及保密或个人信息的内容不要在群里发送。` : '请遵守群规，文明交流。',
    `这是 ${formatDurationZh(f.windowMs)} 内第 ${f.decision.count} 次，${nextStepText(f)}`,
    `本次记录于 ${formatTimeZh(f.expiresAt, f.timeZone)} 后不再计入。`,
    `如认为误判，可回复“#申诉 ${f.caseId} 理由”，管理员会复核。`,
  ].join('\n');
}

/** The admins' alert: redacted, with the case number and what was decided. */
export function adminAlertText(f: ViolationFacts): string {
  const ask = f.decision.action === 'request_removal' ? `\n请决定：回复“#移出 ${f.caseId}”或“#保留 ${f.caseId}”。` : '';
  return [
    `【群管家·违规】${f.caseId} ${f.roomTopic}`,
    `成员：${f.memberName}（${formatDurationZh(f.windowMs)}内第 ${f.decision.count} 次）`,
    `类别：${categoryLabels(f.categories)}`,
    `处理：${actionLabel(f.decision.action)}`,
    `摘要：${f.excerpt}`,
    ...(f.outsiders ? [outsidersLine(f.outsiders)] : []),
  ].join('\n') + ask;
}
