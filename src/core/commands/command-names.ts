/** Every command the bot understands, by its canonical (English) name. */
export type CommandName =
  | 'help' | 'rules' | 'warn' | 'pardon' | 'record' | 'case' | 'remove' | 'keep'
  | 'exempt' | 'unexempt' | 'pause' | 'resume' | 'dict' | 'allow' | 'stats'
  | 'digest' | 'check' | 'appeal' | 'reject';

/** Chinese names first, then English aliases; all map to the canonical name. */
export const COMMAND_ALIASES: Readonly<Record<string, CommandName>> = {
  帮助: 'help', help: 'help',
  群规: 'rules', rules: 'rules',
  警告: 'warn', warn: 'warn',
  撤销: 'pardon', pardon: 'pardon', revoke: 'pardon',
  记录: 'record', record: 'record', history: 'record',
  案件: 'case', case: 'case',
  移出: 'remove', remove: 'remove', kick: 'remove',
  保留: 'keep', keep: 'keep',
  豁免: 'exempt', exempt: 'exempt',
  取消豁免: 'unexempt', unexempt: 'unexempt',
  暂停: 'pause', pause: 'pause',
  恢复: 'resume', resume: 'resume',
  词库: 'dict', dict: 'dict',
  白名单: 'allow', allow: 'allow',
  统计: 'stats', stats: 'stats',
  周报: 'digest', digest: 'digest', report: 'digest',
  检查: 'check', check: 'check',
  申诉: 'appeal', appeal: 'appeal',
  驳回: 'reject', reject: 'reject',
};

/** Commands any member may use; the rest need admin rights. */
export const MEMBER_COMMANDS: ReadonlySet<CommandName> = new Set(['help', 'rules', 'appeal']);

/** One usage line per command, in Chinese, shown on wrong arguments and in #帮助. */
export const USAGE: Readonly<Record<CommandName, string>> = {
  help: '#帮助 —— 查看可用命令',
  rules: '#群规 —— 查看本群群规',
  warn: '#警告 @成员 原因 —— 手动警告并记录案件',
  pardon: '#撤销 C12 原因 —— 撤销案件（不再计入，并通知成员）',
  record: '#记录 @成员 —— 查看成员的案件',
  case: '#案件 C12 —— 查看一个案件',
  remove: '#移出 @成员 或 #移出 C12 —— 移出成员',
  keep: '#保留 C12 —— 保留成员，关闭待决案件',
  exempt: '#豁免 @成员 —— 不对该成员自动处理',
  unexempt: '#取消豁免 @成员 —— 恢复自动处理',
  pause: '#暂停 —— 暂停本群的自动处理（仍记录，不发消息）',
  resume: '#恢复 —— 恢复本群的自动处理',
  dict: '#词库 添加|删除 词 [类别] —— 修改词库，立即生效',
  allow: '#白名单 添加|删除 词 —— 修改白名单，立即生效',
  stats: '#统计 [7d] —— 本群统计（默认 7 天）',
  digest: '#周报 —— 立即生成周报',
  check: '#检查 —— 立即检查全体成员的群昵称',
  appeal: '#申诉 C12 理由 —— 对案件提出申诉',
  reject: '#驳回 C12 [理由] —— 驳回申诉',
};
