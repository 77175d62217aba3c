import type { Scheduler } from '../schedule/scheduler.js';
import { auditRoom } from './audit-room.js';
import type { BotContext } from './bot-context.js';
import { handleBotAdded } from './bot-membership.js';
import { sweepNicknames } from './nickname-sweep.js';
import { ensureRoom } from './room-state.js';

/** How often wrong nicknames are re-checked (reminders go out per `remind_every`). */
export const NICKNAME_SWEEP_MS = 15 * 60_000;
/** The daily member audit and archive run, before work starts so its summary does not wake anyone. */
export const DAILY_AUDIT_CRON = '30 8 * * *';

/**
 * Start-up: archive old cases, meet groups not seen before (as if just added),
 * audit the known ones, then schedule the reminder sweep and the daily audit.
 */
export async function startRoutines(ctx: BotContext, scheduler: Scheduler, extra?: (ctx: BotContext, scheduler: Scheduler) => Promise<void> | void): Promise<void> {
  const archiveOld = () => ctx.store.archive(ctx.clock.now(), { retentionMs: ctx.policy().compiled.retentionMs });
  const archived = await archiveOld();
  ctx.log.info({ ...archived }, 'store archived');
  for (const roomId of await ctx.platform.roomIds()) {
    if (!ctx.store.rooms.get(roomId)?.greetedAt) await handleBotAdded(ctx, roomId, null);
    else {
      await ensureRoom(ctx, roomId);
      await auditRoom(ctx, roomId);
    }
  }
  const tz = ctx.policy().compiled.timeZone;
  scheduler.every('nickname-sweep', NICKNAME_SWEEP_MS, () => sweepNicknames(ctx));
  scheduler.cron('daily-audit', DAILY_AUDIT_CRON, tz, async () => {
    await archiveOld();
    for (const room of ctx.store.rooms.list()) if (room.botIsMember) await auditRoom(ctx, room.roomId);
  });
  await extra?.(ctx, scheduler);
}
