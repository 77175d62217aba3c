/**
 * #举报 @成员 理由 (or `#举报 理由` quoting the member's message): any member reports another to the admins. The reporter is answered
 * privately, the admins get the case number, both names and the redacted reason; nothing is
 * said in the group and the reported member is not told (until an admin's #确认, as a warning).
 */
import { z } from 'zod';
import { addReport, openReportCase, type CaseRecord } from '../../core/cases/index.js';
import { USAGE } from '../../core/commands/command-names.js';
import type { MemberRecord } from '../../core/records.js';
import type { QuotedMessage } from '../../core/types.js';
import { QUOTED_REASON_MISSING, REPORT_WINDOW_MS, REPORTS_PER_WINDOW, reportAlertText, reportReceivedText, reportRefusalText, type ReportRefusal } from '../../core/wording/report-texts.js';
import { stateFamily } from '../../store/state-entry.js';
import { adminRecipients, isAdmin, queueAdminAlert } from '../admins.js';
import { inUnit } from '../unit-of-work.js';
import type { CommandRequest } from './command-request.js';
import { commandTarget } from './command-target.js';
import { quotedReport } from './report-quoted.js';

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
  const { ctx, msg } = req;
  const mentioned = msg.mentionIds.some((id) => id !== ctx.platform.selfId());
  // A quote reply names the member by the message it quotes, unless the reporter @-mentions someone.
  if (msg.quote && !mentioned) return reportQuoted(req, msg.quote);
  const target = await commandTarget(req);
  if (target === 'asked') return;
  if (!target) {
    const onlyBot = msg.mentionIds.length > 0 && msg.mentionIds.every((id) => id === ctx.platform.selfId());
    return tellReporter(req, onlyBot ? reportRefusalText('bot') : `用法：${USAGE.report}`);
  }
  const reason = target.args.join(' ').trim();
  if (!reason) return tellReporter(req, `请写上举报理由。用法：${USAGE.report}`);
  const now = ctx.clock.now();
  const existing = await recentCase(req, target.member.memberId, now);
  await fileReport(req, target.member, reason, { existing, excerpt: `（成员举报）${[...reason].slice(0, 50).join('')}` });
}

/** #举报 as a quote reply: the quoted message's sender, and its case when it was one. */
async function reportQuoted(req: CommandRequest, quote: QuotedMessage): Promise<void> {
  const reason = req.args.join(' ').trim();
  if (!reason) return tellReporter(req, QUOTED_REASON_MISSING);
  const found = await quotedReport(req, quote, req.ctx.clock.now());
  if (found.kind === 'asked') return;
  if (found.kind === 'answer') return tellReporter(req, found.text);
  await fileReport(req, found.member, reason, found);
}

/** What a report joins or opens: the existing case, else a new report case with this excerpt. */
interface ReportSubject {
  existing: CaseRecord | undefined;
  excerpt: string;
  /** The quoted message's redacted excerpt, for the admins, when reported by quoting it. */
  quoted?: string;
}

/** Refused, limited, or recorded: joined to the existing case or a new report case; the admins alerted, the reporter answered privately. */
async function fileReport(req: CommandRequest, member: MemberRecord, reason: string, subject: ReportSubject): Promise<void> {
  const { ctx, room, msg } = req;
  const refused = await refusal(req, member.memberId, member.left);
  if (refused) return tellReporter(req, reportRefusalText(refused));
  const now = ctx.clock.now();
  const timesEntry = REPORT_TIMES.entry(msg.senderId);
  const recent = ((await ctx.store.state.read(timesEntry)) ?? []).filter((t) => t > now - REPORT_WINDOW_MS);
  if (recent.length >= REPORTS_PER_WINDOW) {
    ctx.log.info({ roomId: room.roomId, memberId: msg.senderId, reports: recent.length }, 'report refused: limit per hour reached');
    return tellReporter(req, reportRefusalText('rate'));
  }
  const reporterName = (await ctx.store.members.get(room.roomId, msg.senderId))?.nickname ?? msg.senderAlias ?? msg.senderName;
  const { existing } = subject;
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
        { id: await tx.cases.nextCaseId(), roomId: room.roomId, roomTopic: room.topic, memberId: member.memberId, memberName: member.nickname, at: now },
        { reporterId: msg.senderId, reason, messageId: null, excerpt: subject.excerpt },
      );
      await tx.cases.add(record);
    }
    const context = { caseId: record.id, roomId: room.roomId, memberId: record.memberId, report: true };
    const facts = { caseId: record.id, roomTopic: room.topic, memberName: member.nickname, reporterName, reason, addedTo: existing ? existing.categories : null };
    queueAdminAlert(ctx, recipients, reportAlertText(subject.quoted !== undefined ? { ...facts, quoted: subject.quoted } : facts), context);
    queueReporterAnswer(req, canDm, reportReceivedText(record.id, member.nickname, existing !== undefined));
    return record.id;
  });
  ctx.log.info({ caseId, roomId: room.roomId, memberId: member.memberId, reporterId: msg.senderId, addedToCase: existing !== undefined, byQuote: subject.quoted !== undefined }, 'member report recorded');
}
