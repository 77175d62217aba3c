/**
 * The words a quote reply's sender is answerable for: the reply, not what they quoted —
 * quoting a violation to complain about it must not make the replier an offender, and
 * the quoted part is no new case against anyone. A quote of a name nobody in the group
 * bears (nor the bot) is no real quote: all of it is the sender's own words.
 */
import type { CoreMessage } from '../core/types.js';
import type { BotContext } from './bot-context.js';
import { namedAs } from './members.js';
import { displayNickname } from './platform.js';

/** True when `name` is the bot's own in this group (its group nickname or WeChat name). */
export async function isBotName(ctx: BotContext, roomId: string, name: string): Promise<boolean> {
  const self = await ctx.platform.roomMember(roomId, ctx.platform.selfId()).catch(() => null);
  return self !== null && (self.name === name || displayNickname(self) === name);
}

/** The message to screen: as it is (its text the reply) for a real quote, the whole text for a made-up one. */
export async function ownWords(ctx: BotContext, msg: CoreMessage): Promise<CoreMessage> {
  if (!msg.quote) return msg;
  const members = await ctx.store.members.listByRoom(msg.roomId, { includeLeft: true });
  if (namedAs(members, msg.quote.name).length > 0 || (await isBotName(ctx, msg.roomId, msg.quote.name))) return msg;
  ctx.log.debug({ roomId: msg.roomId, messageId: msg.id }, 'quote of nobody in the group: screened whole');
  return { ...msg, text: msg.quote.whole };
}
