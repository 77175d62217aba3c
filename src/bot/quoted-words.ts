/**
 * The words a quote reply's sender is answerable for. Quoting a violation to complain about
 * it must not make the replier an offender, and the quoted part is no new case against
 * anyone — but only when those words were already caught: a quote is text the replier
 * typed (or their client pasted), and a made-up quote would otherwise carry anything past
 * the filter. So the quoted part is excused when it is clean, or when it is a case the bot
 * already opened for the member it names; otherwise the whole message is the replier's.
 */
import type { CaseRecord } from '../core/cases/index.js';
import { findQuotedCase } from '../core/message-kinds/quoted-case.js';
import type { MemberRecord, RoomRecord } from '../core/records.js';
import type { CoreMessage, Finding, QuotedMessage } from '../core/types.js';
import type { BotContext } from './bot-context.js';
import { namedAs } from './members.js';
import { weighForGroup } from './outsiders.js';
import { displayNickname } from './platform.js';

/** A quoted message is matched to the member's cases of the last three days. */
export const QUOTE_MATCHES_CASES_WITHIN_MS = 3 * 24 * 3_600_000;

/** True when `name` is the bot's own in this group (its group nickname or WeChat name). */
export async function isBotName(ctx: Pick<BotContext, 'platform'>, roomId: string, name: string): Promise<boolean> {
  const self = await ctx.platform.roomMember(roomId, ctx.platform.selfId()).catch(() => null);
  return self !== null && (self.name === name || displayNickname(self) === name);
}

/**
 * The quoted text screened and weighed as the group screens it (so its excerpt is redacted
 * exactly as a case's was), and the recent case of one of `members` it is, if any. A caller
 * that already screened the quoted text passes its findings as `screened`.
 */
export async function quotedCase(
  ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>,
  room: RoomRecord,
  members: readonly MemberRecord[],
  quote: QuotedMessage,
  now: number,
  screened: readonly Finding[] = ctx.policy().screener.screen(quote.text),
): Promise<{ findings: Finding[]; existing: CaseRecord | undefined }> {
  const { findings } = await weighForGroup(ctx, room, screened);
  for (const member of members) {
    const cases = await ctx.store.cases.byMember(room.roomId, member.memberId, now - QUOTE_MATCHES_CASES_WITHIN_MS);
    const existing = findQuotedCase(cases, quote.text, findings);
    if (existing) return { findings, existing };
  }
  return { findings, existing: undefined };
}

/** The message to screen: its reply only when the quoted part is excused (see above), else the whole text. */
export async function ownWords(ctx: Pick<BotContext, 'store' | 'clock' | 'log' | 'platform' | 'policy'>, room: RoomRecord, msg: CoreMessage): Promise<CoreMessage> {
  if (!msg.quote) return msg;
  const screened = ctx.policy().screener.screen(msg.quote.text);
  if (screened.length === 0) return msg;
  if (await isBotName(ctx, room.roomId, msg.quote.name)) return msg;
  const members = namedAs(await ctx.store.members.listByRoom(room.roomId, { includeLeft: true }), msg.quote.name);
  const { existing } = await quotedCase(ctx, room, members, msg.quote, ctx.clock.now(), screened);
  if (existing) return msg;
  ctx.log.debug({ roomId: room.roomId, messageId: msg.id }, 'quoted words that were never caught: screened as the sender’s own');
  return { ...msg, text: msg.quote.whole };
}
