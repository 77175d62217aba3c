/**
 * Soft mutes (`#禁言`) as typed state entries, one per (group, member), so they survive
 * restarts; and the one way a mute ends (by time or by an admin): the entry is removed and
 * the member's notice queued in one unit of the store, so the member is told exactly once.
 */
import { z } from 'zod';
import { isMuted, type SoftMute } from '../../core/mute/soft-mute.js';
import { muteEndedText } from '../../core/wording/mute-texts.js';
import { stateFamily, type StateEntry } from '../../store/state-entry.js';
import type { BotContext } from '../bot-context.js';
import { maySpeak } from '../room-state.js';
import { inUnit } from '../unit-of-work.js';

const softMuteSchema: z.ZodType<SoftMute> = z.object({
  roomId: z.string(),
  memberId: z.string(),
  at: z.number(),
  until: z.number(),
  by: z.string(),
  reason: z.string(),
});

/** Every mute in force (or ended and not yet told), keyed by group and member. */
export const SOFT_MUTES = stateFamily<SoftMute>('mute.', softMuteSchema);

/** The state entry of one member's mute in one group. */
export function muteEntry(roomId: string, memberId: string): StateEntry<SoftMute> {
  return SOFT_MUTES.entry(`${roomId}|${memberId}`);
}

/** Ends being told in this process: a sweep and a message noticing the same expiry tell once. */
const ending = new WeakMap<object, Set<string>>();

/**
 * Ends a mute: removes it and queues the member's notice together. False when it was
 * already gone (another sweep or message ended it first): nothing is sent twice.
 */
export async function endMute(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'platform'>, mute: SoftMute, early: boolean): Promise<boolean> {
  const entry = muteEntry(mute.roomId, mute.memberId);
  const busy = ending.get(ctx) ?? new Set<string>();
  ending.set(ctx, busy);
  if (busy.has(entry.key)) return false;
  busy.add(entry.key);
  try {
    const room = await ctx.store.rooms.get(mute.roomId);
    const canDm = await ctx.platform.canMessage(mute.memberId).catch(() => false);
    const inGroup = (await ctx.store.members.get(mute.roomId, mute.memberId))?.left === false;
    const context = { roomId: mute.roomId, memberId: mute.memberId, muteEnded: true };
    const ended = await inUnit(ctx.store, async (tx) => {
      if ((await tx.state.read(entry)) === undefined) return false;
      await tx.state.remove(entry);
      // Someone who left the group is not written to about it.
      if (!inGroup) return true;
      const text = muteEndedText(room?.topic ?? '', early);
      if (canDm) ctx.outbox.enqueue({ kind: 'dm', contactId: mute.memberId, text, context });
      else if (room && inGroup && maySpeak(room)) ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text, mentionIds: [mute.memberId], context });
      return true;
    });
    if (ended) ctx.log.info({ roomId: mute.roomId, memberId: mute.memberId, early }, 'soft mute ended');
    return ended;
  } finally {
    busy.delete(entry.key);
  }
}

/** The member's mute in force now; one that has run out is ended (and told) on the way, and reads as none. */
export async function activeMute(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform'>, roomId: string, memberId: string): Promise<SoftMute | undefined> {
  const mute = await ctx.store.state.read(muteEntry(roomId, memberId));
  if (mute === undefined) return undefined;
  if (isMuted(mute, ctx.clock.now())) return mute;
  await endMute(ctx, mute, false);
  return undefined;
}

/** Ends every mute that has run out: the minute schedule, and so also the first run after a restart. */
export async function endExpiredMutes(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform'>): Promise<void> {
  const now = ctx.clock.now();
  for (const { value } of await ctx.store.state.list(SOFT_MUTES)) {
    if (!isMuted(value, now)) await endMute(ctx, value, false);
  }
}
