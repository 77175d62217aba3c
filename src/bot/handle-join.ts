/**
 * The join flow, wired from room-join (room-events.ts): newcomers learn the group's rules and naming rule at once, and
 * the admins decide on doubtful ones before they settle in.
 */
import { settingsFor } from './group-policy.js';
import { checkMembership } from '../core/membership/check-membership.js';
import { decideRemoval, openRelevanceCase } from '../core/cases/index.js';
import { blocklistStep } from '../core/membership/removed-elsewhere.js';
import { membershipAlertText } from '../core/wording/admin-texts.js';
import { nicknameReminder, nicknameReminderLine, welcomeNotice } from '../core/wording/member-texts.js';
import { adminIdsFor, alertAdmins } from './admins.js';
import { markReported } from './audit-room.js';
import { removalsOf } from './blocklist.js';
import type { BotContext } from './bot-context.js';
import { ensureMember, namesakes } from './members.js';
import { displayNickname } from './platform.js';
import { ensureRoom, maySpeak } from './room-state.js';

/**
 * New members: record them, check the nickname and whether they belong, then
 * welcome them, remind them what to change, and ask the admins about doubtful ones.
 */
export async function handleJoin(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, roomId: string, inviteeIds: readonly string[], inviterId: string | null): Promise<void> {
  const room = await ensureRoom(ctx, roomId);
  const active = ctx.policy();
  const settings = await settingsFor(ctx, roomId, room.topic);
  const now = ctx.clock.now();
  const admins = new Set(await adminIdsFor(ctx, roomId, room.topic));
  const inviterIsAdmin = inviterId === null || inviterId === ctx.platform.selfId() || admins.has(inviterId);
  // A name people read, never a raw contact id: unknown inviters are left unnamed.
  const inviterName = inviterId ? ((await ctx.platform.roomMember(roomId, inviterId).catch(() => null))?.name ?? (await ctx.store.members.get(roomId, inviterId))?.nickname ?? null) : null;
  const welcome: { id: string; name: string }[] = [];
  const reminders: { id: string; line: string }[] = [];
  const alerts: { text: string; caseId: string; memberId: string }[] = [];
  const removals: { caseId: string; memberId: string }[] = [];

  for (const id of inviteeIds) {
    if (id === ctx.platform.selfId()) continue;
    const member = (await ctx.platform.roomMember(roomId, id).catch(() => null)) ?? { id, name: id, alias: null };
    const nickname = displayNickname(member);
    const { verdict, isNew } = await ensureMember(ctx, roomId, { id, name: member.name, nickname }, { at: now, by: inviterId });
    if (!isNew) continue;
    const { sameNicknameInGroup, nicknameOwners } = await namesakes(ctx, roomId, id, nickname);
    const facts = { verdict, roster: active.loaded.roster, groupDepartments: settings.departments, inviterId, inviterIsAdmin };
    const removedElsewhere = admins.has(id) ? [] : await removalsOf(ctx, id, roomId);
    const concerns = admins.has(id)
      ? []
      : checkMembership({ ...facts, nameOnly: active.compiled.nickname.nameOnly, memberId: id, sameNicknameInGroup, nicknameOwners, removedElsewhere, timeZone: active.compiled.timeZone });
    // A possible impostor, or someone removed for violations elsewhere, is reported to the admins and never welcomed.
    const flagged = concerns.some((c) => c.code === 'impersonation' || c.code === 'removed_elsewhere');
    if (verdict.ok && !flagged) welcome.push({ id, name: nickname });
    else if (!verdict.ok) reminders.push({ id, line: nicknameReminderLine(nickname, verdict) });
    if (concerns.length === 0) continue;
    const record = openRelevanceCase(
      { id: await ctx.store.cases.nextCaseId(), roomId, roomTopic: room.topic, memberId: id, memberName: nickname, at: now },
      { concerns },
    );
    const step = removedElsewhere.length > 0 ? blocklistStep(active.compiled.blocklist, room.botCanRemove && maySpeak(room)) : 'notify';
    const decided = step === 'remove' ? decideRemoval(record, { at: now, by: 'bot' }) : null;
    await ctx.store.cases.add(decided?.ok ? decided.case : record);
    if (decided?.ok) removals.push({ caseId: record.id, memberId: id });
    alerts.push({ caseId: record.id, memberId: id, text: membershipAlertText({ caseId: record.id, roomTopic: room.topic, name: nickname, inviter: inviterName, concerns, blocklist: step }) });
  }
  await markReported(ctx, roomId, alerts.map((a) => a.memberId));
  if (!maySpeak(room)) {
    await ctx.store.flush();
    return;
  }
  for (const r of reminders) await ctx.store.members.update(roomId, r.id, { lastRemindedAt: now });
  await ctx.store.flush();
  const context = { roomId };
  if (welcome.length > 0 && active.compiled.welcome) {
    ctx.outbox.enqueue({ kind: 'room_say', roomId, ...welcomeNotice(welcome.map((w) => w.name), settings.rules), mentionIds: welcome.map((w) => w.id), mergeKey: 'welcome', context });
  }
  if (reminders.length > 0) {
    const notice = nicknameReminder(reminders.map((r) => r.line), settings.deadlineMs, true);
    ctx.outbox.enqueue({ kind: 'room_say', roomId, ...notice, mentionIds: reminders.map((r) => r.id), mergeKey: 'nickname', context });
  }
  for (const r of removals) ctx.outbox.enqueue({ kind: 'remove', roomId, memberId: r.memberId, context: { ...context, caseId: r.caseId, memberId: r.memberId } });
  for (const a of alerts) await alertAdmins(ctx, roomId, room.topic, a.text, { ...context, caseId: a.caseId, memberId: a.memberId });
}
