/**
 * Which `groups[]` entry of the policy applies to a room: bound by room id once found, so renaming a group never moves
 * it to another group's rules (or silently to the defaults).
 */
import { z } from 'zod';
import type { GroupSettings } from '../core/policy/group-settings.js';
import { stateFamily } from '../store/index.js';
import type { BotContext } from './bot-context.js';

/** Where the `groups[]` entry a room was found under is remembered, by room id, so a rename does not change its policy. */
const BOUND_TOPIC = stateFamily('groupPolicy:', z.string());

/** The `groups[].topic` this room is bound to: by `room_id` in the policy, else the binding remembered, else its topic's own entry; null for the default policy. */
export async function boundGroupTopic(ctx: Pick<BotContext, 'store' | 'policy'>, roomId: string, topic: string): Promise<string | null> {
  const { groups } = ctx.policy().compiled;
  const byId = groups.topicByRoomId.get(roomId);
  if (byId !== undefined) return byId;
  const bound = await ctx.store.state.read(BOUND_TOPIC.entry(roomId));
  if (bound !== undefined && groups.topics.has(bound)) return bound;
  return ctx.policy().settings(topic).matchedTopic;
}

/** The settings of a group, bound by room id once found (see boundGroupTopic). */
export async function settingsFor(ctx: Pick<BotContext, 'store' | 'policy'>, roomId: string, topic: string): Promise<GroupSettings> {
  const bound = await boundGroupTopic(ctx, roomId, topic);
  return ctx.policy().settings(bound ?? topic);
}

/** Binds a room to a `groups[]` entry (or to none), so the next rename keeps it. */
export async function bindGroupTopic(ctx: Pick<BotContext, 'store'>, roomId: string, groupTopic: string | null): Promise<void> {
  if (groupTopic === null) await ctx.store.state.remove(BOUND_TOPIC.entry(roomId));
  else await ctx.store.state.write(BOUND_TOPIC.entry(roomId), groupTopic);
}
