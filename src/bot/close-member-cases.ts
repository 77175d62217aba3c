/** A member who is gone leaves nothing to decide: their cases still waiting on the admins are closed. */
import { awaitsDecision, closeCase, type CloseReason } from '../core/cases/index.js';
import type { BotContext } from './bot-context.js';

/**
 * Closes the member's cases in the group that wait on a decision (a pending removal or
 * appeal), with the reason in their history; returns the closed case ids. Does not flush.
 */
export async function closeMemberCases(ctx: Pick<BotContext, 'store' | 'clock'>, roomId: string, memberId: string, reason: CloseReason, by: string): Promise<string[]> {
  const closed: string[] = [];
  for (const c of (await ctx.store.cases.byMember(roomId, memberId)).filter(awaitsDecision)) {
    const t = closeCase(c, { at: ctx.clock.now(), by }, reason);
    if (!t.ok) continue;
    await ctx.store.cases.update(c.id, t.case);
    closed.push(c.id);
  }
  return closed;
}
