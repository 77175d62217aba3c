/**
 * `#我的ID`: how a member learns their own contact id to put into the policy's `admins`; always answered privately,
 * the one message where a raw id is shown on purpose.
 */
import type { CoreMessage } from '../../core/types.js';
import type { BotContext } from '../bot-context.js';

/** The private answer to #我的ID: the one message where a raw id is the point (it goes into the policy's `admins`). */
export function myIdText(contactId: string): string {
  return `你的微信 ID：${contactId}\n如需设为管理员，请把它发给负责配置群管家的同事，写进策略文件的 admins 列表（写 ID，不要写昵称）。`;
}

/** #我的ID: any member learns their own id, always privately (never in the group, where others would read it). */
export function myId(ctx: Pick<BotContext, 'outbox' | 'log'>, msg: CoreMessage): void {
  ctx.outbox.enqueue({ kind: 'dm', contactId: msg.senderId, text: myIdText(msg.senderId), context: { reply: true } });
  ctx.log.info({ memberId: msg.senderId, inGroup: msg.roomId !== '' }, 'member asked for their own id');
}
