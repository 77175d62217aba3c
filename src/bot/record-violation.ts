/**
 * The step from screening to moderation: every flow that finds a violation (messages, images, forwarded chats, floods)
 * records it here, so each case and everything it sends become durable together.
 */
import { settingsFor } from './group-policy.js';
import { decideEscalation } from '../core/escalation/decide-escalation.js';
import { countsOnLadder, openViolationCase, type CaseRecord } from '../core/cases/index.js';
import type { RoomRecord } from '../core/records.js';
import type { CoreMessage, Finding, Severity } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import type { CaseOrigin } from '../core/message-kinds/case-origin.js';
import { originExcerpt } from '../core/wording/origin-texts.js';
import type { GroupSettings, NoticeMode } from '../core/policy/group-settings.js';
import { adminAlertText, groupWarningText, memberNoticeText, ruleReminder, unreachableMemberText, type ViolationFacts } from '../core/wording/violation-texts.js';
import type { JobContext } from './outbox/job.js';
import { adminRecipients, queueAdminAlert, type AdminRecipients } from './admins.js';
import type { BotContext } from './bot-context.js';
import { maySpeak } from './room-state.js';
import { atomicallyOrAlarm } from './storage-alarm.js';
import { gateAction } from '../core/learning/second-opinion-gate.js';
import { reviewRequestText } from '../core/wording/learning-texts.js';
import { secondOpinionFor } from './learning/second-opinion.js';

/** The most serious severity among findings. */
export function worstSeverity(findings: readonly { severity: Severity }[]): Severity {
  return findings.reduce<Severity>((worst, f) => (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(worst) ? f.severity : worst), 'low');
}

/**
 * Opens a numbered case for a screened message, lets the ladder decide, makes
 * the case durable, then queues the warning, the member's notice, the admins'
 * alert and any removal. When the case cannot be written, the warning still
 * goes out and the admins are told the storage is failing. Where the second
 * opinion (trained on the company's own decisions) finds a likely false alarm,
 * the case waits for the admins' review instead: they are asked privately, the
 * member and the group are told nothing.
 */
export async function recordViolation(
  ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>,
  room: RoomRecord,
  msg: CoreMessage,
  findings: Finding[],
  memberName: string,
  /** The text the findings point into and where it came from; the message's own text by default. */
  screened: ScreenedFacts = { text: msg.text, origin: { kind: 'message' } },
): Promise<CaseRecord> {
  const paused = !maySpeak(room);
  // Look-ups first: the case and everything it sends are then recorded in one unit of the store,
  // so the case and its queued warnings become durable together (the outbox keeps them until sent).
  const canDm = paused ? false : await ctx.platform.canMessage(msg.senderId).catch(() => false);
  const recipients = paused ? null : await adminRecipients(ctx, room.roomId, room.topic);
  const groupSettings = await settingsFor(ctx, room.roomId, room.topic);
  const now = ctx.clock.now();
  const categories = [...new Set(findings.map((f) => f.category))];
  // Outsiders saw confidential or personal data: the admins hear of it whatever the ladder says.
  const settings = screened.alwaysNotify
    ? { ...groupSettings, escalation: { ...groupSettings.escalation, notifyAlways: [...groupSettings.escalation.notifyAlways, ...categories] } }
    : groupSettings;
  const severity = worstSeverity(findings);
  const prior = (await ctx.store.cases.byMember(room.roomId, msg.senderId, now - settings.escalation.windowMs)).filter((c) => countsOnLadder(c, settings));
  const decision = decideEscalation({ categories, severity, priorCaseTimes: prior.map((c) => c.at), now, botCanRemove: room.botCanRemove, rules: settings.escalation });
  const excerpt = originExcerpt(screened.origin, screened.text, findings);
  const terms = [...new Set(findings.map((f) => f.term))];
  const ladderAction = decision.inBurst ? 'none' : decision.action;
  const opinion = paused ? null : await secondOpinionFor(ctx.store);
  const action = opinion ? gateAction({ action: ladderAction, counts: opinion.counts, falseAlarmProbability: opinion.falseAlarmProbability({ terms, excerpt, categories }) }) : ladderAction;
  const record = openViolationCase(
    { id: await ctx.store.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: msg.senderId, memberName, at: now },
    { messageId: msg.id, categories, terms, severity, excerpt, action, paused },
  );
  const context = { caseId: record.id, roomId: room.roomId, memberId: msg.senderId, action };
  // A disk that cannot be written must not silence moderation: the jobs are queued already, and the admins are told.
  await atomicallyOrAlarm(ctx, room, context, async (tx) => {
    await tx.cases.add(record);
    if (recipients !== null && action === 'review') {
      ctx.log.info(context, 'likely false alarm by the second opinion: admins asked to review, member not told');
      queueAdminAlert(ctx, recipients, reviewRequestText({ caseId: record.id, roomTopic: room.topic, memberName, categories, excerpt }), { ...context, review: true });
    } else if (recipients !== null) {
      queueCaseJobs(ctx, room, msg.senderId, recipients, { record, decision, settings, canDm, now, categories, excerpt, memberName, origin: screened.origin, outsiders: screened.outsiders ?? 0 }, context);
    }
  });
  ctx.log.info({ ...context, categories, count: decision.count, inBurst: decision.inBurst }, 'case opened');
  if (paused) ctx.log.info(context, 'moderation paused in this group: case recorded (not counted), nothing sent');
  else if (action !== 'review' && !decision.inBurst && !canDm) ctx.log.warn(context, 'member cannot be messaged privately; the group line names them');
  return record;
}

/** Where the findings came from, and who was there to see them. */
export interface ScreenedFacts {
  /** The text the findings point into. */
  text: string;
  origin: CaseOrigin;
  /** Members not on the roster who saw a covered finding (policy `outsiders`); the alert says so. */
  outsiders?: number;
  /** The outsiders rule says the admins always hear of this case. */
  alwaysNotify?: boolean;
}

/** What one new case sends, decided before anything is queued. */
interface CaseFacts {
  record: CaseRecord;
  decision: ReturnType<typeof decideEscalation>;
  settings: GroupSettings;
  canDm: boolean;
  now: number;
  categories: string[];
  excerpt: string;
  memberName: string;
  origin: CaseOrigin;
  outsiders: number;
}

/** Queues, synchronously, the warning, the member's notice, the admins' alert and any removal of a new case. */
function queueCaseJobs(ctx: Pick<BotContext, 'outbox' | 'policy'>, room: RoomRecord, memberId: string, recipients: AdminRecipients, f: CaseFacts, context: JobContext): void {
  const { decision, settings } = f;
  const facts: ViolationFacts = {
    caseId: f.record.id,
    memberName: f.memberName,
    roomTopic: room.topic,
    categories: f.categories,
    decision,
    windowMs: settings.escalation.windowMs,
    expiresAt: f.now + settings.escalation.windowMs,
    timeZone: ctx.policy().compiled.timeZone,
    excerpt: f.excerpt,
    canDm: f.canDm,
    origin: f.origin,
    outsiders: f.outsiders,
  };
  const alwaysNotify = f.categories.some((c) => settings.escalation.notifyAlways.includes(c));
  if (decision.inBurst) {
    // One strike, one notice: the member was told about this burst already.
    if (alwaysNotify) queueAdminAlert(ctx, recipients, adminAlertText(facts), context);
    return;
  }
  queueGroupNotice(ctx, room, memberId, settings.groupNotice, facts, context);
  if (facts.canDm) ctx.outbox.enqueue({ kind: 'dm', contactId: memberId, text: memberNoticeText(facts), context });
  if (decision.notifyAdmins) queueAdminAlert(ctx, recipients, adminAlertText(facts), context);
  if (decision.action === 'remove') ctx.outbox.enqueue({ kind: 'remove', roomId: room.roomId, memberId, context });
}

/**
 * What the group sees: by default a name-free reminder of the rule, merged per room;
 * the member is named only where the policy says so, or where they cannot be told privately.
 */
function queueGroupNotice(ctx: Pick<BotContext, 'outbox'>, room: RoomRecord, memberId: string, mode: NoticeMode, facts: ViolationFacts, context: JobContext): void {
  if (mode === 'named') {
    ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text: `${facts.memberName}，${groupWarningText(facts)}`, mentionIds: [memberId], mergeKey: 'warning', context });
  } else if (!facts.canDm) {
    ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text: unreachableMemberText(facts), mentionIds: [memberId], mergeKey: 'warning', context });
  } else if (mode === 'neutral') {
    ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, ...ruleReminder(facts.categories), mentionIds: [], mergeKey: 'rule-reminder', context });
  }
}
