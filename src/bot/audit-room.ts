/**
 * The member audit run at start-up, on a schedule, when the bot joins a group and on `#检查`: members already in a group
 * are checked like newcomers, without repeating to the group or the admins what they were already told.
 */
import { z } from 'zod';
import { stateFamily } from '../store/index.js';
import { settingsFor } from './group-policy.js';
import { checkMembership } from '../core/membership/check-membership.js';
import { textKey } from '../core/nickname/clean-text.js';
import { auditSummaryText, type MemberLine } from '../core/wording/admin-texts.js';
import { nicknameReminder, nicknameReminderLine } from '../core/wording/member-texts.js';
import { adminIdsFor, alertAdmins } from './admins.js';
import { removalsOf } from './blocklist.js';
import type { BotContext } from './bot-context.js';
import { inUnit } from './unit-of-work.js';
import { ensureMember, recheckNickname } from './members.js';
import { isReportedLeaver } from './review-leavers.js';
import { displayNickname } from './platform.js';
import { ensureRoom, maySpeak } from './room-state.js';

/** What an audit of a group found. */
export interface AuditResult {
  total: number;
  badNicknames: number;
  /** Members reminded in the group by this audit (those not reminded before, when the bot may speak). */
  reminded: number;
  /** Members who may not belong (new ones only, unless `reportAll`). */
  doubtful: MemberLine[];
}

/** Per group, the members the admins were already told about by an audit. */
const REPORTED = stateFamily('audit:reported:', z.array(z.string()));

/** Remembers that the admins were already told about these members, so audits do not repeat them. */
export async function markReported(ctx: Pick<BotContext, 'store'>, roomId: string, memberIds: readonly string[]): Promise<void> {
  const reported = new Set((await ctx.store.state.read(REPORTED.entry(roomId))) ?? []);
  for (const id of memberIds) reported.add(id);
  await ctx.store.state.write(REPORTED.entry(roomId), [...reported]);
}

/**
 * Audits the members already in a group (定期梳理成员): nicknames and roster.
 * One combined reminder in the group for nicknames not yet reminded, and one
 * summary to the admins of who may not belong — each person reported once.
 */
export async function auditRoom(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, roomId: string, opts: { reportAll?: boolean; summary?: boolean } = {}): Promise<AuditResult> {
  const room = await ensureRoom(ctx, roomId);
  const active = ctx.policy();
  const settings = await settingsFor(ctx, roomId, room.topic);
  const now = ctx.clock.now();
  const members = (await ctx.platform.roomMembers(roomId)).filter((m) => m.id !== ctx.platform.selfId());
  const presentIds = new Set(members.map((m) => m.id));
  for (const known of await ctx.store.members.listByRoom(roomId)) if (!presentIds.has(known.memberId)) await ctx.store.members.markLeft(roomId, known.memberId);

  const reported = new Set((await ctx.store.state.read(REPORTED.entry(roomId))) ?? []);
  const admins = new Set(await adminIdsFor(ctx, roomId, room.topic));
  const reminders: { id: string; line: string }[] = [];
  const doubtful: MemberLine[] = [];
  let badNicknames = 0;
  for (const m of members) {
    const nickname = displayNickname(m);
    await ensureMember(ctx, roomId, { id: m.id, name: m.name, nickname });
    const verdict = await recheckNickname(ctx, roomId, m.id, nickname);
    const record = (await ctx.store.members.get(roomId, m.id))!;
    if (!verdict.ok && !record.exempt && !(await isReportedLeaver(ctx, roomId, m.id))) {
      badNicknames++;
      if (record.lastRemindedAt === null) reminders.push({ id: m.id, line: nicknameReminderLine(nickname, verdict) });
    }
    if (record.exempt || admins.has(m.id)) continue;
    const sameNicknameInGroup = members.filter((o) => o.id !== m.id && textKey(displayNickname(o)) === textKey(nickname)).length;
    const removedElsewhere = await removalsOf(ctx, m.id, roomId);
    const concerns = checkMembership({
      verdict, roster: active.loaded.roster, groupDepartments: settings.departments, inviterId: null, inviterIsAdmin: true,
      nameOnly: active.compiled.nickname.nameOnly, memberId: m.id, sameNicknameInGroup, removedElsewhere, timeZone: active.compiled.timeZone,
    });
    if (concerns.length > 0 && (opts.reportAll || !reported.has(m.id))) {
      doubtful.push({ name: nickname, memberId: m.id, detail: concerns.map((c) => c.text).join('；') });
      reported.add(m.id);
    }
  }
  await ctx.store.state.write(REPORTED.entry(roomId), [...reported]);
  const context = { roomId, audit: true };
  const remind = reminders.length > 0 && maySpeak(room);
  if (remind) {
    // The marks and the reminder they stand for become durable together.
    await inUnit(ctx.store, async (tx) => {
      for (const r of reminders) await tx.members.update(roomId, r.id, { lastRemindedAt: now });
      ctx.outbox.enqueue({ kind: 'room_say', roomId, ...nicknameReminder(reminders.map((r) => r.line), settings.deadlineMs, true), mentionIds: reminders.map((r) => r.id), mergeKey: 'nickname', context });
    });
  }
  await ctx.store.flush();
  const result = { total: members.length, badNicknames, reminded: remind ? reminders.length : 0, doubtful };
  if ((opts.summary ?? doubtful.length > 0) && maySpeak(room)) {
    await alertAdmins(ctx, roomId, room.topic, auditSummaryText(room.topic, doubtful, badNicknames, members.length), context);
  }
  ctx.log.info({ roomId, total: result.total, badNicknames, doubtful: doubtful.length }, 'members audited');
  return result;
}
