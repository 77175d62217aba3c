/**
 * When the data file cannot be written (a full disk, a read-only volume), the
 * bot keeps moderating and tells the admins, at most once an hour, instead of
 * stopping silently.
 */
import type { StorePorts } from '../store/index.js';
import { alertAdmins } from './admins.js';
import type { BotContext } from './bot-context.js';
import { inUnit } from './unit-of-work.js';
import type { JobContext } from './outbox/index.js';

/** The admins hear about a failing disk again after this long, while it keeps failing. */
export const STORAGE_ALARM_EVERY_MS = 3_600_000;

/** What the admins read when cases cannot be written. */
export const STORAGE_FAILING_TEXT =
  '【群管家·存储故障】案件记录暂时无法写入磁盘（可能磁盘已满或不可写）。群管家仍在提醒和警告，但这期间的记录在重启后可能丢失。请尽快检查服务器的磁盘。';

const lastAlarm = new WeakMap<object, number>();

/**
 * Flushes the store; on failure logs, alerts the group's admins (rate-limited)
 * and returns false instead of throwing, so the caller can still warn.
 */
export async function flushOrAlarm(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, room: { roomId: string; topic: string }, context: JobContext): Promise<boolean> {
  try {
    await ctx.store.flush();
    return true;
  } catch (err) {
    await storageAlarm(ctx, room, context, err);
    return false;
  }
}

/**
 * Runs `work` as one unit of the store (a case and the jobs it queues become durable
 * together); when only making it durable fails, alarms as flushOrAlarm does and returns
 * false instead of throwing. An error of `work` itself is rethrown.
 */
export async function atomicallyOrAlarm(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, room: { roomId: string; topic: string }, context: JobContext, work: (tx: StorePorts) => Promise<void>): Promise<boolean> {
  let applied = false;
  try {
    await inUnit(ctx.store, async (tx) => {
      await work(tx);
      applied = true;
    });
    return true;
  } catch (err) {
    if (!applied) throw err;
    await storageAlarm(ctx, room, context, err);
    return false;
  }
}

/** Logs a failed write and tells the group's admins, at most once per STORAGE_ALARM_EVERY_MS. */
async function storageAlarm(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, room: { roomId: string; topic: string }, context: JobContext, err: unknown): Promise<void> {
  ctx.log.error({ ...context, err }, 'store flush failed; moderation goes on, admins told');
  const now = ctx.clock.now();
  const last = lastAlarm.get(ctx);
  if (last === undefined || now - last >= STORAGE_ALARM_EVERY_MS) {
    lastAlarm.set(ctx, now);
    await alertAdmins(ctx, room.roomId, room.topic, STORAGE_FAILING_TEXT, { ...context, storageFailing: true }).catch((alertErr: unknown) =>
      ctx.log.error({ err: alertErr }, 'storage alarm could not be queued'),
    );
  }
}
