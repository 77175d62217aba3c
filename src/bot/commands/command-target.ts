/**
 * Which member a command is about (an @-mention, an id, a name or nickname). A name that fits several members picks
 * nobody: the asker is shown who matched and how to say which one, so a copied nickname never gets the wrong person acted on.
 */
import { COMMANDS } from '../../core/commands/command-names.js';
import type { MemberRecord } from '../../core/records.js';
import { formatTimeZh } from '../../core/wording/format-time.js';
import { namedAs } from '../members.js';
import type { CommandRequest } from './command-request.js';

/** The member a command is about, and the arguments after the one that named them. */
export interface CommandTarget {
  member: MemberRecord;
  args: string[];
}

/**
 * The member a command is about: the first @-mention, else a member id, name
 * or nickname given as the first argument. A name that fits several members
 * (a colleague's nickname copied by someone else) picks nobody: the asker is
 * told who matched and how to say which one, and null is returned with the
 * answer already given. Null without an answer means nobody was named.
 */
export async function commandTarget(req: CommandRequest): Promise<CommandTarget | null | 'asked'> {
  const { ctx, room, msg } = req;
  const mentioned = msg.mentionIds.find((id) => id !== ctx.platform.selfId());
  if (mentioned) {
    const member = await ctx.store.members.get(room.roomId, mentioned);
    return member ? { member, args: req.args } : null;
  }
  // `@李四` written in a private chat (or typed without picking the member) arrives as text, not as a mention.
  const written = writtenMention(msg.text);
  const word = written ?? req.args[0];
  if (!word) return null;
  const rest = written !== null ? req.args : req.args.slice(1);
  const member = await memberNamed(req, word.replace(/^@/, ''));
  return member === 'asked' ? 'asked' : member ? { member, args: rest } : null;
}

/**
 * The group member called `key` (member id, group nickname or WeChat name, or `名字/2`
 * to pick one of several): null when nobody is; 'asked' when several are, the asker
 * already told who matched and how to say which one.
 */
export async function memberNamed(req: CommandRequest, key: string): Promise<MemberRecord | null | 'asked'> {
  const all = await req.ctx.store.members.listByRoom(req.room.roomId, { includeLeft: true });
  const byId = all.find((m) => m.memberId === key);
  if (byId) return byId;
  const pick = /^(.+)\/(\d{1,2})$/.exec(key);
  const exact = namedAs(all, key);
  if (exact.length === 0 && pick) return namedAs(all, pick[1] as string)[Number(pick[2]) - 1] ?? null;
  if (exact.length > 1) {
    await req.reply(await whichOneText(req, key, exact));
    return 'asked';
  }
  return exact[0] ?? null;
}

/** The first `@name` written after the command word (parseCommand drops it from the arguments), or null. */
function writtenMention(text: string): string | null {
  const command = /[#＃/／]/.exec(text);
  if (!command) return null;
  const m = /(?<![A-Za-z0-9._%+-])@([^\s\u2005@]+)/u.exec(text.slice(command.index));
  return m?.[1] ?? null;
}

/** The question asked when a name fits several members: each with WeChat name, join date and latest case. */
async function whichOneText(req: CommandRequest, key: string, members: readonly MemberRecord[]): Promise<string> {
  const { ctx, room } = req;
  const tz = ctx.policy().compiled.timeZone;
  const lines: string[] = [];
  for (const [i, m] of members.entries()) {
    const joined = m.joinedAt === null ? '入群时间不详' : `${formatTimeZh(m.joinedAt, tz)} 入群`;
    const last = (await ctx.store.cases.byMember(room.roomId, m.memberId)).at(-1);
    lines.push(`${i + 1}. ${m.nickname}（微信名：${m.name}，${joined}${last ? `，最近案件 ${last.id}` : '，无案件'}）`);
  }
  const zh = COMMANDS[req.name].zh;
  const byCase = req.name === 'remove' ? '、用案件编号（“#移出 C编号”）' : '';
  return [
    `有 ${members.length} 位成员都叫“${key}”，我没有执行。请在群里 @ 要处理的那一位${byCase}，或在名字后加序号（例如“#${zh} ${key}/2”）：`,
    ...lines,
  ].join('\n');
}
