/**
 * What reporters, reported members and admins read about a member's report (`#举报`):
 * Chinese, no ids, the reason already redacted. The reported member never reads who reported.
 */
import type { EscalationDecision } from '../escalation/decide-escalation.js';
import { formatDurationZh } from '../policy/duration.js';
import { actionLabel } from './action-label.js';
import { categoryLabels } from './category-label.js';

/** How many reports one member may make within REPORT_WINDOW_MS. */
export const REPORTS_PER_WINDOW = 3;
/** The span the report limit counts over. */
export const REPORT_WINDOW_MS = 3_600_000;

/** What the admins read about one report. */
export interface ReportFacts {
  caseId: string;
  roomTopic: string;
  memberName: string;
  reporterName: string;
  reason: string;
  /** The categories of the existing case the report was added to; null for a new report case. */
  addedTo: readonly string[] | null;
  /** The quoted message's redacted excerpt, when the member reported by quoting it. */
  quoted?: string;
}

/** The admins' alert (privately and in the admins' room): who, by whom, why, and how to decide. */
export function reportAlertText(f: ReportFacts): string {
  return [
    `【群管家·举报】${f.caseId} ${f.roomTopic}`,
    `被举报成员：${f.memberName}`,
    `举报人：${f.reporterName}（不会告知被举报成员）`,
    `理由：${f.reason}`,
    ...(f.quoted !== undefined ? [`被引用的消息：${f.quoted}`] : []),
    ...(f.addedTo ? [`${f.quoted !== undefined ? '被引用的消息' : '该成员最近的消息'}已是案件 ${f.caseId}（${categoryLabels(f.addedTo)}），举报已并入该案件。`] : []),
    `请回复“#确认 ${f.caseId}”按违规警告该成员，“#撤销 ${f.caseId}”不予处理，或“#移出 ${f.caseId}”将其移出本群。`,
  ].join('\n');
}

/** To the reporter, privately: the report is with the admins. */
export function reportReceivedText(caseId: string, memberName: string, added: boolean): string {
  const where = added ? `已并入案件 ${caseId}` : `案件 ${caseId}`;
  return `【群管家】已收到你对 ${memberName} 的举报（${where}），管理员会核实处理。被举报成员不会知道是谁举报的。`;
}

/** A quote report whose quoted sender is not a member of the group (by group nickname or WeChat name). */
export function quotedSenderUnknownText(name: string): string {
  return `本群没有找到被引用消息的发送者“${name}”，举报未提交。请 @ 要举报的成员：“#举报 @成员 理由”。`;
}

/** A quote report without a reason. */
export const QUOTED_REASON_MISSING = '请写上举报理由：引用对方的消息，回复“#举报 理由”。';

/** Why a report is not taken. */
export type ReportRefusal = 'self' | 'admin' | 'bot' | 'gone' | 'rate';

const REFUSALS: Record<ReportRefusal, string> = {
  self: '不能举报自己。',
  admin: '群管家不受理对管理员的举报。如对管理员有意见，请直接联系群主或公司管理员。',
  bot: '群管家不能被举报。如对群管家的处理有异议，请回复“#申诉 案件编号 理由”。',
  gone: '该成员已不在本群，无需举报。',
  rate: `你在一小时内已举报 ${REPORTS_PER_WINDOW} 次，请稍后再举报。如情况紧急，请直接联系管理员。`,
};

/** The polite private refusal of a report. */
export function reportRefusalText(refusal: ReportRefusal): string {
  return REFUSALS[refusal];
}

/** To the reported member, privately, once an admin confirmed the report: a normal warning, never the reporter. */
export function reportConfirmedMemberText(f: { caseId: string; roomTopic: string; decision: EscalationDecision; windowMs: number }): string {
  const next = f.decision.next ? `再违规 ${f.decision.next.casesUntil} 次将${actionLabel(f.decision.next.action)}。` : '已达到最高处理级别。';
  return [
    `【群管家】你在“${f.roomTopic}”的言行经管理员核实违反群规，已记录为案件 ${f.caseId}。`,
    '请遵守群规，文明交流。',
    `这是 ${formatDurationZh(f.windowMs)} 内第 ${f.decision.count} 次，${next}`,
    `如认为有误，可回复“#申诉 ${f.caseId} 理由”，管理员会复核。`,
  ].join('\n');
}

/** To the admin who confirmed a report. */
export function reportConfirmedReplyText(caseId: string, memberName: string, decision: EscalationDecision): string {
  const removal = decision.action === 'remove' || decision.action === 'request_removal' ? `，已达移出标准，请决定是否“#移出 ${caseId}”` : '';
  return `已确认案件 ${caseId} 属实，已私下警告 ${memberName}（本期第 ${decision.count} 次${removal}），未透露举报人。`;
}

/** To the admin who dismissed a report the member was never told of. */
export function reportDismissedReplyText(caseId: string): string {
  return `已撤销案件 ${caseId}，举报不予处理；被举报成员此前未被告知，也不会收到通知。`;
}
