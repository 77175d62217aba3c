/**
 * When the data file cannot be written (a full disk, a read-only volume), the
 * bot keeps moderating and tells the admins, at most once an hour, instead of
 * stopping silently.
 */
import { alertAdmins } from './admins.js';
import type { BotContext } from './bot-context.js';
import type { JobContext } from './outbox/index.js';

/** The admins hear about a failing disk again after this long, while it keeps failing. */
export const STORAGE_ALARM_EVERY_MS = 3_600_000;

/** What the admins read when cases cannot be written. */
export const STORAGE_FAILING_TEXT =
  '【群管家·存储故障】案件记录暂时无法写入磁盘（可能磁盘已满或不可写）。群管家仍在提醒和警告，但这期间的记录在重启后可能丢失。请尽快检查服务器的磁盘。';

const lastAlarm = new WeakMap<BotContext, number>();

/**
 * Flushes the store; on failure logs, alerts the group's admins (rate-limited)
 * and returns false instead of throwing, so the caller can still warn.
 */
export async function flushOrAlarm(ctx: BotContext, room: { roomId: string; topic: string }, context: JobContext): Promise<boolean> {
  try {
    await ctx.store.flush();
    return true;
  } catch (err) {
    ctx.log.error({ ...context, err }, 'store flush failed; moderation goes on, admins told');
    const now = ctx.clock.now();
    const last = lastAlarm.get(ctx);
    if (last === undefined || now - last >= STORAGE_ALARM_EVERY_MS) {
      lastAlarm.set(ctx, now);
      await alertAdmins(ctx, room.roomId, room.topic, STORAGE_FAILING_TEXT, { ...context, storageFailing: true }).catch((alertErr: unknown) =>
        ctx.log.error({ err: alertErr }, 'storage alarm could not be queued'),
      );
    }
    return false;
  }
}
