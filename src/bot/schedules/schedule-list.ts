/** Every piece of recurring work the bot does, by name: start-up installs them from this one list. */
import type { Scheduler } from '../../schedule/scheduler.js';
import { auditRoom } from '../audit-room.js';
import { reviewLeavers } from '../review-leavers.js';
import type { BotContext } from '../bot-context.js';
import { forEachRoom } from '../each-room.js';
import { digestRoutine } from '../digest/index.js';
import { sweepNicknames } from './nickname-sweep.js';
import { archiveOld } from './archive-old.js';
import { reminderRoutine } from './reminders.js';
import { endExpiredMutes } from '../mute/mute-state.js';

/** How often wrong nicknames are re-checked (reminders go out per `remind_every`). */
export const NICKNAME_SWEEP_MS = 15 * 60_000;
/** The daily member audit and archive run, before work starts so its summary does not wake anyone. */
export const DAILY_AUDIT_CRON = '30 8 * * *';
/** How often soft mutes that ran out are ended and told (as often as the nickname sweep); a message from the member notices the end at once. */
export const MUTE_EXPIRY_SWEEP_MS = 15 * 60_000;

/** The names of the bot's schedules. */
export const SCHEDULE_NAMES = ['nickname-sweep', 'daily-audit', 'reminders', 'digests', 'mute-expiry'] as const;

/** One named schedule. */
export type ScheduleName = (typeof SCHEDULE_NAMES)[number];

/** How each schedule is installed; one that catches up at start-up awaits that work. */
const INSTALL: Record<ScheduleName, (ctx: BotContext, scheduler: Scheduler) => Promise<void> | void> = {
  'nickname-sweep': (ctx, scheduler) => scheduler.every('nickname-sweep', NICKNAME_SWEEP_MS, () => sweepNicknames(ctx)),
  'daily-audit': (ctx, scheduler) =>
    scheduler.cron('daily-audit', DAILY_AUDIT_CRON, ctx.policy().compiled.timeZone, async () => {
      await archiveOld(ctx);
      // Leavers first: the audit then does not report them a second time as unknown people.
      await reviewLeavers(ctx);
      await forEachRoom(ctx, 'daily-audit', async (room) => {
        await auditRoom(ctx, room.roomId);
      });
    }),
  reminders: reminderRoutine,
  digests: digestRoutine,
  'mute-expiry': async (ctx, scheduler) => {
    await endExpiredMutes(ctx); // what ran out while the bot was down is told at start-up
    scheduler.every('mute-expiry', MUTE_EXPIRY_SWEEP_MS, () => endExpiredMutes(ctx));
  },
};

/** Installs the named schedules (all by default), in list order; one whose install fails does not stop the others. */
export async function installSchedules(ctx: BotContext, scheduler: Scheduler, names: readonly ScheduleName[] = SCHEDULE_NAMES): Promise<void> {
  for (const name of SCHEDULE_NAMES) {
    if (!names.includes(name)) continue;
    try {
      await INSTALL[name](ctx, scheduler);
    } catch (err) {
      ctx.log.error({ schedule: name, err }, 'schedule install failed; the others go on');
    }
  }
}
