/**
 * The schedule that keeps group nicknames fixed after joining, so admins need not chase people: it runs in every group
 * this account speaks for and turns to the admins only once the deadline has passed.
 */
import { settingsFor } from '../group-policy.js';
import { isWithinWorkHours } from '../../core/policy/work-hours.js';
import { nicknameDeadlineText, type MemberLine } from '../../core/wording/admin-texts.js';
import { nicknameFix, nicknameReminder, nicknameReminderLine } from '../../core/wording/member-texts.js';
import { alertAdmins } from '../admins.js';
import type { MemberRecord } from '../../core/records.js';
import type { BotContext } from '../bot-context.js';
import { inUnit } from '../unit-of-work.js';
import { forEachRoom } from '../each-room.js';
import { recheckNickname } from '../members.js';
import { isReportedLeaver } from '../review-leavers.js';
import { displayNickname } from '../platform.js';
import { maySpeak } from '../room-state.js';
import { ownGroups } from './group-scope.js';

/**
 * The reminder run: re-check every wrong nickname against the group as it is
 * now; remind those still wrong every `remind_every` (one message per group, in
 * work hours), and tell the admins once when the deadline has passed. A group
 * that no longer exists is marked left and skipped (see forEachRoom).
 */
export async function sweepNicknames(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy' | 'speaker'>): Promise<void> {
  const policy = ctx.policy().compiled;
  const mine = await ownGroups(ctx);
  await forEachRoom(ctx, 'nickname-sweep', async (room) => {
    if (!(await mine(room.roomId))) return;
    const wrong: MemberRecord[] = [];
    for (const m of await ctx.store.members.listByRoom(room.roomId)) {
      if (!m.nicknameOk && !m.exempt && !(await isReportedLeaver(ctx, room.roomId, m.memberId))) wrong.push(m);
    }
    if (wrong.length === 0) return;
    const settings = await settingsFor(ctx, room.roomId, room.topic);
    const present = new Map((await ctx.platform.roomMembers(room.roomId)).map((m) => [m.id, m]));
    const now = ctx.clock.now();
    const due: { id: string; line: string }[] = [];
    const overdue: MemberLine[] = [];
    for (const m of wrong) {
      const current = present.get(m.memberId);
      if (!current) {
        await ctx.store.members.markLeft(room.roomId, m.memberId);
        continue;
      }
      const nickname = displayNickname(current);
      const verdict = await recheckNickname(ctx, room.roomId, m.memberId, nickname);
      if (verdict.ok) continue;
      const record = (await ctx.store.members.get(room.roomId, m.memberId))!;
      if (now - (record.lastRemindedAt ?? 0) >= settings.remindEveryMs) due.push({ id: m.memberId, line: nicknameReminderLine(nickname, verdict) });
      if (record.nicknameBadSince !== null && now - record.nicknameBadSince >= settings.deadlineMs && !record.deadlineNotified) {
        overdue.push({ name: nickname, memberId: m.memberId, detail: nicknameFix(verdict) });
        await ctx.store.members.update(room.roomId, m.memberId, { deadlineNotified: true });
      }
    }
    const context = { roomId: room.roomId };
    if (due.length > 0 && maySpeak(room) && isWithinWorkHours(now, policy.timeZone, policy.workHours, policy.calendar)) {
      // The marks and the reminder they stand for become durable together.
      await inUnit(ctx.store, async (tx) => {
        for (const d of due) await tx.members.update(room.roomId, d.id, { lastRemindedAt: now });
        const notice = nicknameReminder(due.map((d) => d.line), settings.deadlineMs, false);
        ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, ...notice, mentionIds: due.map((d) => d.id), mergeKey: 'nickname', context });
      });
    }
    if (overdue.length > 0 && maySpeak(room)) await alertAdmins(ctx, room.roomId, room.topic, nicknameDeadlineText(room.topic, overdue), context);
    await ctx.store.flush();
  });
}
