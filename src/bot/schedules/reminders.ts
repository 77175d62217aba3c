/**
 * The scheduled reminders: admins hear again of decisions left pending over a day, members hear when a warning stops
 * counting; each is marked in the case history with its queued message, so a restart neither loses nor repeats one.
 */
import { settingsFor } from '../group-policy.js';
import { isWithinWorkHours } from '../../core/policy/work-hours.js';
import { awaitingSince, expireCase, lastRemindedAt, markReminded, type CaseRecord } from '../../core/cases/index.js';
import { localDayKey } from '../../core/digest/local-day.js';
import { categoryLabels } from '../../core/wording/category-label.js';
import { formatTimeZh } from '../../core/wording/format-time.js';
import type { Scheduler } from '../../schedule/scheduler.js';
import { adminRecipients, queueAdminAlert } from '../admins.js';
import type { BotContext } from '../bot-context.js';
import { inUnit } from '../unit-of-work.js';
import { maySpeak } from '../room-state.js';

/** Decisions still open after this long are brought up to the admins again. */
export const PENDING_REMINDER_AFTER_MS = 24 * 3_600_000;
/** Warnings of one member that run out within this span of each other are noticed together. */
export const EXPIRY_MERGE_MS = 60 * 60_000;
/** How often due reminders are looked for. */
export const REMINDER_SWEEP_MS = 30 * 60_000;

/**
 * Admins: decisions pending for more than a day, once a day per case.
 * Members: a notice when a warning stops counting, once per case.
 * Each is marked in the case history in the same step as its message is queued
 * in the durable outbox (one unit of the store), so a restart neither loses nor
 * repeats them; both wait for work hours.
 */
export async function sendDueReminders(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>): Promise<void> {
  const policy = ctx.policy().compiled;
  const now = ctx.clock.now();
  if (!isWithinWorkHours(now, policy.timeZone, policy.workHours, policy.calendar)) return;
  await remindPendingDecisions(ctx, now);
  await noticeExpiredWarnings(ctx, now);
}

async function remindPendingDecisions(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'platform' | 'policy'>, now: number): Promise<void> {
  const timeZone = ctx.policy().compiled.timeZone;
  const today = localDayKey(now, timeZone);
  const byRoom = new Map<string, CaseRecord[]>();
  for (const c of await ctx.store.cases.pending()) {
    const reminded = lastRemindedAt(c);
    if (now - awaitingSince(c) < PENDING_REMINDER_AFTER_MS || (reminded !== null && localDayKey(reminded, timeZone) === today)) continue;
    // Nobody is reminded about someone gone (a case the leave did not close, e.g. while the bot was down).
    if ((await ctx.store.members.get(c.roomId, c.memberId))?.left) continue;
    byRoom.set(c.roomId, [...(byRoom.get(c.roomId) ?? []), c]);
  }
  for (const [roomId, cases] of byRoom) {
    const room = await ctx.store.rooms.get(roomId);
    if (!room || !maySpeak(room)) continue;
    const recipients = await adminRecipients(ctx, roomId, room.topic);
    const lines = cases.map((c) => `· ${c.id} ${c.memberName}：${c.kind === 'relevance' ? '入群审核' : categoryLabels(c.categories)}${c.status === 'appealed' ? '，成员已申诉' : c.kind === 'report' ? '，待核实' : c.action === 'review' ? '，疑似误报待复核' : ''}（${formatTimeZh(awaitingSince(c), timeZone)}）`);
    const decisions = cases.filter((c) => c.status !== 'appealed' && c.action !== 'review');
    const asks = [
      ...(decisions.length > 0 ? ['请回复“#移出 C编号”或“#保留 C编号”。'] : []),
      ...(cases.some((c) => c.status === 'appealed') ? ['申诉请回复“#撤销 C编号 理由”或“#驳回 C编号 理由”。'] : []),
      ...(cases.some((c) => c.status !== 'appealed' && c.action === 'review' && c.kind !== 'report') ? ['疑似误报的请回复“#撤销 C编号 误报”或“#确认 C编号”。'] : []),
      ...(cases.some((c) => c.status !== 'appealed' && c.kind === 'report') ? ['成员举报请回复“#确认 C编号”（按违规警告）或“#撤销 C编号”（不予处理）。'] : []),
    ];
    const text = [`【群管家·待决定】“${room.topic}”有 ${cases.length} 件超过一天未处理：`, ...lines, ...asks].join('\n');
    // Marked and queued in one unit: the marks become durable with the durable reminder.
    await inUnit(ctx.store, async (tx) => {
      for (const c of cases) await tx.cases.update(c.id, markReminded(c, now));
      queueAdminAlert(ctx, recipients, text, { roomId, pendingReminder: cases.length });
    });
  }
}

async function noticeExpiredWarnings(ctx: Pick<BotContext, 'store' | 'outbox' | 'platform' | 'policy'>, now: number): Promise<void> {
  for (const room of await ctx.store.rooms.list()) {
    const windowMs = (await settingsFor(ctx, room.roomId, room.topic)).escalation.windowMs;
    const counting = (await ctx.store.cases.byRoom(room.roomId)).filter((c) => expireCase(c, now).ok);
    // A member's warnings that run out close together are told in one message: held until the last of them is due.
    const soon = new Set(counting.filter((c) => c.at + windowMs > now && c.at + windowMs <= now + EXPIRY_MERGE_MS).map((c) => c.memberId));
    const expired = counting.filter((c) => c.at + windowMs <= now && !soon.has(c.memberId));
    for (const c of expired) {
      const t = expireCase(c, now);
      if (t.ok) await ctx.store.cases.update(c.id, t.case);
    }
    if (expired.length === 0) continue;
    await ctx.store.flush();
    if (!maySpeak(room)) continue;
    const byMember = new Map<string, CaseRecord[]>();
    for (const c of expired) byMember.set(c.memberId, [...(byMember.get(c.memberId) ?? []), c]);
    for (const [memberId, cases] of byMember) {
      if ((await ctx.store.members.get(room.roomId, memberId))?.left) continue;
      const canDm = await ctx.platform.canMessage(memberId).catch(() => false);
      if (!canDm) continue;
      const ids = cases.map((c) => c.id);
      const which = ids.length === 1 ? `案件 ${ids[0]!} ` : ` ${ids.length} 件案件（${ids.join('、')}）`;
      ctx.outbox.enqueue({ kind: 'dm', contactId: memberId, text: `【群管家】你在“${room.topic}”的${which}已满 ${Math.round(windowMs / 86_400_000)} 天，不再计入违规次数。感谢遵守群规。`, context: { caseId: ids[0], caseIds: ids, expired: true } });
    }
    await ctx.store.flush();
  }
}

/** Schedules the reminder sweep, and runs it once at start-up for anything due while the bot was down. */
export async function reminderRoutine(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, scheduler: Scheduler): Promise<void> {
  scheduler.every('reminders', REMINDER_SWEEP_MS, () => sendDueReminders(ctx));
  await sendDueReminders(ctx).catch((err: unknown) => ctx.log.error({ err }, 'start-up reminders failed'));
}
