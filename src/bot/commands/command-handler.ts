/**
 * Where every `#` command arrives, in a group or a private chat: rights are checked by contact id (never by name), the
 * command runs, the asker always gets an answer, and it decides which commands still go through screening.
 */
import { commandAnswer, commandRight, commandWord, MEMBER_COMMANDS, type CommandName } from '../../core/commands/command-names.js';
import { caseIdArg, parseCommand } from '../../core/commands/parse-command.js';
import type { RoomRecord } from '../../core/records.js';
import type { CoreMessage } from '../../core/types.js';
import { discreet } from '../../core/wording/discreet-text.js';
import { isAdmin } from '../admins.js';
import type { BotContext } from '../bot-context.js';
import { maySpeak } from '../room-state.js';
import type { CommandHandler } from '../handle-message.js';
import { COMMAND_HANDLERS } from './command-registry.js';
import { myId } from './my-id.js';
import type { CommandDeps } from './command-deps.js';
import type { CommandRequest } from './command-request.js';

export type { CommandDeps } from './command-deps.js';

/**
 * Reads commands in groups and private chats, checks rights by contact id, runs
 * them, answers every time. Returns true when the message needs no screening:
 * private chats, and an admin's (or a harmless member) command in a group.
 */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const acknowledgedAt = new Map<string, number>();
  return async (ctx, msg) => {
    if (parseCommand(msg.text).kind === 'none') return false;
    // Reasons, notes and terms are people's own words: personal data and secrets in them
    // are redacted before anything is stored, forwarded or answered.
    const parsed = parseCommand(discreet(msg.text));
    if (parsed.kind === 'none') return false;
    const isPrivate = msg.roomId === '';
    const answer = async (text: string): Promise<void> => replyTo(ctx, msg, text);
    if (parsed.kind === 'unknown') {
      // The word is not quoted back: it may be exactly what screening must not repeat.
      await answer(parsed.word ? '没有这个命令。发送“#帮助”查看可用命令。' : '请在 # 后输入命令，例如“#帮助”。');
      return isPrivate;
    }
    if (parsed.name === 'myid') {
      // Needs no group: anyone may ask, before the bot knows any group they are in.
      myId(ctx, msg);
      return true;
    }
    const scope = await resolveRoom(ctx, msg, parsed.name, parsed.args);
    if ('problem' in scope) {
      await answer(scope.problem);
      return true;
    }
    const admin = await isAdmin(ctx, scope.room.roomId, scope.room.topic, msg.senderId);
    const privately = isPrivate ? answer : await privateAnswer(ctx, msg, acknowledgedAt);
    const request: CommandRequest = {
      ctx,
      msg,
      name: parsed.name,
      args: scope.args,
      room: scope.room,
      private: isPrivate,
      isAdmin: admin,
      reply: commandAnswer(parsed.name) === 'private' && admin ? privately : answer,
      replyPrivately: privately,
      audit: (action, target, note) => ctx.store.audit.append({ at: ctx.clock.now(), by: msg.senderId, action, roomId: scope.room.roomId, target: target && discreet(target), ...(note ? { note: discreet(note) } : {}) }),
    };
    const refusal = rightsRefusal(ctx, parsed.name, admin, msg.senderId);
    if (refusal) {
      ctx.log.warn({ roomId: scope.room.roomId, memberId: msg.senderId, command: parsed.name }, admin ? 'shared-file command refused for a group admin who is not a company admin' : 'admin command refused for a non-admin');
      await request.audit(`denied:${parsed.name}`, null);
      await answer(refusal);
      await ctx.store.flush();
      return isPrivate || admin;
    }
    await COMMAND_HANDLERS[parsed.name](request, deps);
    await ctx.store.flush();
    return isPrivate || admin || exemptFromScreening(parsed.name, scope.args);
  };
}

/**
 * A member's command in the group is screened like any message unless it
 * carries nothing to screen (`#帮助`, `#群规`) or is an appeal or a report,
 * whose reason may have to name what was flagged.
 */
function exemptFromScreening(name: CommandName, args: string[]): boolean {
  return name === 'appeal' || name === 'report' || args.length === 0;
}

/**
 * Why the sender may not run the command, or null. Group admins (by id, owner or
 * policy) run admin commands; what every group shares (dictionaries, allow-list)
 * only the policy's company-wide admins may change.
 */
function rightsRefusal(ctx: Pick<BotContext, 'policy'>, name: CommandName, groupAdmin: boolean, senderId: string): string | null {
  const right = commandRight(name);
  if (right === 'member') return null;
  if (!groupAdmin) return `抱歉，“#${commandWord(name)}”仅限本群管理员使用。发送“#帮助”查看你可以使用的命令。`;
  if (right === 'company_admin' && !ctx.policy().compiled.admins.includes(senderId)) {
    return `抱歉，“#${commandWord(name)}”会修改全公司共用的词库，仅限公司管理员（策略文件中的 admins）使用。群管理员可以用“#豁免”“#暂停”等命令管理本群。`;
  }
  return null;
}

/** The one line the group sees when an admin's answer went privately: no details, no @-mention, said once however many answers went. */
export const PRIVATE_REPLY_ACK = '已私信回复。';

/** Private answers within this long of an acknowledgement in the same group share it. */
const ACK_MERGE_MS = 5 * 60_000;

/**
 * Answers the asker privately, and lets the group know with one detail-free line
 * (merged with any other such line still waiting); where the bot may not message the
 * asker privately, answers in the group as before.
 */
async function privateAnswer(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'platform'>, msg: CoreMessage, acknowledgedAt: Map<string, number>): Promise<(text: string) => Promise<void>> {
  const canDm = await ctx.platform.canMessage(msg.senderId).catch(() => false);
  if (!canDm) return async (text) => replyTo(ctx, msg, text);
  return async (text) => {
    ctx.outbox.enqueue({ kind: 'dm', contactId: msg.senderId, text, context: { roomId: msg.roomId, reply: true } });
    const room = await ctx.store.rooms.get(msg.roomId);
    const now = ctx.clock.now();
    const last = acknowledgedAt.get(msg.roomId);
    if ((last !== undefined && now - last < ACK_MERGE_MS) || !room || !maySpeak(room)) return;
    acknowledgedAt.set(msg.roomId, now);
    ctx.outbox.enqueue({ kind: 'room_say', roomId: msg.roomId, text: PRIVATE_REPLY_ACK, mentionIds: [], mergeKey: 'private-reply', context: { roomId: msg.roomId, reply: true, privateReplyAck: true } });
  };
}

function replyTo(ctx: Pick<BotContext, 'outbox'>, msg: CoreMessage, text: string): void {
  if (msg.roomId) ctx.outbox.enqueue({ kind: 'room_say', roomId: msg.roomId, text, mentionIds: [msg.senderId], context: { roomId: msg.roomId, reply: true } });
  else ctx.outbox.enqueue({ kind: 'dm', contactId: msg.senderId, text, context: { reply: true } });
}

/**
 * The group a command is about: the group it was said in; in a private chat,
 * the case's group, a group named as the last argument, or the only group the
 * asker administers (or is in).
 */
async function resolveRoom(ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>, msg: CoreMessage, name: CommandName, args: string[]): Promise<{ room: RoomRecord; args: string[] } | { problem: string }> {
  const rooms = (await ctx.store.rooms.list()).filter((r) => r.botIsMember);
  if (msg.roomId) {
    const room = await ctx.store.rooms.get(msg.roomId);
    return room ? { room, args } : { problem: '本群尚未登记，请稍后再试。' };
  }
  const caseId = caseIdArg(args[0]);
  const known = caseId ? await ctx.store.cases.get(caseId) : undefined;
  if (known) {
    const room = await ctx.store.rooms.get(known.roomId);
    if (room) return { room, args };
  }
  const last = args[args.length - 1];
  const named = last ? rooms.find((r) => r.topic === last) : undefined;
  if (named) return { room: named, args: args.slice(0, -1) };
  const administered: RoomRecord[] = [];
  const joined: RoomRecord[] = [];
  for (const r of rooms) {
    const member = await ctx.store.members.get(r.roomId, msg.senderId);
    if (await isAdmin(ctx, r.roomId, r.topic, msg.senderId)) administered.push(r);
    else if (member && !member.left) joined.push(r);
  }
  // Admin commands go to the groups one administers; a member's attempt still
  // reaches a group, to be refused and logged there.
  const mine = MEMBER_COMMANDS.has(name) ? [...administered, ...joined] : administered.length > 0 ? administered : joined;
  if (mine.length === 1) return { room: mine[0]!, args };
  if (mine.length === 0) return { problem: '没有找到你所在或管理的群。' };
  return { problem: `你在多个群：${mine.map((r) => `“${r.topic}”`).join('、')}。请在命令末尾加上群名，例如“#${commandWord(name)} ${args.join(' ')}${args.length ? ' ' : ''}${mine[0]!.topic}”。` };
}
