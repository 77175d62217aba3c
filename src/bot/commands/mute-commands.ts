/** #禁言 / #解除禁言: an admin's soft mute of one member in one group (WeChat cannot mute one member). */
import { USAGE } from '../../core/commands/command-names.js';
import { parseMuteDuration, type SoftMute } from '../../core/mute/soft-mute.js';
import { muteDurationProblemText, muteLiftedReplyText, muteSetReplyText, muteStartedText } from '../../core/wording/mute-texts.js';
import { isAdmin } from '../admins.js';
import { activeMute, endMute, muteEntry } from '../mute/mute-state.js';
import { maySpeak } from '../room-state.js';
import { inUnit } from '../unit-of-work.js';
import type { CommandRequest } from './command-request.js';
import { commandTarget } from './command-target.js';

/** #禁言 @成员 2h 原因: stores the mute and tells the member privately, in one unit. */
export async function mute(req: CommandRequest): Promise<void> {
  const target = await commandTarget(req);
  if (target === 'asked') return;
  if (!target) return req.reply(`用法：${USAGE.mute}`);
  const { ctx, room } = req;
  const { member } = target;
  const duration = parseMuteDuration(target.args[0]);
  if (!duration.ok) return req.reply(muteDurationProblemText(duration.problem));
  if (member.memberId === ctx.platform.selfId() || (await isAdmin(ctx, room.roomId, room.topic, member.memberId))) return req.reply(`不能对管理员禁言。`);
  if (member.left) return req.reply(`${member.nickname} 已不在本群。`);
  if (member.exempt) return req.reply(`${member.nickname} 已被豁免，禁言不会生效。如需禁言，请先“#取消豁免 @${member.nickname}”。`);
  const now = ctx.clock.now();
  // The arguments were redacted when the command was read (command-handler): the reason is safe to store and repeat.
  const mute: SoftMute = { roomId: room.roomId, memberId: member.memberId, at: now, until: now + duration.ms, by: req.msg.senderId, reason: target.args.slice(1).join(' ').trim() };
  const timeZone = ctx.policy().compiled.timeZone;
  const canDm = await ctx.platform.canMessage(member.memberId).catch(() => false);
  const context = { roomId: room.roomId, memberId: member.memberId, muteStarted: true };
  await inUnit(ctx.store, async (tx) => {
    await tx.state.write(muteEntry(room.roomId, member.memberId), mute);
    const text = muteStartedText(room.topic, mute, timeZone);
    if (canDm) ctx.outbox.enqueue({ kind: 'dm', contactId: member.memberId, text, context });
    else if (maySpeak(room)) ctx.outbox.enqueue({ kind: 'room_say', roomId: room.roomId, text, mentionIds: [member.memberId], context });
  });
  await req.audit('mute', member.memberId, [target.args[0], mute.reason].filter(Boolean).join(' '));
  ctx.log.info({ roomId: room.roomId, memberId: member.memberId, until: mute.until, by: mute.by }, 'soft mute set');
  await req.reply(muteSetReplyText(member.nickname, mute, timeZone));
}

/** #解除禁言 @成员: ends a mute early; the member is told once. */
export async function unmute(req: CommandRequest): Promise<void> {
  const target = await commandTarget(req);
  if (target === 'asked') return;
  if (!target) return req.reply(`用法：${USAGE.unmute}`);
  const current = await activeMute(req.ctx, req.room.roomId, target.member.memberId);
  const lifted = current ? await endMute(req.ctx, current, true) : false;
  if (lifted) await req.audit('unmute', target.member.memberId);
  await req.reply(muteLiftedReplyText(target.member.nickname, lifted));
}
