/**
 * #举报 written as a quote reply: the quoted message's sender is the member reported,
 * found by their display name the way name-based commands find members; the quoted
 * message, when the bot recorded it as a case recently, is that case.
 */
import type { CaseRecord } from '../../core/cases/index.js';
import { quotedExcerpt, reportedMessageExcerpt } from '../../core/message-kinds/quoted-case.js';
import type { MemberRecord } from '../../core/records.js';
import type { QuotedMessage } from '../../core/types.js';
import { quotedSenderUnknownText, reportRefusalText } from '../../core/wording/report-texts.js';
import { isBotName, quotedCase } from '../quoted-words.js';
import type { CommandRequest } from './command-request.js';
import { memberNamed } from './command-target.js';

/** What a quote report is about: the member, the case it joins (if any), and the quoted text as stored. */
export type QuotedReport =
  | { kind: 'found'; member: MemberRecord; existing: CaseRecord | undefined; excerpt: string; quoted: string }
  | { kind: 'answer'; text: string }
  | { kind: 'asked' };

/** The member a quote report is about and what it joins; an answer for the reporter when there is none. */
export async function quotedReport(req: CommandRequest, quote: QuotedMessage, now: number): Promise<QuotedReport> {
  if (await isBotName(req.ctx, req.room.roomId, quote.name)) return { kind: 'answer', text: reportRefusalText('bot') };
  const member = await memberNamed(req, quote.name);
  if (member === 'asked') return { kind: 'asked' };
  if (!member) return { kind: 'answer', text: quotedSenderUnknownText(quote.name) };
  const { findings, existing } = await quotedCase(req.ctx, req.room, [member], quote, now);
  return { kind: 'found', member, existing, excerpt: reportedMessageExcerpt(quote.text, findings), quoted: quotedExcerpt(quote.text, findings) };
}
