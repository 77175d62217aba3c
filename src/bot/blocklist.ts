/**
 * The company-wide blocklist in the bot: a member's removals for violations from the
 * company's other groups (every account's groups, on a shared store), read when they join
 * a group or are found in one by an audit.
 */
import { removalsElsewhere, type PriorRemoval } from '../core/membership/removed-elsewhere.js';
import type { BotContext } from './bot-context.js';

/** This member's removals for violations from groups other than `roomId`, newest first. */
export async function removalsOf(ctx: Pick<BotContext, 'store'>, memberId: string, roomId: string): Promise<PriorRemoval[]> {
  return removalsElsewhere(await ctx.store.cases.byMemberEverywhere(memberId), roomId);
}
