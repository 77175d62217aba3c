import type { GroupSettings } from '../core/policy/group-settings.js';
import type { BotContext } from './bot-context.js';

/** Where the `groups[]` entry a room was found under is remembered, by room id, so a rename does not change its policy. */
const boundKey = (roomId: string): string => `groupPolicy:${roomId}`;

/** The `groups[].topic` this room is bound to: by `room_id` in the policy, else the binding remembered, else its topic's own entry; null for the default policy. */
export function boundGroupTopic(ctx: BotContext, roomId: string, topic: string): string | null {
  const { policy } = ctx.policy().loaded;
  const byId = policy.groups.find((g) => g.room_id === roomId);
  if (byId) return byId.topic;
  const bound = ctx.store.state.get(boundKey(roomId));
  if (typeof bound === 'string' && policy.groups.some((g) => g.topic === bound)) return bound;
  return ctx.policy().settings(topic).matchedTopic;
}

/** The settings of a group, bound by room id once found (see boundGroupTopic). */
export function settingsFor(ctx: BotContext, roomId: string, topic: string): GroupSettings {
  const bound = boundGroupTopic(ctx, roomId, topic);
  return ctx.policy().settings(bound ?? topic);
}

/** Binds a room to a `groups[]` entry (or to none), so the next rename keeps it. */
export function bindGroupTopic(ctx: BotContext, roomId: string, groupTopic: string | null): void {
  if (groupTopic === null) ctx.store.state.delete(boundKey(roomId));
  else ctx.store.state.set(boundKey(roomId), groupTopic);
}
