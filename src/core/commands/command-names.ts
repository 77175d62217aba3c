/**
 * The one registry of chat commands: each command's Chinese name, English aliases,
 * usage line, who may run it and which part of the bot handles it. Every list the
 * bot uses (aliases, member commands, usage lines) is derived from it.
 */

/** Who may run a command: any member, the group's admins, or only the company-wide admins of the policy. */
export type CommandRight = 'member' | 'admin' | 'company_admin';

/** One command's description. */
export interface CommandSpec {
  /** The Chinese name, as typed after `#`. */
  zh: string;
  /** English aliases; the first is the canonical name. */
  aliases: readonly string[];
  /** The usage line, in Chinese, shown on wrong arguments and in #帮助. */
  usage: string;
  right: CommandRight;
  /** Where the answer goes when asked in a group: `private` (to the asker, the group sees a one-line acknowledgement) or `here` (in the group). */
  answer: CommandAnswer;
}

/** Where a command's answer goes when asked in a group. */
export type CommandAnswer = 'private' | 'here';

/** Every command, by canonical name, in the order #帮助 lists them. */
export const COMMANDS = {
  help: { zh: '帮助', aliases: ['help'], usage: '#帮助 —— 查看可用命令', right: 'member', answer: 'here' },
  rules: { zh: '群规', aliases: ['rules'], usage: '#群规 —— 查看本群群规', right: 'member', answer: 'here' },
  warn: { zh: '警告', aliases: ['warn'], usage: '#警告 @成员 原因 —— 手动警告并记录案件', right: 'admin', answer: 'private' },
  pardon: { zh: '撤销', aliases: ['pardon', 'revoke'], usage: '#撤销 C12 原因 —— 撤销案件（不再计入，并通知成员）', right: 'admin', answer: 'private' },
  record: { zh: '记录', aliases: ['record', 'history'], usage: '#记录 @成员 —— 查看成员在公司各群的案件', right: 'admin', answer: 'private' },
  case: { zh: '案件', aliases: ['case'], usage: '#案件 C12 —— 查看一个案件', right: 'admin', answer: 'private' },
  remove: { zh: '移出', aliases: ['remove', 'kick'], usage: '#移出 @成员 或 #移出 C12 —— 移出成员', right: 'admin', answer: 'private' },
  keep: { zh: '保留', aliases: ['keep'], usage: '#保留 C12 —— 保留成员，关闭待决案件', right: 'admin', answer: 'private' },
  exempt: { zh: '豁免', aliases: ['exempt'], usage: '#豁免 @成员 —— 不对该成员自动处理', right: 'admin', answer: 'private' },
  unexempt: { zh: '取消豁免', aliases: ['unexempt'], usage: '#取消豁免 @成员 —— 恢复自动处理', right: 'admin', answer: 'private' },
  pause: { zh: '暂停', aliases: ['pause'], usage: '#暂停 —— 暂停本群的自动处理（仍记录，不发消息）', right: 'admin', answer: 'private' },
  resume: { zh: '恢复', aliases: ['resume'], usage: '#恢复 —— 恢复本群的自动处理', right: 'admin', answer: 'private' },
  dict: { zh: '词库', aliases: ['dict'], usage: '#词库 添加|删除 词 [类别] —— 修改全公司共用的词库，立即生效（仅限公司管理员）', right: 'company_admin', answer: 'private' },
  allow: { zh: '白名单', aliases: ['allow'], usage: '#白名单 添加|删除 词 或 #白名单 采纳 编号 —— 修改全公司共用的白名单，立即生效（仅限公司管理员）', right: 'company_admin', answer: 'private' },
  stats: { zh: '统计', aliases: ['stats'], usage: '#统计 [7d] —— 本群统计（默认 7 天）', right: 'admin', answer: 'private' },
  digest: { zh: '周报', aliases: ['digest'], usage: '#周报 —— 立即生成周报', right: 'admin', answer: 'here' },
  check: { zh: '检查', aliases: ['check'], usage: '#检查 —— 立即检查全体成员的群昵称', right: 'admin', answer: 'private' },
  appeal: { zh: '申诉', aliases: ['appeal'], usage: '#申诉 C12 理由 —— 对案件提出申诉', right: 'member', answer: 'here' },
  reject: { zh: '驳回', aliases: ['reject'], usage: '#驳回 C12 [理由] —— 驳回申诉', right: 'admin', answer: 'private' },
  confirm: { zh: '确认', aliases: ['confirm'], usage: '#确认 C12 —— 确认案件属实（待复核的案件按违规处理并通知成员）', right: 'admin', answer: 'private' },
  report: { zh: '举报', aliases: ['report'], usage: '#举报 @成员 理由 —— 向管理员举报成员，也可引用其消息回复“#举报 理由”（只有管理员知道是你举报的）', right: 'member', answer: 'private' },
  mute: { zh: '禁言', aliases: ['mute'], usage: '#禁言 @成员 2h 原因 —— 禁言一段时间（期间每条发言都记录为案件）', right: 'admin', answer: 'private' },
  unmute: { zh: '解除禁言', aliases: ['unmute'], usage: '#解除禁言 @成员 —— 提前解除禁言', right: 'admin', answer: 'private' },
  myid: { zh: '我的ID', aliases: ['myid', 'whoami', '我的id'], usage: '#我的ID —— 私聊告诉你自己的微信 ID（配置管理员时用）', right: 'member', answer: 'private' },
} as const satisfies Record<string, CommandSpec>;

/** Every command the bot understands, by its canonical (English) name. */
export type CommandName = keyof typeof COMMANDS;

/** The canonical names, in registry order. */
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** Chinese names first, then English aliases; all map to the canonical name. */
export const COMMAND_ALIASES: Readonly<Record<string, CommandName>> = Object.fromEntries(
  COMMAND_NAMES.flatMap((name) => [[COMMANDS[name].zh, name], ...COMMANDS[name].aliases.map((a) => [a, name])]),
);

/** Commands any member may use; the rest need admin rights. */
export const MEMBER_COMMANDS: ReadonlySet<CommandName> = new Set(COMMAND_NAMES.filter((n) => COMMANDS[n].right === 'member'));

/** One usage line per command, in Chinese. */
export const USAGE: Readonly<Record<CommandName, string>> = Object.fromEntries(COMMAND_NAMES.map((n) => [n, COMMANDS[n].usage])) as Record<CommandName, string>;

/** Where a command's answer goes when asked in a group. */
export function commandAnswer(name: CommandName): CommandAnswer {
  return COMMANDS[name].answer;
}

/** Who may run a command. */
export function commandRight(name: CommandName): CommandRight {
  return COMMANDS[name].right;
}

/** The Chinese word of a command, for messages. */
export function commandWord(name: CommandName): string {
  return COMMANDS[name].zh;
}
