/**
 * Group-bound scheduled work (nickname reminders, the audit of each group) with several
 * accounts: every process runs it, each for the groups it is in and speaks in, so every
 * group is swept once and no account reaches into a group it is not in (where the platform
 * would call the group gone and the shared record would be marked left).
 */
import type { BotContext } from '../bot-context.js';

/** Whether a group's scheduled work is this process's; one account (no speaker) owns every group. */
export type GroupFilter = (roomId: string) => Promise<boolean>;

/** The filter for one run: the groups the account is in now, and of those the ones it speaks in. */
export async function ownGroups(ctx: Pick<BotContext, 'platform' | 'speaker'>): Promise<GroupFilter> {
  const speaker = ctx.speaker;
  if (!speaker) return async () => true;
  const here = new Set(await ctx.platform.roomIds());
  return async (roomId) => here.has(roomId) && (await speaker.speaks(roomId));
}
