/**
 * The commands about a whole group: 帮助 群规 暂停 恢复 词库 白名单 统计 周报 检查 (help, rules, pausing, shared term
 * files, statistics, the digest on demand, and re-checking every nickname now).
 */
import { settingsFor } from '../group-policy.js';
import { awaitsDecision, countsOnLadder } from '../../core/cases/index.js';
import { MEMBER_COMMANDS, USAGE, type CommandName } from '../../core/commands/command-names.js';
import { parseDuration, formatDurationZh } from '../../core/policy/duration.js';
import { actionLabel } from '../../core/wording/action-label.js';
import { categoryFromWord, categoryLabel, categoryList } from '../../core/wording/category-label.js';
import { auditRoom } from '../audit-room.js';
import { editTermFile } from '../dictionary-edit.js';
import { currentAllowProposals } from '../learning/allow-proposals-now.js';
import { noSuchProposalText } from '../../core/wording/learning-texts.js';
import type { CommandDeps } from './command-deps.js';
import type { CommandRequest } from './command-request.js';

/** #帮助: the commands the asker may use. */
export async function help(req: CommandRequest): Promise<void> {
  const names = (Object.keys(USAGE) as CommandName[]).filter((n) => req.isAdmin || MEMBER_COMMANDS.has(n));
  const head = req.isAdmin ? '群管家命令（管理员）：' : '群管家命令：';
  const tail = req.private ? '私聊时如管理多个群，请在命令末尾加群名。' : '命令也可用英文，如 #help、#stats。';
  // The admin commands are the admins' business: that list goes privately.
  await (req.isAdmin ? req.replyPrivately : req.reply)([head, ...names.map((n) => USAGE[n]), tail].join('\n'));
}

/** #群规: the group's rules. */
export async function rules(req: CommandRequest): Promise<void> {
  const list = (await settingsFor(req.ctx, req.room.roomId, req.room.topic)).rules;
  await req.reply(list.length ? [`“${req.room.topic}”群规：`, ...list.map((r, i) => `${i + 1}. ${r}`)].join('\n') : '本群尚未配置群规，请咨询管理员。');
}

/** #暂停 / #恢复: the bot records but sends nothing while paused. */
export async function pause(req: CommandRequest, on: boolean): Promise<void> {
  if (req.room.paused === on) return req.reply(on ? '本群已处于暂停状态。' : '本群未暂停。');
  await req.ctx.store.rooms.update(req.room.roomId, { paused: on });
  await req.audit(on ? 'pause' : 'resume', req.room.roomId);
  await req.ctx.store.flush();
  const text = on ? '已暂停本群的自动处理：仍会记录，但不再发送提醒和警告。发送“#恢复”恢复。' : '已恢复本群的自动处理。';
  await req.reply(text);
}

/** #词库 / #白名单: edit a shared term file; the policy reloads at once. */
export async function dictionary(req: CommandRequest, deps: CommandDeps): Promise<void> {
  const [op, term, category] = req.args;
  if (req.name === 'allow' && (op === '采纳' || op === 'adopt')) return adoptProposal(req, deps, term);
  const action = op === '添加' || op === 'add' ? 'add' : op === '删除' || op === 'remove' || op === 'del' ? 'remove' : null;
  if (!action || !term) return req.reply(`用法：${USAGE[req.name]}`);
  const dictionaries = req.ctx.policy().loaded.policy.dictionaries;
  const categories = dictionaries.map((d) => d.category);
  // The category as the bot itself names it (保密, 赌博, 公司保密信息) or by its policy name.
  const named = category === undefined ? (categories.length === 1 ? categories[0]! : '') : categoryFromWord(category, categories) ?? category;
  const target = req.name === 'allow' ? 'allow' as const : { category: named };
  if (target !== 'allow' && !target.category) return req.reply(`请指定类别：${USAGE.dict}\n可用类别：${categoryList(categories)}`);
  const result = editTermFile(deps.holder, action, term, target);
  await req.audit(`${req.name}_${action}${result.ok ? '' : '_refused'}`, req.name === 'allow' ? 'allow' : (target as { category: string }).category, term);
  await req.ctx.store.flush();
  await req.reply(result.message);
}

/** #白名单 采纳 N: add the allow-list entry of proposal N (from the admins' overturned cases); without N, list them. */
async function adoptProposal(req: CommandRequest, deps: CommandDeps, asked: string | undefined): Promise<void> {
  const proposals = await currentAllowProposals(req.ctx.store, req.ctx.policy().loaded.allow);
  const chosen = asked && /^\d+$/.test(asked) ? proposals.find((p) => p.n === Number(asked)) : undefined;
  if (!chosen) return req.reply(noSuchProposalText(proposals, asked));
  const result = editTermFile(deps.holder, 'add', chosen.entry, 'allow');
  await req.audit(`allow_adopt${result.ok ? '' : '_refused'}`, 'allow', chosen.entry);
  await req.ctx.store.flush();
  await req.reply(result.message);
}

/** #统计: the group's cases over a span. */
export async function stats(req: CommandRequest): Promise<void> {
  const span = req.args[0] ?? '7d';
  const ms = parseDuration(span);
  if (ms === null) return req.reply(`用法：${USAGE.stats}（时长如 7d、24h）`);
  const now = req.ctx.clock.now();
  const cases = (await req.ctx.store.cases.all(now - ms, now + 1)).filter((c) => c.roomId === req.room.roomId);
  const settings = await settingsFor(req.ctx, req.room.roomId, req.room.topic);
  const violations = cases.filter((c) => countsOnLadder(c, settings));
  const count = (keys: string[]): string =>
    [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join('，') || '无';
  const members = await req.ctx.store.members.listByRoom(req.room.roomId);
  const okNicknames = members.filter((m) => m.nicknameOk).length;
  await req.reply([
    `“${req.room.topic}”近 ${formatDurationZh(ms)} 统计：`,
    `违规案件 ${violations.length} 件，涉及 ${new Set(violations.map((c) => c.memberId)).size} 人`,
    `按类别：${count(violations.flatMap((c) => c.categories.map(categoryLabel)))}`,
    `按处理：${count(violations.map((c) => actionLabel(c.action)))}`,
    `已撤销 ${cases.filter((c) => c.status === 'overturned').length} 件，待决定 ${cases.filter(awaitsDecision).length} 件`,
    `群昵称合规 ${okNicknames}/${members.length}`,
  ].join('\n'));
}

/** #周报: the digest now, privately. */
export async function digest(req: CommandRequest, deps: CommandDeps): Promise<void> {
  if (!deps.digestNow) return req.reply('周报功能未启用。');
  await req.reply(await deps.digestNow(req.ctx, [req.room.roomId], req.msg.senderId));
}

/** #检查: every nickname re-checked now. */
export async function check(req: CommandRequest): Promise<void> {
  const result = await auditRoom(req.ctx, req.room.roomId, { reportAll: true, summary: false });
  await req.audit('check', req.room.roomId);
  const doubtful = result.doubtful.map((d) => `· ${d.name}：${d.detail}`);
  await req.reply([`检查完成：共 ${result.total} 人，昵称不规范 ${result.badNicknames} 人${remindedNote(result.badNicknames, result.reminded, req.room.paused)}。`, ...(doubtful.length ? ['可能不属于本群：', ...doubtful] : [])].join('\n'));
}

/** What #检查 did about wrong nicknames: says it reminded only when it did. */
function remindedNote(bad: number, reminded: number, paused: boolean): string {
  if (bad === 0) return '';
  if (reminded === bad) return '（已在群内统一提醒）';
  if (reminded > 0) return `（已在群内提醒其中 ${reminded} 人，其余此前已提醒过）`;
  return paused ? '（本群已暂停，未提醒）' : '（此前均已提醒过，本次未再提醒）';
}
