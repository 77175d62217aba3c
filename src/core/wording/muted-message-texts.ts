/** What a member and the admins read about a message sent during a soft mute: Chinese, no ids, never the message itself. */
import type { CaseAction } from '../cases/index.js';
import { actionLabel } from './action-label.js';
import { categoryLabels } from './category-label.js';
import { formatTimeZh } from './format-time.js';

/** The facts of one message sent during a mute. */
export interface MutedMessageFacts {
  caseId: string;
  roomTopic: string;
  memberName: string;
  categories: readonly string[];
  action: CaseAction;
  until: number;
  timeZone: string;
  excerpt: string;
}

/** To the member, privately. */
export function mutedMessageMemberText(f: MutedMessageFacts): string {
  const removal = f.action === 'remove' ? '按群规将移出本群。' : f.action === 'request_removal' ? '已提请管理员处理。' : '';
  return [
    `【群管家】你在“${f.roomTopic}”禁言期间发言，已记录为案件 ${f.caseId}。${removal}`,
    `禁言至 ${formatTimeZh(f.until, f.timeZone)}，期间请不要在群里发言。`,
    `如认为有误，可回复“#申诉 ${f.caseId} 理由”，管理员会复核。`,
  ].join('\n');
}

/** In the group, @-mentioning a member the bot cannot message privately: no category, no excerpt. */
export function mutedMessageGroupText(f: MutedMessageFacts): string {
  return `${f.memberName}，你当前处于禁言期间（至 ${formatTimeZh(f.until, f.timeZone)}），请不要在群里发言（案件 ${f.caseId}）。`;
}

/** The admins' alert. */
export function mutedMessageAlertText(f: MutedMessageFacts): string {
  const ask = f.action === 'request_removal' ? `\n请决定：回复“#移出 ${f.caseId}”或“#保留 ${f.caseId}”。` : '';
  return [
    `【群管家·禁言期间发言】${f.caseId} ${f.roomTopic}`,
    `成员：${f.memberName}（禁言至 ${formatTimeZh(f.until, f.timeZone)}）`,
    `类别：${categoryLabels(f.categories)}`,
    `处理：${actionLabel(f.action)}`,
    `摘要：${f.excerpt}`,
  ].join('\n') + ask;
}
