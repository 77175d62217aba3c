import type { CoreMessage } from '../core/types.js';
import type { BotContext } from './bot-context.js';
import { recordScreened } from './digest/index.js';
import { ensureMember, recheckNickname } from './members.js';
import { recordViolation } from './record-violation.js';
import { ensureRoom } from './room-state.js';

/** Handles admin and member commands; true when the message was a command. */
export type CommandHandler = (ctx: BotContext, msg: CoreMessage) => Promise<boolean>;

/**
 * One group message: dedupe by id, count it, re-check the sender's nickname,
 * hand commands over, screen the text and open a case for findings.
 */
export async function handleGroupMessage(ctx: BotContext, msg: CoreMessage, commands?: CommandHandler): Promise<void> {
  if (msg.senderId === ctx.platform.selfId()) return;
  if (!ctx.store.seen.markSeen(msg.id) || ctx.store.cases.findByMessageId(msg.id)) {
    ctx.log.debug({ messageId: msg.id, roomId: msg.roomId }, 'duplicate delivery ignored');
    return;
  }
  const room = await ensureRoom(ctx, msg.roomId, msg.roomTopic);
  ctx.store.rooms.update(room.roomId, (r) => ({ ...r, screened: r.screened + 1 }));
  recordScreened(ctx, room.roomId);
  const nickname = msg.senderAlias ?? msg.senderName;
  const { record, isNew } = ensureMember(ctx, room.roomId, { id: msg.senderId, name: msg.senderName, nickname });
  if (!isNew && (!record.nicknameOk || record.nickname !== nickname)) recheckNickname(ctx, room.roomId, msg.senderId, nickname);
  if (commands && (await commands(ctx, msg))) return;
  if (msg.text.length === 0) return;
  const findings = ctx.policy().screener.screen(msg.text);
  if (findings.length === 0) return;
  if (record.exempt) {
    ctx.log.info({ roomId: room.roomId, memberId: msg.senderId, messageId: msg.id }, 'findings for an exempt member: no case');
    return;
  }
  await recordViolation(ctx, ctx.store.rooms.get(room.roomId) ?? room, msg, findings, nickname);
}
