/** What is said about a removal: to the removed member, to an asker who cannot remove, and when a removal is overturned. */
import type { CaseRecord } from '../cases/index.js';
import { categoryLabels } from './category-label.js';

/** The case's reason as a removed member may read it: the rule, never what was said. */
function reasonOf(c: CaseRecord): string {
  if (c.kind === 'relevance') return '管理员确认你不属于本群';
  if (c.kind === 'manual') return '管理员警告后仍违反群规';
  return `你的消息涉及“${categoryLabels(c.categories)}”，违反群规`;
}

/** The private notice to a removed member: that they were removed, why (by case, no excerpt), and how to appeal. */
export function removedMemberText(roomTopic: string, c: CaseRecord | null): string {
  if (!c) return `【群管家】你已被管理员移出“${roomTopic}”。如有疑问，请联系群管理员。`;
  return [
    `【群管家】你已被管理员移出“${roomTopic}”。`,
    `原因：${reasonOf(c)}（案件 ${c.id}）。`,
    `如认为处理有误，可回复“#申诉 ${c.id} 理由”，管理员会复核。`,
  ].join('\n');
}

/** The answer when the bot cannot remove: the owner is told how, anyone else who can. */
export function cannotRemoveText(name: string, askerIsOwner: boolean, ownerName: string | null, caseId: string | null): string {
  const how = askerIsOwner
    ? `我不是群主，无法移出 ${name}。你是本群群主：请在群聊里长按 ${name} 的头像（或在群成员列表中），选择“移出群聊”。`
    : `我不是群主，无法移出 ${name}，请群主${ownerName ? `（${ownerName}）` : ''}手动移出。`;
  return `${how}${caseId ? `案件 ${caseId} 已记为“移出”。` : ''}`;
}

/** The answer when the member is no longer in the group: nothing to remove. */
export function alreadyGoneText(name: string, closed: readonly string[]): string {
  return `${name} 已不在本群，无需移出。${closed.length > 0 ? `其待决案件 ${closed.join('、')} 已结案。` : ''}`;
}

/** To the admins when a case that removed a member is overturned: who to re-invite, where. */
export function reinviteText(memberName: string, roomTopic: string, caseId: string): string {
  return `【群管家·撤销移出】案件 ${caseId} 已撤销，但 ${memberName} 已被移出“${roomTopic}”。如需恢复，请重新邀请 ${memberName} 加入“${roomTopic}”。`;
}
