/** What the admins read about learning from their decisions: review requests, allow-list proposals, adoptions. */
import type { AllowProposal } from '../learning/allow-proposals.js';
import { categoryLabels } from './category-label.js';

/** The private request to the admins when the second opinion held a warning back. */
export function reviewRequestText(facts: { caseId: string; roomTopic: string; memberName: string; categories: readonly string[]; excerpt: string }): string {
  return [
    `【群管家·复核】${facts.caseId} ${facts.roomTopic}`,
    `成员：${facts.memberName}`,
    `原因：${categoryLabels([...facts.categories])}`,
    `摘要：${facts.excerpt}`,
    '根据本公司以往的处理结果，这很可能是误报，因此暂未提醒成员，也未在群里提示。',
    `请回复“#撤销 ${facts.caseId} 误报”确认误报，或“#确认 ${facts.caseId}”按违规处理。`,
  ].join('\n');
}

/** What the member is told when an admin confirms a case that was held back for review. */
export function reviewConfirmedMemberText(facts: { caseId: string; roomTopic: string; categories: readonly string[] }): string {
  return `【群管家】你在“${facts.roomTopic}”发送的消息经管理员复核，确认涉及“${categoryLabels([...facts.categories])}”，已记录为案件 ${facts.caseId}。请遵守群规。如有异议，回复“#申诉 ${facts.caseId} 理由”。`;
}

/** One proposal line: `3. 建议加入白名单“百家乐享”（含“百家乐”的案件被撤销 11 起；会一并放过的已确认案件 0 起）`. */
export function proposalLine(p: AllowProposal): string {
  const what = p.entry === p.term ? `“${p.term}”整个词` : `“${p.entry}”`;
  return `${p.n}. 建议加入白名单${what}（含“${p.term}”的案件被撤销 ${p.overturned} 起；会一并放过的已确认案件 ${p.upheld} 起）`;
}

/** The digest's block of proposals, or nothing when there are none. */
export function proposalLines(proposals: readonly AllowProposal[]): string[] {
  if (proposals.length === 0) return [];
  return ['▍常被撤销的词（白名单建议）', ...proposals.map(proposalLine), '公司管理员回复“#白名单 采纳 编号”即可加入白名单。'];
}

/** The reply to `#白名单 采纳` without a number, or with one that is not on the list. */
export function noSuchProposalText(proposals: readonly AllowProposal[], asked: string | undefined): string {
  if (proposals.length === 0) return '目前没有白名单建议：还没有被多次撤销的词。';
  return [asked ? `没有编号为 ${asked} 的白名单建议。当前建议：` : '当前白名单建议：', ...proposals.map(proposalLine), '回复“#白名单 采纳 编号”加入白名单。'].join('\n');
}
