/**
 * Finding the admins' room that receives alerts and digests. Once found by topic it is bound to its room id, so a group
 * someone else names the same way never receives what only admins may read (issue 9).
 */
import { z } from 'zod';
import { stateEntry } from '../store/index.js';
import type { BotContext } from './bot-context.js';

/** Where the admins' room found by topic is remembered (its policy topic and room id): bound to its id, so a look-alike group never takes its place. */
const ALERTS_BINDING = stateEntry('alertsRoomBinding', z.object({ topic: z.string(), roomId: z.string() }));

/**
 * The admins' room the policy names, or null. By id when the policy gives one. By topic,
 * the first time only a group with that topic that has a company-wide admin among its
 * members qualifies, and only when exactly one does; it is then bound to its id and kept
 * (renamed or not) while the bot is in it. A group someone else names like the admins'
 * room later never receives alerts or digests (issue 9, item 2).
 */
export async function alertsRoomId(ctx: Pick<BotContext, 'store' | 'log' | 'platform' | 'policy'>): Promise<string | null> {
  const wanted = ctx.policy().compiled.alertsRoom;
  if (!wanted) return null;
  const inRooms = new Set(await ctx.platform.roomIds().catch(() => [] as string[]));
  if (wanted.id !== null) {
    if (inRooms.has(wanted.id)) return wanted.id;
    ctx.log.warn({ alertsRoomId: wanted.id }, 'alerts room not found (the bot is not in it); admins are told privately only');
    return null;
  }
  const topic = wanted.topic as string;
  const bound = await ctx.store.state.read(ALERTS_BINDING);
  if (bound && bound.topic === topic && inRooms.has(bound.roomId)) return bound.roomId;
  const candidates = await roomsWithAdmin(ctx, [...inRooms], topic);
  if (candidates.length === 1) {
    const roomId = candidates[0] as string;
    await ctx.store.state.write(ALERTS_BINDING, { topic, roomId });
    ctx.log.info({ alertsTopic: topic, roomId }, 'alerts room bound to its id');
    return roomId;
  }
  ctx.log.warn(
    { alertsTopic: topic, candidates: candidates.length },
    candidates.length === 0
      ? 'alerts room not found (no group with that topic has a company-wide admin in it); admins are told privately only'
      : 'several groups with the alerts room topic have an admin in them; set alerts_room: { id: ... }; admins are told privately only',
  );
  return null;
}

/** Groups with this topic that have at least one of the policy's company-wide admins as a member. */
async function roomsWithAdmin(ctx: Pick<BotContext, 'platform' | 'policy'>, roomIds: string[], topic: string): Promise<string[]> {
  const admins = new Set(ctx.policy().compiled.admins);
  const found: string[] = [];
  for (const roomId of roomIds) {
    const roomTopic = await ctx.platform.roomTopic(roomId).catch(() => null);
    if (roomTopic?.trim() !== topic) continue;
    const members = await ctx.platform.roomMembers(roomId).catch(() => []);
    if (members.some((m) => admins.has(m.id))) found.push(roomId);
  }
  return found;
}
