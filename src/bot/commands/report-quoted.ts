/**
 * #举报 written as a quote reply: the quoted message's sender is the member reported,
 * found by their display name the way name-based commands find members; the quoted
 * message, when the bot recorded it as a case recently, is that case.
 */
import type { CaseRecord } from '../../core/cases/index.js';
import { findQuotedCase, quotedExcerpt, reportedMessageExcerpt } from '../../core/message-kinds/quoted-case.js';
import type { MemberRecord } from '../../core/records.js';
import type { QuotedMessage } from '../../core/types.js';
import { quotedSenderUnknownText, reportRefusalText } from '../../core/wording/report-texts.js';
import { weighForGroup } from '../outsiders.js';
import { isBotName } from '../quoted-words.js';
import type { CommandRequest } from './command-request.js';
import { memberNamed } from './command-target.js';

/** A quoted message is matched to the member's cases of the last three days. */
export const QUOTE_MATCHES_CASES_WITHIN_MS = 3 * 24 * 3_600_000;

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
  // The quoted text is screened as the group screens it, so its excerpt is redacted exactly as a case's was.
  const { findings } = await weighForGroup(req.ctx, req.room, req.ctx.policy().screener.screen(quote.text));
  const cases = await req.ctx.store.cases.byMember(req.room.roomId, member.memberId, now - QUOTE_MATCHES_CASES_WITHIN_MS);
  return { kind: 'found', member, existing: findQuotedCase(cases, quote.text, findings), excerpt: reportedMessageExcerpt(quote.text, findings), quoted: quotedExcerpt(quote.text, findings) };
}
