/** Recurring work over every group the bot is in, where one group's failure never stops the others. */
import type { RoomRecord } from '../core/records.js';
import type { BotContext } from './bot-context.js';
import { RoomGoneError } from './platform.js';

/**
 * Runs `work` for each group the bot is recorded as a member of. A group the
 * platform no longer knows is marked left (the bot stops working there; its
 * records stay); any other failure is logged and the next group goes on.
 */
export async function forEachRoom(ctx: Pick<BotContext, 'store' | 'log'>, job: string, work: (room: RoomRecord) => Promise<void>): Promise<void> {
  for (const room of await ctx.store.rooms.list()) {
    if (!room.botIsMember) continue;
    try {
      await work(room);
    } catch (err) {
      if (err instanceof RoomGoneError) {
        await ctx.store.rooms.update(room.roomId, { botIsMember: false });
        ctx.log.warn({ roomId: room.roomId, job }, 'group no longer exists; marked as left');
        await ctx.store.flush().catch((flushErr: unknown) => ctx.log.error({ err: flushErr }, 'store flush failed'));
      } else {
        ctx.log.error({ roomId: room.roomId, job, err }, 'work on one group failed; the other groups go on');
      }
    }
  }
}
