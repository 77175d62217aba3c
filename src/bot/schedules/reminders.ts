import { isWithinWorkHours } from '../../core/policy/work-hours.js';
import { expireCase, lastRemindedAt, markReminded, type CaseRecord } from '../../core/cases/index.js';
import { localDayKey } from '../../core/digest/local-day.js';
import { categoryLabels } from '../../core/wording/category-label.js';
import { formatTimeZh } from '../../core/wording/format-time.js';
import type { Scheduler } from '../../schedule/scheduler.js';
import { adminRecipients, queueAdminAlert } from '../admins.js';
import type { BotContext } from '../bot-context.js';
import { maySpeak } from '../room-state.js';

/** Decisions still open after this long are brought up to the admins again. */
export const PENDING_REMINDER_AFTER_MS = 24 * 3_600_000;
/** How often due reminders are looked for. */
export const REMINDER_SWEEP_MS = 30 * 60_000;

/**
 * Admins: decisions pending for more than a day, once a day per case.
 * Members: a notice when a warning stops counting, once per case.
 * Each is marked in the case history in the same step as its message is queued
 * in the durable outbox (one flush writes both), so a restart neither loses nor
 * repeats them; both wait for work hours.
 */
export async function sendDueReminders(ctx: BotContext): Promise<void> {
  const policy = ctx.policy().compiled;
  const now = ctx.clock.now();
  if (!isWithinWorkHours(now, policy.timeZone, policy.workHours)) return;
  await remindPendingDecisions(ctx, now);
  await noticeExpiredWarnings(ctx, now);
}

async function remindPendingDecisions(ctx: BotContext, now: number): Promise<void> {
  const timeZone = ctx.policy().compiled.timeZone;
  const today = localDayKey(now, timeZone);
  const byRoom = new Map<string, CaseRecord[]>();
  for (const c of ctx.store.cases.pending()) {
    const reminded = lastRemindedAt(c);
    if (now - c.at < PENDING_REMINDER_AFTER_MS || (reminded !== null && localDayKey(reminded, timeZone) === today)) continue;
    byRoom.set(c.roomId, [...(byRoom.get(c.roomId) ?? []), c]);
  }
  for (const [roomId, cases] of byRoom) {
    const room = ctx.store.rooms.get(roomId);
    if (!room || !maySpeak(room)) continue;
    const recipients = await adminRecipients(ctx, roomId, room.topic);
    const lines = cases.map((c) => `· ${c.id} ${c.memberName}：${c.kind === 'relevance' ? '入群审核' : categoryLabels(c.categories)}（${formatTimeZh(c.at, ctx.policy().compiled.timeZone)}）`);
    const text = [`【群管家·待决定】“${room.topic}”有 ${cases.length} 件超过一天未处理：`, ...lines, '请回复“#移出 C编号”或“#保留 C编号”。'].join('\n');
    // Marked and queued in one step: one flush writes the marks with the durable reminder.
    for (const c of cases) ctx.store.cases.update(c.id, markReminded(c, now));
    queueAdminAlert(ctx, recipients, text, { roomId, pendingReminder: cases.length });
    await ctx.store.flush();
  }
}

async function noticeExpiredWarnings(ctx: BotContext, now: number): Promise<void> {
  for (const room of ctx.store.rooms.list()) {
    const windowMs = ctx.policy().settings(room.topic).escalation.windowMs;
    const expired = ctx.store.cases.byRoom(room.roomId).filter((c) => c.at + windowMs <= now && expireCase(c, now).ok);
    if (expired.length === 0) continue;
    const speak = maySpeak(room);
    const reachable = new Set<string>();
    if (speak) for (const c of expired) if (await ctx.platform.canMessage(c.memberId).catch(() => false)) reachable.add(c.memberId);
    // Expired and queued in one step: one flush writes the case with its durable notice.
    for (const c of expired) {
      // Read again: the case may have changed during the look-ups above.
      const moved = expireCase(ctx.store.cases.get(c.id) ?? c, now);
      if (!moved.ok) continue;
      ctx.store.cases.update(c.id, moved.case);
      if (!reachable.has(c.memberId)) continue;
      ctx.outbox.enqueue({ kind: 'dm', contactId: c.memberId, text: `【群管家】你在“${room.topic}”的案件 ${c.id} 已满 ${Math.round(windowMs / 86_400_000)} 天，不再计入违规次数。感谢遵守群规。`, context: { caseId: c.id, roomId: room.roomId, expired: true } });
    }
    await ctx.store.flush();
  }
}

/** Schedules the reminder sweep, and runs it once at start-up for anything due while the bot was down. */
export async function reminderRoutine(ctx: BotContext, scheduler: Scheduler): Promise<void> {
  scheduler.every('reminders', REMINDER_SWEEP_MS, () => sendDueReminders(ctx));
  await sendDueReminders(ctx).catch((err: unknown) => ctx.log.error({ err }, 'start-up reminders failed'));
}
