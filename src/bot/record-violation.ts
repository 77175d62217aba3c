import { decideEscalation } from '../core/escalation/decide-escalation.js';
import { countsOnLadder, openViolationCase, type CaseRecord } from '../core/cases/index.js';
import type { RoomRecord } from '../core/records.js';
import type { CoreMessage, Finding, Severity } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import { safeExcerpt } from '../core/wording/excerpt.js';
import { adminAlertText, groupWarningText, memberNoticeText, type ViolationFacts } from '../core/wording/violation-texts.js';
import { alertAdmins } from './admins.js';
import type { BotContext } from './bot-context.js';
import { maySpeak } from './room-state.js';

/** The most serious severity among findings. */
export function worstSeverity(findings: readonly { severity: Severity }[]): Severity {
  return findings.reduce<Severity>((worst, f) => (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(worst) ? f.severity : worst), 'low');
}

/**
 * Opens a numbered case for a screened message, lets the ladder decide, makes
 * the case durable, then queues the warning, the member's notice, the admins'
 * alert and any removal.
 */
export async function recordViolation(ctx: BotContext, room: RoomRecord, msg: CoreMessage, findings: Finding[], memberName: string): Promise<CaseRecord> {
  const settings = ctx.policy().settings(room.topic);
  const now = ctx.clock.now();
  const categories = [...new Set(findings.map((f) => f.category))];
  const prior = ctx.store.cases.byMember(room.roomId, msg.senderId, now - settings.escalation.windowMs).filter(countsOnLadder);
  const decision = decideEscalation({ categories, priorCaseTimes: prior.map((c) => c.at), now, botCanRemove: room.botCanRemove, rules: settings.escalation });
  const excerpt = safeExcerpt(msg.text, findings);
  const record = openViolationCase(
    { id: ctx.store.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: msg.senderId, memberName, at: now },
    { messageId: msg.id, categories, terms: [...new Set(findings.map((f) => f.term))], severity: worstSeverity(findings), excerpt, action: decision.action },
  );
  ctx.store.cases.add(record);
  await ctx.store.flush();
  const context = { caseId: record.id, roomId: room.roomId, memberId: msg.senderId, action: decision.action };
  ctx.log.info({ ...context, categories, count: decision.count }, 'case opened');
  if (!maySpeak(room)) {
    ctx.log.info(context, 'moderation paused in this group: case recorded, nothing sent');
    return record;
  }
  const canDm = await ctx.platform.canMessage(msg.senderId).catch(() => false);
  if (!canDm) ctx.log.warn(context, 'member cannot be messaged privately; the group warning carries the details');
  const facts: ViolationFacts = {
    caseId: record.id,
    memberName,
    roomTopic: room.topic,
    categories,
    decision,
    windowMs: settings.escalation.windowMs,
    expiresAt: now + settings.escalation.windowMs,
    timeZone: ctx.policy().compiled.timeZone,
    excerpt,
    canDm,
  };
  ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text: `${memberName}，${groupWarningText(facts)}`, mentionIds: [msg.senderId], mergeKey: 'warning', context });
  if (canDm) ctx.outbox.enqueue({ kind: 'dm', contactId: msg.senderId, text: memberNoticeText(facts), context });
  if (decision.notifyAdmins) await alertAdmins(ctx, room.roomId, room.topic, adminAlertText(facts), context);
  if (decision.action === 'remove') ctx.outbox.enqueue({ kind: 'remove', roomId: room.roomId, memberId: msg.senderId, context });
  return record;
}
