/**
 * The stored record of a group (created on first sight with whether the bot can remove members) and the one rule for
 * whether the bot may speak there: it is a member and moderation is not paused.
 */
import type { RoomRecord } from '../core/records.js';
import type { BotContext } from './bot-context.js';

/** The stored record of a group, created on first sight. */
export async function ensureRoom(ctx: Pick<BotContext, 'store' | 'platform'>, roomId: string, topicHint?: string): Promise<RoomRecord> {
  const known = await ctx.store.rooms.get(roomId);
  if (known) {
    if (topicHint && topicHint !== known.topic) return ctx.store.rooms.update(roomId, { topic: topicHint });
    return known;
  }
  const topic = topicHint ?? (await ctx.platform.roomTopic(roomId).catch(() => roomId));
  const owner = await ctx.platform.roomOwnerId(roomId).catch(() => null);
  const record: RoomRecord = {
    roomId,
    topic,
    paused: false,
    botIsMember: true,
    botCanRemove: owner === ctx.platform.selfId(),
    greetedAt: null,
  };
  await ctx.store.rooms.upsert(record);
  return record;
}

/** Whether the bot may speak in this group: it is a member and moderation is not paused. */
export function maySpeak(room: RoomRecord): boolean {
  return room.botIsMember && !room.paused;
}
