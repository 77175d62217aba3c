/** What the bot does once it is logged in: archive, meet its groups, then install the schedules. */
import type { Scheduler } from '../../schedule/scheduler.js';
import { auditRoom } from '../audit-room.js';
import type { BotContext } from '../bot-context.js';
import { handleBotAdded } from '../bot-membership.js';
import { ensureRoom } from '../room-state.js';
import { reviewLeavers } from '../review-leavers.js';
import { archiveOld } from './archive-old.js';
import { installSchedules, type ScheduleName } from './schedule-list.js';
import { claimSchedule } from './schedule-lease.js';
import { speaksIn } from '../speaker.js';

/** How often the start-up work (archive, meeting the groups) is tried again after it failed. */
export const START_UP_RETRY_MS = 5 * 60_000;

/** Archives old cases and meets every group; true when all of it worked (each group is tried, whatever the others do). */
async function meetGroups(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy' | 'speaker'>): Promise<boolean> {
  let ok = true;
  try {
    const archived = await archiveOld(ctx);
    ctx.log.info({ ...archived }, 'store archived');
  } catch (err) {
    ok = false;
    ctx.log.error({ err }, 'start-up archive failed; will try again');
  }
  let roomIds: string[] = [];
  try {
    roomIds = await ctx.platform.roomIds();
  } catch (err) {
    ctx.log.error({ err }, 'start-up could not list the groups; will try again');
    return false;
  }
  for (const roomId of roomIds) {
    try {
      // A group another account speaks in is met by that account.
      if (!(await speaksIn(ctx, roomId))) continue;
      if (!(await ctx.store.rooms.get(roomId))?.greetedAt) await handleBotAdded(ctx, roomId, null);
      else {
        await ensureRoom(ctx, roomId);
        await auditRoom(ctx, roomId);
      }
    } catch (err) {
      ok = false;
      ctx.log.error({ roomId, err }, 'start-up audit of a group failed; will try again');
    }
  }
  return ok;
}

/**
 * Start-up: archive old cases, meet groups not seen before (as if just added),
 * audit the known ones, then install the named schedules. The schedules are
 * installed whatever failed before them (a full disk at start-up must not stop
 * reminders and digests for good); failed start-up work is retried until it works.
 */
export async function startUp(ctx: BotContext, scheduler: Scheduler, schedules?: readonly ScheduleName[]): Promise<void> {
  let done = await meetGroups(ctx);
  // The baseline of who is on the roster, so a later roster without them is noticed.
  // Company-wide, like the daily audit it belongs to: once, by the process that runs that schedule.
  const ours = !ctx.speaker || (await claimSchedule(ctx, 'daily-audit').catch((err: unknown) => (ctx.log.error({ err }, 'start-up could not claim the leavers review'), false)));
  if (ours) {
    await reviewLeavers(ctx).catch((err: unknown) => ctx.log.error({ err }, 'start-up review of leavers failed'));
  }
  await installSchedules(ctx, scheduler, schedules);
  if (done) return;
  scheduler.every('start-up-retry', START_UP_RETRY_MS, async () => {
    if (done) return;
    done = await meetGroups(ctx);
    if (done) ctx.log.info({}, 'start-up work done on retry');
  });
}
