/**
 * Step 4⅓ of the pipeline: while a member is soft-muted, each of their messages in that group
 * is a case of its own (category `muted`, the policy's `mute` action and severity), whatever it
 * says; a rule it also breaks joins the same case. The case and what it sends are one unit.
 */
import { openViolationCase, type CaseRecord } from '../../core/cases/index.js';
import { MUTED_CATEGORY, mutedMessageAction, type SoftMute } from '../../core/mute/soft-mute.js';
import type { RoomRecord } from '../../core/records.js';
import { SEVERITIES, type CoreMessage } from '../../core/types.js';
import { discreet } from '../../core/wording/discreet-text.js';
import { safeExcerpt } from '../../core/wording/excerpt.js';
import { mutedMessageAlertText, mutedMessageGroupText, mutedMessageMemberText, type MutedMessageFacts } from '../../core/wording/muted-message-texts.js';
import { originExcerpt } from '../../core/wording/origin-texts.js';
import { adminRecipients, queueAdminAlert } from '../admins.js';
import type { BotContext } from '../bot-context.js';
import { worstSeverity } from '../record-violation.js';
import { maySpeak } from '../room-state.js';
import { screenKinds, type Screened } from '../screen-kinds.js';
import { atomicallyOrAlarm } from '../storage-alarm.js';
import { activeMute } from './mute-state.js';

/** True when the sender is muted here: the message became a case and the pipeline stops. */
export async function checkMuted(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy' | 'ocr'>, msg: CoreMessage, memberName: string): Promise<boolean> {
  const mute = await activeMute(ctx, msg.roomId, msg.senderId);
  if (!mute) return false;
  const room = await ctx.store.rooms.get(msg.roomId);
  if (!room) return false;
  const screened = await screenKinds(ctx, msg, room.topic, ctx.ocr ?? null);
  await recordMutedMessage(ctx, room, msg, mute, memberName, screened);
  return true;
}

/** Opens the case of one message sent during a mute and queues the member's notice, the admins' alert and any removal. */
async function recordMutedMessage(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, room: RoomRecord, msg: CoreMessage, mute: SoftMute, memberName: string, screened: Screened | null): Promise<CaseRecord> {
  const paused = !maySpeak(room);
  const policy = ctx.policy().loaded.policy.mute;
  const action = mutedMessageAction(policy.action, room.botCanRemove);
  const findings = screened?.findings ?? [];
  const categories = [...new Set([MUTED_CATEGORY, ...findings.map((f) => f.category)])];
  const severity = worstSeverity([{ severity: SEVERITIES.find((s) => s === policy.severity) ?? 'medium' }, ...findings]);
  const excerpt = screened ? originExcerpt(screened.origin, screened.text, findings) : safeExcerpt(discreet(msg.text), []) || '（非文字消息）';
  const canDm = paused ? false : await ctx.platform.canMessage(msg.senderId).catch(() => false);
  const recipients = paused ? null : await adminRecipients(ctx, room.roomId, room.topic);
  const now = ctx.clock.now();
  const record = openViolationCase(
    { id: await ctx.store.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: msg.senderId, memberName, at: now },
    { messageId: msg.id, categories, terms: [...new Set(findings.map((f) => f.term))], severity, excerpt, action, paused },
  );
  const facts: MutedMessageFacts = { caseId: record.id, roomTopic: room.topic, memberName, categories, action, until: mute.until, timeZone: ctx.policy().compiled.timeZone, excerpt };
  const context = { caseId: record.id, roomId: room.roomId, memberId: msg.senderId, action, muted: true };
  await atomicallyOrAlarm(ctx, room, context, async (tx) => {
    await tx.cases.add(record);
    if (recipients === null) return;
    if (canDm) ctx.outbox.enqueue({ kind: 'dm', contactId: msg.senderId, text: mutedMessageMemberText(facts), context });
    else ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text: mutedMessageGroupText(facts), mentionIds: [msg.senderId], mergeKey: 'warning', context });
    if (action !== 'warn') queueAdminAlert(ctx, recipients, mutedMessageAlertText(facts), context);
    if (action === 'remove') ctx.outbox.enqueue({ kind: 'remove', roomId: room.roomId, memberId: msg.senderId, context });
  });
  ctx.log.info({ ...context, categories, paused }, 'message during a soft mute: case opened');
  return record;
}
