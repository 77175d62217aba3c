/**
 * #举报 @成员 理由: any member reports another to the admins. The reporter is answered
 * privately, the admins get the case number, both names and the redacted reason; nothing is
 * said in the group and the reported member is not told (until an admin's #确认, as a warning).
 */
import { z } from 'zod';
import { addReport, openReportCase, type CaseRecord } from '../../core/cases/index.js';
import { USAGE } from '../../core/commands/command-names.js';
import { REPORT_WINDOW_MS, REPORTS_PER_WINDOW, reportAlertText, reportReceivedText, reportRefusalText, type ReportRefusal } from '../../core/wording/report-texts.js';
import { stateFamily } from '../../store/state-entry.js';
import { adminRecipients, isAdmin, queueAdminAlert } from '../admins.js';
import { inUnit } from '../unit-of-work.js';
import type { CommandRequest } from './command-request.js';
import { commandTarget } from './command-target.js';

/** When each member last reported (epoch ms, the last hour's), for the limit of REPORTS_PER_WINDOW an hour. */
export const REPORT_TIMES = stateFamily<number[]>('report.times.', z.array(z.number()));

/** A report is added to the reported member's case from a message within this long. */
export const REPORT_JOINS_CASE_WITHIN_MS = 10 * 60_000;

/** Whether the reporter can be answered privately (always, when they wrote privately). */
async function reporterReachable(req: CommandRequest): Promise<boolean> {
  return req.msg.roomId === '' || (await req.ctx.platform.canMessage(req.msg.senderId).catch(() => false));
}

/** Queues the answer to the reporter: privately, never in the group unless the bot may not write to them (then one @-line). */
function queueReporterAnswer(req: CommandRequest, canDm: boolean, text: string): void {
  const { ctx, msg } = req;
  const context = { roomId: req.room.roomId, reply: true };
  if (canDm) ctx.outbox.enqueue({ kind: 'dm', contactId: msg.senderId, text, context });
  else ctx.outbox.enqueue({ kind: 'room_say', roomId: msg.roomId, text, mentionIds: [msg.senderId], context });
}

async function tellReporter(req: CommandRequest, text: string): Promise<void> {
  queueReporterAnswer(req, await reporterReachable(req), text);
}

/** Why this report is refused, or null. */
async function refusal(req: CommandRequest, memberId: string, left: boolean): Promise<ReportRefusal | null> {
  const { ctx, room, msg } = req;
  if (memberId === ctx.platform.selfId()) return 'bot';
  if (memberId === msg.senderId) return 'self';
  if (await isAdmin(ctx, room.roomId, room.topic, memberId)) return 'admin';
  return left ? 'gone' : null;
}

/** The reported member's case from a message within the last minutes, still standing: the report joins it. */
async function recentCase(req: CommandRequest, memberId: string, now: number): Promise<CaseRecord | undefined> {
  const cases = await req.ctx.store.cases.byMember(req.room.roomId, memberId, now - REPORT_JOINS_CASE_WITHIN_MS);
  return cases.filter((c) => c.messageId !== null && c.status !== 'overturned' && c.status !== 'closed').at(-1);
}

/** #举报: see the file's comment. */
export async function report(req: CommandRequest): Promise<void> {
  const { ctx, room, msg } = req;
  const target = await commandTarget(req);
  if (target === 'asked') return;
  if (!target) {
    const onlyBot = msg.mentionIds.length > 0 && msg.mentionIds.every((id) => id === ctx.platform.selfId());
    return tellReporter(req, onlyBot ? reportRefusalText('bot') : `用法：${USAGE.report}`);
  }
  const reason = target.args.join(' ').trim();
  if (!reason) return tellReporter(req, `请写上举报理由。用法：${USAGE.report}`);
  const refused = await refusal(req, target.member.memberId, target.member.left);
  if (refused) return tellReporter(req, reportRefusalText(refused));
  const now = ctx.clock.now();
  const timesEntry = REPORT_TIMES.entry(msg.senderId);
  const recent = ((await ctx.store.state.read(timesEntry)) ?? []).filter((t) => t > now - REPORT_WINDOW_MS);
  if (recent.length >= REPORTS_PER_WINDOW) {
    ctx.log.info({ roomId: room.roomId, memberId: msg.senderId, reports: recent.length }, 'report refused: limit per hour reached');
    return tellReporter(req, reportRefusalText('rate'));
  }
  const reporterName = (await ctx.store.members.get(room.roomId, msg.senderId))?.nickname ?? msg.senderAlias ?? msg.senderName;
  const existing = await recentCase(req, target.member.memberId, now);
  const recipients = await adminRecipients(ctx, room.roomId, room.topic);
  const canDm = await reporterReachable(req);
  const caseId = await inUnit(ctx.store, async (tx) => {
    await tx.state.write(timesEntry, [...recent, now]);
    let record: CaseRecord;
    if (existing) {
      const t = addReport(existing, { at: now, by: msg.senderId }, reason);
      record = t.ok ? await tx.cases.update(existing.id, t.case) : existing;
    } else {
      record = openReportCase(
        { id: await tx.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: target.member.memberId, memberName: target.member.nickname, at: now },
        { reporterId: msg.senderId, reason, messageId: null, excerpt: `（成员举报）${[...reason].slice(0, 50).join('')}` },
      );
      await tx.cases.add(record);
    }
    const context = { caseId: record.id, roomId: room.roomId, memberId: record.memberId, report: true };
    queueAdminAlert(ctx, recipients, reportAlertText({ caseId: record.id, roomTopic: room.topic, memberName: target.member.nickname, reporterName, reason, addedTo: existing ? existing.categories : null }), context);
    queueReporterAnswer(req, canDm, reportReceivedText(record.id, target.member.nickname, existing !== undefined));
    return record.id;
  });
  ctx.log.info({ caseId, roomId: room.roomId, memberId: target.member.memberId, reporterId: msg.senderId, addedToCase: existing !== undefined }, 'member report recorded');
}
