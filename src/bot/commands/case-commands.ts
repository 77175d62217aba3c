/**
 * The admins' and members' commands about cases and members: 警告 撤销 记录 案件 移出 保留 申诉 驳回 确认 豁免 取消豁免.
 * Each moves a case through its allowed transitions only, and the member concerned is told privately where possible.
 */
import { settingsFor } from '../group-policy.js';
import { memberRecordText } from '../../core/wording/record-texts.js';
import { USAGE } from '../../core/commands/command-names.js';
import { caseIdArg } from '../../core/commands/parse-command.js';
import { decideEscalation } from '../../core/escalation/decide-escalation.js';
import { formatDurationZh } from '../../core/policy/duration.js';
import { appealCase, caseRemovedMember, confirmCase, countsOnLadder, decideKeep, decideRemoval, isConfirmed, openManualCase, overturnCase, rejectAppeal, type CaseRecord, type Transition } from '../../core/cases/index.js';
import { caseHistoryLines, caseStatusLabel } from '../../core/wording/case-history.js';
import { caseRefusalText } from '../../core/wording/case-refusal.js';
import { actionLabel } from '../../core/wording/action-label.js';
import { categoryLabels } from '../../core/wording/category-label.js';
import { formatTimeZh } from '../../core/wording/format-time.js';
import { alreadyGoneText, cannotRemoveText, reinviteText, removedMemberText } from '../../core/wording/removal-texts.js';
import { alertAdmins } from '../admins.js';
import { closeMemberCases } from '../close-member-cases.js';
import { maySpeak } from '../room-state.js';
import { decisionsChanged } from '../learning/second-opinion.js';
import { reviewConfirmedMemberText } from '../../core/wording/learning-texts.js';
import { reportConfirmedMemberText, reportConfirmedReplyText, reportDismissedReplyText } from '../../core/wording/report-texts.js';
import type { CommandRequest } from './command-request.js';
import { commandTarget } from './command-target.js';

async function usage(req: CommandRequest): Promise<void> {
  await req.reply(`用法：${USAGE[req.name]}`);
}

/** The case named by the first argument, in the request's group; replies when there is none. */
async function caseArg(req: CommandRequest): Promise<CaseRecord | null> {
  const id = caseIdArg(req.args[0]);
  if (!id) {
    await usage(req);
    return null;
  }
  const found = await req.ctx.store.cases.get(id);
  if (!found || found.roomId !== req.room.roomId) {
    await req.reply(`找不到本群的案件 ${id}（可能已归档或不属于本群）。`);
    return null;
  }
  return found;
}

/** Tells a member privately; in the group only when they cannot be messaged and are still in it (and never when being removed). */
async function tellMember(req: CommandRequest, memberId: string, text: string, context: Record<string, unknown>): Promise<void> {
  const { ctx, room } = req;
  const inGroup = (await ctx.store.members.get(room.roomId, memberId))?.left === false && context['removed'] !== true;
  return ctx.platform.canMessage(memberId).then(
    (can) => {
      if (can) ctx.outbox.enqueue({ kind: 'dm', contactId: memberId, text, context });
      else if (inGroup && maySpeak(room)) ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text, mentionIds: [memberId], context });
    },
    () => undefined,
  );
}

/** Who acts now, for a transition. */
function act(req: CommandRequest) {
  return { at: req.ctx.clock.now(), by: req.msg.senderId };
}

/** Stores a transition's new case (the second opinion retrains on its next use), or tells the asker why it does not apply; the new case, or null. */
async function applied(req: CommandRequest, id: string, t: Transition): Promise<CaseRecord | null> {
  if (!t.ok) {
    await req.reply(caseRefusalText(id, t.refusal, t.status));
    return null;
  }
  decisionsChanged(req.ctx.store);
  return await req.ctx.store.cases.update(id, t.case);
}

/** #警告: an admin's manual warning, a case of its own. */
export async function warn(req: CommandRequest): Promise<void> {
  const target = await commandTarget(req);
  if (target === 'asked') return;
  const reason = target?.args.join(' ').trim() ?? '';
  if (!target || !reason) return usage(req);
  const { ctx, room } = req;
  const settings = await settingsFor(ctx, room.roomId, room.topic);
  const now = ctx.clock.now();
  const prior = (await ctx.store.cases.byMember(room.roomId, target.member.memberId, now - settings.escalation.windowMs)).filter((c) => countsOnLadder(c, settings));
  const decision = decideEscalation({ categories: ['manual'], severity: 'medium', priorCaseTimes: prior.map((c) => c.at), now, botCanRemove: false, rules: settings.escalation });
  const record = openManualCase(
    { id: await ctx.store.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: target.member.memberId, memberName: target.member.nickname, at: now },
    { by: req.msg.senderId, reason, reachesRemoval: decision.action === 'request_removal' },
  );
  await ctx.store.cases.add(record);
  await req.audit('warn', record.id, reason);
  await ctx.store.flush();
  const context = { caseId: record.id, roomId: room.roomId, memberId: record.memberId };
  if (maySpeak(room)) ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text: `${record.memberName}，管理员提醒：${reason}（案件 ${record.id}）`, mentionIds: [record.memberId], context });
  await tellMember(req, record.memberId, `【群管家】管理员在“${room.topic}”对你发出警告：${reason}\n案件 ${record.id}，这是 ${formatDurationZh(settings.escalation.windowMs)} 内第 ${decision.count} 次。如有异议，回复“#申诉 ${record.id} 理由”。`, context);
  await req.reply(`已记录案件 ${record.id}（${record.memberName}，本期第 ${decision.count} 次${decision.action === 'request_removal' ? '，已达移出标准，请决定是否“#移出”' : ''}）。`);
}

/** #撤销: an admin overturns a case and the member is told. */
export async function pardon(req: CommandRequest): Promise<void> {
  const found = await caseArg(req);
  if (!found) return;
  const reason = req.args.slice(1).join(' ');
  const updated = await applied(req, found.id, overturnCase(found, act(req), reason));
  if (!updated) return;
  await req.audit('pardon', found.id, reason);
  await req.ctx.store.flush();
  // A report nobody confirmed was never told to the member: dismissing it tells them nothing either.
  if (found.kind === 'report' && !isConfirmed(found)) return req.reply(reportDismissedReplyText(found.id));
  const removed = caseRemovedMember(found) && (await req.ctx.store.members.get(req.room.roomId, found.memberId))?.left === true;
  const comeBack = removed ? `你此前因此被移出“${req.room.topic}”，管理员可以重新邀请你入群。` : '';
  await tellMember(req, updated.memberId, `【群管家】你在“${req.room.topic}”的案件 ${found.id} 已被管理员撤销，不再计入违规次数。${comeBack}${reason ? `说明：${reason}` : ''}`, { caseId: found.id });
  if (removed) await alertAdmins(req.ctx, req.room.roomId, req.room.topic, reinviteText(found.memberName, req.room.topic, found.id), { caseId: found.id, reinvite: true });
  await req.reply(`已撤销案件 ${found.id}，并已通知 ${found.memberName}。${removed ? `${found.memberName} 已被移出本群，如需恢复请重新邀请其入群。` : ''}`);
}

function caseLine(c: CaseRecord, timeZone: string): string {
  const what = c.kind === 'relevance' ? '入群审核' : c.kind === 'manual' ? '手动警告' : categoryLabels(c.categories);
  const done = c.kind === 'manual' ? '' : ` ${actionLabel(c.action)}`;
  return `${c.id} ${formatTimeZh(c.at, timeZone)} ${what}${done}（${caseStatusLabel(c.status)}）`;
}

/** #记录: a member's cases in this group. */
export async function record(req: CommandRequest): Promise<void> {
  const target = await commandTarget(req);
  if (target === 'asked') return;
  if (!target) return usage(req);
  // Company-wide: every group's cases of this person (every account's, on a shared store), each line naming its group.
  const cases = await req.ctx.store.cases.byMemberEverywhere(target.member.memberId);
  await req.reply(memberRecordText(target.member.nickname, cases, req.ctx.policy().compiled.timeZone));
}

/** #案件: one case and its history. */
export async function showCase(req: CommandRequest): Promise<void> {
  const found = await caseArg(req);
  if (!found) return;
  const tz = req.ctx.policy().compiled.timeZone;
  await req.reply([
    `案件 ${found.id}：${found.memberName}`,
    caseLine(found, tz),
    `摘要：${found.excerpt}`,
    ...caseHistoryLines(found, tz),
  ].join('\n'));
}

/** #移出: remove a member, by mention or by case; someone already gone is not "removed" again. */
export async function remove(req: CommandRequest): Promise<void> {
  const byCase = caseIdArg(req.args[0]) ? await caseArg(req) : null;
  if (caseIdArg(req.args[0]) && !byCase) return;
  const named = byCase ? null : (await commandTarget(req));
  if (named === 'asked') return;
  const target = byCase ? { memberId: byCase.memberId, name: byCase.memberName } : named ? { memberId: named.member.memberId, name: named.member.nickname } : null;
  if (!target) return usage(req);
  const { ctx, room } = req;
  const member = await ctx.store.members.get(room.roomId, target.memberId);
  if (!member || member.left) {
    const closed = await closeMemberCases(ctx, room.roomId, target.memberId, 'member_left', 'bot');
    await ctx.store.flush();
    return req.reply(alreadyGoneText(target.name, closed));
  }
  if (byCase && !(await applied(req, byCase.id, decideRemoval(byCase, act(req))))) return;
  await req.audit('remove', byCase?.id ?? target.memberId);
  await ctx.store.flush();
  if (!room.botCanRemove) {
    const ownerId = await ctx.platform.roomOwnerId(room.roomId).catch(() => null);
    const ownerName = ownerId ? (await ctx.store.members.get(room.roomId, ownerId))?.nickname ?? null : null;
    return req.reply(cannotRemoveText(target.name, ownerId === req.msg.senderId, ownerName, byCase?.id ?? null));
  }
  // The reason the member reads: the case named, else their latest case here that still stands.
  const latest = byCase ? null : (await ctx.store.cases.byMember(room.roomId, target.memberId)).filter((c) => c.status !== 'overturned').at(-1) ?? null;
  // The removal is the decision on that case too, so overturning it later knows the member was removed.
  if (latest && latest.status !== 'closed') {
    const t = decideRemoval(latest, act(req));
    if (t.ok) await ctx.store.cases.update(latest.id, t.case);
  }
  const reason = byCase ?? latest;
  await tellMember(req, target.memberId, removedMemberText(room.topic, reason), { roomId: room.roomId, caseId: reason?.id, removed: true });
  ctx.outbox.enqueue({ kind: 'remove', roomId: room.roomId, memberId: target.memberId, context: { roomId: room.roomId, caseId: byCase?.id, by: req.msg.senderId } });
  await req.reply(`已将 ${target.name} 移出本群。`);
}

/** #保留: keep the member of a pending case. */
export async function keep(req: CommandRequest): Promise<void> {
  const found = await caseArg(req);
  if (!found) return;
  if (!(await applied(req, found.id, decideKeep(found, act(req))))) return;
  await req.audit('keep', found.id);
  await req.ctx.store.flush();
  await req.reply(`已保留 ${found.memberName}，案件 ${found.id} 结案。`);
}

/** #申诉: a member appeals their own case; the admins are asked. */
export async function appeal(req: CommandRequest): Promise<void> {
  const found = await caseArg(req);
  if (!found) return;
  const reason = req.args.slice(1).join(' ').trim();
  if (!reason) return usage(req);
  if (!(await applied(req, found.id, appealCase(found, act(req), reason)))) return;
  await req.audit('appeal', found.id, reason);
  await req.ctx.store.flush();
  const text = [`【群管家·申诉】${found.id} ${req.room.topic}`, `成员：${found.memberName}`, `原因：${categoryLabels(found.categories)}`, `申诉理由：${reason}`, `请回复“#撤销 ${found.id} 理由”或“#驳回 ${found.id} 理由”。`].join('\n');
  await alertAdmins(req.ctx, req.room.roomId, req.room.topic, text, { caseId: found.id, appeal: true });
  await req.reply(`已收到你对案件 ${found.id} 的申诉，管理员会尽快复核。`);
}

/** #驳回: an admin rejects a pending appeal. */
export async function reject(req: CommandRequest): Promise<void> {
  const found = await caseArg(req);
  if (!found) return;
  const reason = req.args.slice(1).join(' ');
  if (!(await applied(req, found.id, rejectAppeal(found, act(req), reason)))) return;
  await req.audit('reject', found.id, reason);
  await req.ctx.store.flush();
  await tellMember(req, found.memberId, `【群管家】你对案件 ${found.id} 的申诉未被采纳。${reason ? `说明：${reason}` : ''}`, { caseId: found.id });
  await req.reply(`已驳回案件 ${found.id} 的申诉，并已通知 ${found.memberName}。`);
}

/** #确认: an admin upholds a case; one held back for review now counts and the member is told. */
export async function confirm(req: CommandRequest): Promise<void> {
  const found = await caseArg(req);
  if (!found) return;
  const updated = await applied(req, found.id, confirmCase(found, act(req)));
  if (!updated) return;
  await req.audit('confirm', found.id);
  await req.ctx.store.flush();
  if (found.kind === 'report') return warnReported(req, updated);
  const wasReview = found.action === 'review' && found.status === 'pending_decision';
  if (wasReview) await tellMember(req, found.memberId, reviewConfirmedMemberText({ caseId: found.id, roomTopic: req.room.topic, categories: found.categories }), { caseId: found.id });
  await req.reply(wasReview ? `已确认案件 ${found.id} 属实，计入违规次数，并已通知 ${found.memberName}。` : `已确认案件 ${found.id} 属实。`);
}

/** A confirmed report: the member is warned privately like a violation, on the ladder, never told who reported. */
async function warnReported(req: CommandRequest, c: CaseRecord): Promise<void> {
  const { ctx, room } = req;
  const settings = await settingsFor(ctx, room.roomId, room.topic);
  const now = ctx.clock.now();
  const prior = (await ctx.store.cases.byMember(room.roomId, c.memberId, now - settings.escalation.windowMs)).filter((p) => p.id !== c.id && countsOnLadder(p, settings));
  // Removal stays the admins' decision (#移出), as for a manual warning.
  const decision = decideEscalation({ categories: c.categories, severity: c.severity, priorCaseTimes: prior.map((p) => p.at), now, botCanRemove: false, rules: settings.escalation });
  await tellMember(req, c.memberId, reportConfirmedMemberText({ caseId: c.id, roomTopic: room.topic, decision, windowMs: settings.escalation.windowMs }), { caseId: c.id, reportConfirmed: true });
  await req.reply(reportConfirmedReplyText(c.id, c.memberName, decision));
}

/** #豁免 / #取消豁免: the bot stops (or resumes) acting on a member automatically. */
export async function exempt(req: CommandRequest, on: boolean): Promise<void> {
  const target = await commandTarget(req);
  if (target === 'asked') return;
  if (!target) return usage(req);
  await req.ctx.store.members.update(req.room.roomId, target.member.memberId, { exempt: on });
  await req.audit(on ? 'exempt' : 'unexempt', target.member.memberId);
  await req.ctx.store.flush();
  await req.reply(on ? `已豁免 ${target.member.nickname}：不再对其自动处理（仍可手动警告）。` : `已取消 ${target.member.nickname} 的豁免。`);
}
