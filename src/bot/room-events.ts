/**
 * Wires Wechaty's room-join, room-leave and room-topic events to the membership flows, each only in groups this account
 * speaks for; leaving members have their pending cases closed.
 */
import type { Wechaty } from 'wechaty';
import type { BotContext } from './bot-context.js';
import { handleBotAdded, handleBotRemoved, handleRoomRenamed } from './bot-membership.js';
import { closeMemberCases } from './close-member-cases.js';
import { handleJoin } from './handle-join.js';
import { speaksIn } from './speaker.js';

/** Runs one event's work in isolation (errors logged, never thrown). */
export type Track = (event: string, fields: Record<string, unknown>, work: () => Promise<void>) => void;

/** Wires room-join, room-leave and room-topic to the flows; returns the unwiring function. */
export function wireRoomEvents(bot: Wechaty, ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy' | 'speaker'>, track: Track): () => void {
  const onJoin = (room: { id: string }, invitees: { id: string }[], inviter: { id: string } | undefined): void => {
    track('room-join', { roomId: room.id }, async () => {
      if (!(await speaksIn(ctx, room.id))) return;
      const ids = invitees.map((c) => c.id);
      const inviterId = inviter?.id ?? null;
      if (ids.includes(ctx.platform.selfId())) await handleBotAdded(ctx, room.id, inviterId);
      const others = ids.filter((id) => id !== ctx.platform.selfId());
      if (others.length > 0) await handleJoin(ctx, room.id, others, inviterId);
    });
  };
  const onLeave = (room: { id: string }, leavers: { id: string }[], remover: { id: string } | undefined): void => {
    track('room-leave', { roomId: room.id }, async () => {
      if (!(await speaksIn(ctx, room.id))) return;
      for (const l of leavers) {
        if (l.id === ctx.platform.selfId()) await handleBotRemoved(ctx, room.id, remover?.id ?? null);
        else {
          await ctx.store.members.markLeft(room.id, l.id);
          // Removed by someone else (an admin, the owner, the bot) or left on their own.
          const removedBy = remover && remover.id !== l.id ? remover.id : null;
          const closed = await closeMemberCases(ctx, room.id, l.id, removedBy ? 'member_removed' : 'member_left', removedBy && removedBy !== ctx.platform.selfId() ? removedBy : 'bot');
          if (closed.length > 0) ctx.log.info({ roomId: room.id, memberId: l.id, cases: closed }, 'member gone: pending cases closed');
        }
      }
      await ctx.store.flush();
    });
  };
  const onTopic = (room: { id: string }, newTopic: string, oldTopic: string, changer?: { id: string }): void => {
    track('room-topic', { roomId: room.id }, async () => {
      if (await speaksIn(ctx, room.id)) await handleRoomRenamed(ctx, room.id, newTopic, oldTopic, changer?.id ?? null);
    });
  };
  bot.on('room-join', onJoin as never);
  bot.on('room-leave', onLeave as never);
  bot.on('room-topic', onTopic as never);
  return () => {
    bot.off('room-join', onJoin as never);
    bot.off('room-leave', onLeave as never);
    bot.off('room-topic', onTopic as never);
  };
}
