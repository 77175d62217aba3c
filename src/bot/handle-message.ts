/** The one pipeline for a group message, as explicit steps: dedupe → record → command → exempt → muted → flood → screen → case. */
import type { CoreMessage } from '../core/types.js';
import type { BotContext } from './bot-context.js';
import { recordScreened } from './digest/index.js';
import { ensureMember, recheckNickname } from './members.js';
import { weighForGroup } from './outsiders.js';
import { ownWords } from './quoted-words.js';
import { recordViolation } from './record-violation.js';
import { checkMuted } from './mute/muted-message.js';
import { ensureRoom } from './room-state.js';
import { screenKinds } from './screen-kinds.js';
import { speaksIn } from './speaker.js';

/** Handles admin and member commands; true when the message was a command that needs no screening. */
export type CommandHandler = (ctx: BotContext, msg: CoreMessage) => Promise<boolean>;

/** A message already handled (same id, redelivered) is never counted or screened twice. */
async function isDuplicate(ctx: Pick<BotContext, 'store'>, msg: CoreMessage): Promise<boolean> {
  return !(await ctx.store.seen.markSeen(msg.id)) || (await ctx.store.cases.findByMessageId(msg.id)) !== undefined;
}

/**
 * One group message. Each step either stops the pipeline or hands on:
 * 1. dedupe: a redelivered message stops here;
 * 2. record: the group's counter, the sender's member record and nickname re-check;
 * 3. command: an admin's command (or a harmless member command) stops here;
 * 4. exempt: an exempt member's message is not screened at all;
 * 4⅓. muted: a soft-muted member's message is a `muted` case of its own, and stops here;
 * 4½. flood: the message that makes a burst is one `flood` case, and stops here;
 * 5. screen: each kind by its rules (text — of a quote reply only the reply —, file, link, card, mini-program, image via OCR,
 *    every forwarded record); voice, video, red packets and the like are counted only;
 *    then weighed for the group: its `screen` settings and the outsiders rule;
 * 6. case: findings open a numbered case, and the ladder decides what happens.
 */
export async function handleGroupMessage(ctx: BotContext, msg: CoreMessage, commands: CommandHandler): Promise<void> {
  if (msg.senderId === ctx.platform.selfId()) return;
  // Another of the company's accounts moderates this group: this one records and sends nothing.
  if (!(await speaksIn(ctx, msg.roomId))) return;
  if (await isDuplicate(ctx, msg)) {
    ctx.log.debug({ messageId: msg.id, roomId: msg.roomId }, 'duplicate delivery ignored');
    return;
  }

  const room = await ensureRoom(ctx, msg.roomId, msg.roomTopic);
  await recordScreened(ctx, room.roomId);
  const nickname = msg.senderAlias ?? msg.senderName;
  const { record, isNew } = await ensureMember(ctx, room.roomId, { id: msg.senderId, name: msg.senderName, nickname });
  if (!isNew && (!record.nicknameOk || record.nickname !== nickname)) await recheckNickname(ctx, room.roomId, msg.senderId, nickname);

  if (await commands(ctx, msg)) return;

  if (record.exempt) {
    ctx.log.debug({ roomId: room.roomId, memberId: msg.senderId, messageId: msg.id }, 'exempt member: not screened');
    return;
  }

  if (await checkMuted(ctx, msg, nickname)) return;
  if (await checkFlood(ctx, msg, nickname)) return;

  if (msg.kind === 'counted' || msg.kind === 'other') {
    ctx.log.debug({ roomId: room.roomId, messageId: msg.id, kind: msg.kind }, 'counted, not screened');
    return;
  }
  // A quote reply is screened as the replier's own words: the reply, unless what it quotes was never caught (see ownWords).
  const screened = await screenKinds(ctx, await ownWords(ctx, room, msg), room.topic, ctx.ocr ?? null);
  if (!screened) return;
  // 5½. weigh: the group's own settings (a category off here, another severity) and who is there to see it.
  const weighed = await weighForGroup(ctx, room, screened.findings);
  if (weighed.findings.length === 0) return;

  await recordViolation(ctx, (await ctx.store.rooms.get(room.roomId)) ?? room, msg, weighed.findings, nickname, { ...screened, outsiders: weighed.outsiders, alwaysNotify: weighed.alwaysNotify });
}

/**
 * Step 4½, flood: the message that makes a burst opens ONE `flood` case (one
 * notice); later messages of the same burst open none. True when a case was opened.
 */
async function checkFlood(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy' | 'flood'>, msg: CoreMessage, nickname: string): Promise<boolean> {
  const room = await ctx.store.rooms.get(msg.roomId);
  const policy = room ? ctx.policy().settings(room.topic).flood : null;
  if (!ctx.flood || !room || !policy) return false;
  const verdict = ctx.flood.observe({ roomId: msg.roomId, memberId: msg.senderId, text: msg.kind === 'chat_history' ? '' : msg.text, at: msg.at }, policy);
  if (verdict.kind !== 'flood') return false;
  const origin = { kind: 'flood' as const, count: verdict.count, withinMs: policy.withinMs, reason: verdict.reason };
  await recordViolation(ctx, room, msg, [verdict.finding], nickname, { text: '', origin });
  return true;
}
