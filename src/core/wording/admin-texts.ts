/**
 * What the admins read about members: who may not belong and how to decide with a one-word reply, nicknames still wrong
 * after the deadline, audit summaries, and notices dropped as too old after a restart.
 */
import { formatDurationZh } from '../policy/duration.js';
import type { MembershipConcern } from '../membership/check-membership.js';
import type { BlocklistAction } from '../membership/removed-elsewhere.js';

/** One member of an admin summary. */
export interface MemberLine {
  name: string;
  memberId: string;
  detail: string;
}

/** Alert about a new member who may not belong, with the one-word replies to decide. */
export function membershipAlertText(f: {
  caseId: string;
  roomTopic: string;
  name: string;
  inviter: string | null;
  concerns: readonly MembershipConcern[];
  /** What the blocklist policy did about a member removed elsewhere (absent: nothing to do with it). */
  blocklist?: BlocklistAction;
}): string {
  const decide =
    f.blocklist === 'remove'
      ? `已按群规自动移出。如需请回，请重新邀请并回复“#保留 ${f.caseId}”。`
      : f.blocklist === 'request_removal'
        ? `按群规建议移出：回复“#移出 ${f.caseId}”；确认可以留下请回复“#保留 ${f.caseId}”。`
        : `请决定：回复“#保留 ${f.caseId}”或“#移出 ${f.caseId}”。`;
  return [
    `【群管家·入群审核】${f.caseId} ${f.roomTopic}`,
    `新成员：${f.name}${f.inviter ? `（由 ${f.inviter} 邀请）` : ''}`,
    ...f.concerns.map((c) => `· ${c.text}`),
    decide,
  ].join('\n');
}

/** Tells admins whose nicknames are still wrong after the deadline. */
export function nicknameDeadlineText(roomTopic: string, lines: readonly MemberLine[]): string {
  return [`【群管家·昵称逾期】${roomTopic}`, '以下成员超过期限仍未按“部门-姓名”修改群昵称：', ...lines.map((l) => `· ${l.name}：${l.detail}`)].join('\n');
}

/** One summary of existing members who may not belong (audit at start-up, nightly, or when the bot joins). */
export function auditSummaryText(roomTopic: string, lines: readonly MemberLine[], badNicknames: number, total: number): string {
  return [
    `【群管家·成员梳理】${roomTopic}`,
    `共 ${total} 人，昵称不规范 ${badNicknames} 人。`,
    ...(lines.length ? ['可能不属于本群：', ...lines.map((l) => `· ${l.name}：${l.detail}`)] : []),
  ].join('\n');
}

/** Tells admins that notices to members queued before a restart were too old to send late, and were dropped. */
export function unsentNoticesText(roomTopic: string | null, count: number, maxAgeMs: number, caseIds: readonly string[]): string {
  return [
    `【群管家·未发出的提醒】${roomTopic ?? ''}`.trimEnd(),
    `机器人停止期间有 ${count} 条给成员的提醒未能发出，已超过 ${formatDurationZh(maxAgeMs)}，不再补发。`,
    ...(caseIds.length > 0 ? [`涉及案件：${caseIds.join('、')}。如需要，请手动提醒当事人。`] : []),
  ].join('\n');
}
