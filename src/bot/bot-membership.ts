/**
 * What happens when the bot itself joins or leaves a group: on joining it checks whether it may remove members, greets
 * once, audits the members and tells the admins; on leaving it stops sending there, keeps the records and tells them.
 */
import { botHelloText, botJoinedText, botRemovedText, roomRenamedText } from '../core/wording/bot-texts.js';
import { adminIdsFor, alertAdmins } from './admins.js';
import { auditRoom } from './audit-room.js';
import type { BotContext } from './bot-context.js';
import { ensureRoom } from './room-state.js';
import { inUnit } from './unit-of-work.js';
import { bindGroupTopic, boundGroupTopic, settingsFor } from './group-policy.js';

/**
 * The bot itself was added to a group (or found one it has not seen): pick the
 * policy by topic, find out whether it may remove members, say hello once,
 * audit the members, and tell the admins who added it and what it found.
 */
export async function handleBotAdded(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, roomId: string, addedBy: string | null): Promise<void> {
  const record = await ensureRoom(ctx, roomId);
  const topic = await ctx.platform.roomTopic(roomId).catch(() => record.topic);
  const owner = await ctx.platform.roomOwnerId(roomId).catch(() => null);
  const canRemove = owner === ctx.platform.selfId();
  const firstTime = record.greetedAt === null;
  const settings = await settingsFor(ctx, roomId, topic);
  // The greeted mark and the hello it stands for become durable together: a crash between them would lose the hello for good.
  const room = await inUnit(ctx.store, async (tx) => {
    const updated = await tx.rooms.update(roomId, { topic, botIsMember: true, botCanRemove: canRemove, greetedAt: record.greetedAt ?? ctx.clock.now() });
    if (firstTime && !updated.paused) ctx.outbox.enqueue({ kind: 'room_say', roomId, text: botHelloText(settings.rules), mentionIds: [], context: { roomId, hello: true } });
    return updated;
  });
  await ctx.store.flush();
  const audit = await auditRoom(ctx, roomId, { reportAll: true, summary: false });
  const admins = await adminIdsFor(ctx, roomId, topic);
  const addedByName = addedBy ? ((await ctx.platform.roomMember(roomId, addedBy).catch(() => null))?.name ?? addedBy) : null;
  const text = botJoinedText({
    roomTopic: topic,
    addedBy: addedByName,
    addedByAdmin: addedBy === null || admins.includes(addedBy),
    canRemove,
    policyTopic: settings.matchedTopic,
    audit,
  });
  if (!room.paused) await alertAdmins(ctx, roomId, topic, text, { roomId, botJoined: true });
  ctx.log.info({ roomId, addedBy, canRemove, firstTime }, 'bot added to group');
}

/**
 * The bot was removed from a group: it stops sending there, keeps the records, and tells the admins.
 * With several accounts it gives the group up, so another account still in it speaks there from its next renewal
 * (and marks the group as having a bot again).
 */
export async function handleBotRemoved(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'policy' | 'speaker'>, roomId: string, removedBy: string | null): Promise<void> {
  const room = await ctx.store.rooms.get(roomId);
  if (!room) return;
  await ctx.store.rooms.update(roomId, { botIsMember: false });
  await ctx.store.flush();
  await ctx.speaker?.leave(roomId);
  const admins = new Set((await settingsFor(ctx, roomId, room.topic)).admins);
  // A name people read, never a raw contact id: an unknown remover is left unnamed.
  const removerName = removedBy ? ((await ctx.store.members.get(roomId, removedBy))?.nickname ?? null) : null;
  for (const id of admins) ctx.outbox.enqueue({ kind: 'dm', contactId: id, text: botRemovedText(room.topic, removerName), context: { roomId, botRemoved: true } });
  ctx.log.warn({ roomId, removedBy }, 'bot removed from group');
}

/**
 * A group was renamed: records stay (they are keyed by room id) and so does its policy,
 * bound by room id — unless an admin renamed it to the topic of another configured group.
 * The admins are told either way.
 */
export async function handleRoomRenamed(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'platform' | 'policy'>, roomId: string, newTopic: string, oldTopic: string, changerId: string | null = null): Promise<void> {
  const before = await boundGroupTopic(ctx, roomId, oldTopic);
  const admins = await adminIdsFor(ctx, roomId, oldTopic);
  await ensureRoom(ctx, roomId, newTopic);
  const pinned = ctx.policy().compiled.groups.topicByRoomId.has(roomId);
  const target = ctx.policy().settings(newTopic).matchedTopic;
  const byAdmin = changerId !== null && admins.includes(changerId);
  const switches = !pinned && target !== null && target !== before && byAdmin;
  const after = switches ? target : before;
  await bindGroupTopic(ctx, roomId, after);
  await ctx.store.flush();
  ctx.log.info({ roomId, policyBefore: before, policyAfter: after, byAdmin }, 'group renamed');
  if (before === null && target === null) return; // default policy before and after: nothing to tell
  const how = switches || (before === null && after === null) ? 'switched' : target !== null && target !== before && !pinned ? 'kept_not_admin' : 'kept';
  await alertAdmins(ctx, roomId, newTopic, roomRenamedText(oldTopic, newTopic, after, how), { roomId, renamed: true });
}
