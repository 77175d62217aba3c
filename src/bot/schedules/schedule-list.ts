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
import { claimSchedule, leasedScheduler, SCHEDULE_RENEW_MS } from './schedule-lease.js';
import { ownGroups } from './group-scope.js';

/** How often wrong nicknames are re-checked (reminders go out per `remind_every`). */
export const NICKNAME_SWEEP_MS = 15 * 60_000;
/** The daily member audit and archive run, before work starts so its summary does not wake anyone. */
export const DAILY_AUDIT_CRON = '30 8 * * *';
/** How often soft mutes that ran out are ended and told (as often as the nickname sweep); a message from the member notices the end at once. */
export const MUTE_EXPIRY_SWEEP_MS = 15 * 60_000;

/**
 * Schedules whose work is the company's, not a group's: with several accounts each runs in
 * the one process holding its lease. The others (nickname sweep, daily audit) run in every
 * process, each for the groups it speaks in (see group-scope.ts).
 */
const COMPANY_WIDE: ReadonlySet<ScheduleName> = new Set<ScheduleName>(['reminders', 'digests', 'mute-expiry']);

/** The names of the bot's schedules. */
export const SCHEDULE_NAMES = ['nickname-sweep', 'daily-audit', 'reminders', 'digests', 'mute-expiry'] as const;

/** One named schedule. */
export type ScheduleName = (typeof SCHEDULE_NAMES)[number];

/** How each schedule is installed; one that catches up at start-up awaits that work. */
const INSTALL: Record<ScheduleName, (ctx: BotContext, scheduler: Scheduler) => Promise<void> | void> = {
  'nickname-sweep': (ctx, scheduler) => scheduler.every('nickname-sweep', NICKNAME_SWEEP_MS, () => sweepNicknames(ctx)),
  'daily-audit': (ctx, scheduler) =>
    scheduler.cron('daily-audit', DAILY_AUDIT_CRON, ctx.policy().compiled.timeZone, async () => {
      // The company-wide part once, by whichever process claims it; each group by its speaker.
      if (!ctx.speaker || (await claimSchedule(ctx, 'daily-audit'))) {
        await archiveOld(ctx);
        // Leavers first: the audit then does not report them a second time as unknown people.
        await reviewLeavers(ctx);
      }
      const mine = await ownGroups(ctx);
      await forEachRoom(ctx, 'daily-audit', async (room) => {
        if (await mine(room.roomId)) await auditRoom(ctx, room.roomId);
      });
    }),
  reminders: reminderRoutine,
  digests: digestRoutine,
  'mute-expiry': async (ctx, scheduler) => {
    await endExpiredMutes(ctx); // what ran out while the bot was down is told at start-up
    scheduler.every('mute-expiry', MUTE_EXPIRY_SWEEP_MS, () => endExpiredMutes(ctx));
  },
};

/**
 * Installs the named schedules (all by default), in list order; one whose install fails does
 * not stop the others. With several accounts (a context with a speaker) a company-wide
 * schedule is installed only by the process holding its lease, and its jobs run only while
 * it does; the others claim again every minute and install it when they win (the holder
 * went away). Group-bound schedules are installed everywhere and filter their groups.
 */
export async function installSchedules(ctx: BotContext, scheduler: Scheduler, names: readonly ScheduleName[] = SCHEDULE_NAMES): Promise<void> {
  const chosen = SCHEDULE_NAMES.filter((name) => names.includes(name));
  const install = async (name: ScheduleName): Promise<void> => {
    try {
      // A company-wide schedule's runs each claim its lease first; a group-bound one filters its groups itself.
      await INSTALL[name](ctx, ctx.speaker && COMPANY_WIDE.has(name) ? leasedScheduler(ctx, name, scheduler) : scheduler);
    } catch (err) {
      ctx.log.error({ schedule: name, err }, 'schedule install failed; the others go on');
    }
  };
  if (!ctx.speaker) {
    for (const name of chosen) await install(name);
    return;
  }
  const leased = chosen.filter((name) => COMPANY_WIDE.has(name));
  for (const name of chosen) if (!COMPANY_WIDE.has(name)) await install(name);
  const waiting = new Set<ScheduleName>();
  const claimAll = async (): Promise<void> => {
    for (const name of leased) {
      if (!(await claimSchedule(ctx, name))) continue;
      if (!waiting.delete(name)) continue;
      ctx.log.info({ schedule: name }, 'schedule taken over from another account');
      await install(name);
    }
  };
  for (const name of leased) {
    // A store that cannot answer now leaves the schedule waiting: the renewal below tries again every minute.
    const won = await claimSchedule(ctx, name).catch((err: unknown) => (ctx.log.error({ schedule: name, err }, 'schedule lease claim failed; will try again'), false));
    if (won) await install(name);
    else {
      waiting.add(name);
      ctx.log.info({ schedule: name }, 'another account runs this schedule; standing by');
    }
  }
  if (leased.length > 0) scheduler.every('schedule-leases', SCHEDULE_RENEW_MS, claimAll);
}
