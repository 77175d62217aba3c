/** What the bot does once it is logged in: archive, meet its groups, then install the schedules. */
import type { Scheduler } from '../../schedule/scheduler.js';
import { auditRoom } from '../audit-room.js';
import type { BotContext } from '../bot-context.js';
import { handleBotAdded } from '../bot-membership.js';
import { ensureRoom } from '../room-state.js';
import { reviewLeavers } from '../review-leavers.js';
import { archiveOld } from './archive-old.js';
import { installSchedules, type ScheduleName } from './schedule-list.js';

/**
 * Start-up: archive old cases, meet groups not seen before (as if just added),
 * audit the known ones, then install the named schedules.
 */
export async function startUp(ctx: BotContext, scheduler: Scheduler, schedules?: readonly ScheduleName[]): Promise<void> {
  const archived = await archiveOld(ctx);
  ctx.log.info({ ...archived }, 'store archived');
  for (const roomId of await ctx.platform.roomIds()) {
    if (!ctx.store.rooms.get(roomId)?.greetedAt) await handleBotAdded(ctx, roomId, null);
    else {
      await ensureRoom(ctx, roomId);
      await auditRoom(ctx, roomId);
    }
  }
  // The baseline of who is on the roster, so a later roster without them is noticed.
  await reviewLeavers(ctx);
  await installSchedules(ctx, scheduler, schedules);
}
