import { settingsFor } from './group-policy.js';
import { alertsRoomId } from './alerts-room.js';
import type { BotContext } from './bot-context.js';
import type { JobContext } from './outbox/index.js';

/**
 * Who has admin rights in a group: the policy's contact ids (and the group's own
 * `groups[].admins`) plus the group owner. Never a display name.
 */
export async function adminIdsFor(ctx: BotContext, roomId: string, topic: string): Promise<string[]> {
  const ids = new Set(settingsFor(ctx, roomId, topic).admins);
  const owner = await ctx.platform.roomOwnerId(roomId).catch(() => null);
  if (owner && owner !== ctx.platform.selfId()) ids.add(owner);
  return [...ids];
}

/** True when the contact may run admin commands and decide cases in this group. */
export async function isAdmin(ctx: BotContext, roomId: string, topic: string, contactId: string): Promise<boolean> {
  return (await adminIdsFor(ctx, roomId, topic)).includes(contactId);
}

/** Every admin of the group privately, and the admins' room when the policy names one. */
export async function alertAdmins(ctx: BotContext, roomId: string, topic: string, text: string, context: JobContext): Promise<void> {
  for (const id of await adminIdsFor(ctx, roomId, topic)) ctx.outbox.enqueue({ kind: 'dm', contactId: id, text, context });
  const alertsRoom = await alertsRoomId(ctx);
  if (alertsRoom && alertsRoom !== roomId) ctx.outbox.enqueue({ kind: 'room_say', roomId: alertsRoom, text, mentionIds: [], context });
}
