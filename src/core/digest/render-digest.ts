/**
 * The digest as the one Chinese chat message admins read on a phone: numbers before names, long lists cut short, and
 * never any message text, excerpt or personal data.
 */
import { actionLabel } from '../wording/action-label.js';
import { proposalLines } from '../wording/learning-texts.js';
import { periodHeading } from './digest-period.js';
import type { Digest, DigestCount, DigestMember, GroupDigest } from './digest-types.js';

/** How many names a list shows before `等 N 人`: a digest is read on a phone. */
export const MAX_NAMES = 5;

const num = (n: number): string => n.toLocaleString('zh-CN');
const pct = (rate: number): string => `${Math.round(rate * 100)}%`;

/** `公司保密信息 3、赌博 2` */
function counts(list: readonly DigestCount[]): string {
  return list.map((c) => `${c.label} ${num(c.count)}`).join('、');
}

/** Names, at most MAX_NAMES, then how many more. */
function names(items: readonly string[], unit: string): string {
  const shown = items.slice(0, MAX_NAMES).join('、');
  return items.length > MAX_NAMES ? `${shown} 等 ${items.length} ${unit}` : shown;
}

/**
 * The digest as one chat message in Chinese: a heading, a totals line when it
 * covers several groups, then one short block per group, numbers before names.
 * Names only: no message text, no excerpts, no personal data.
 */
export function renderDigest(digest: Digest): string {
  const lines = [periodHeading(digest.period, digest.timeZone)];
  const t = digest.totals;
  if (digest.groups.length === 0) return [...lines, '本期没有可报告的群。'].join('\n');
  if (digest.groups.length > 1) {
    lines.push(`${digest.groups.length} 个群 · 消息 ${num(t.screened)} 条 · 案件 ${num(t.cases)} 起 · 待决定 ${num(t.openDecisions)} 件`);
  }
  for (const g of digest.groups) lines.push('', ...groupLines(g));
  if (t.openDecisions > 0) {
    const appeals = digest.groups.some((g) => g.openDecisions.some((d) => d.appeal));
    lines.push('', `回复“#移出 编号”或“#保留 编号”处理待决定事项${appeals ? '；申诉请回复“#撤销 编号 理由”或“#驳回 编号 理由”' : ''}。`);
  }
  if (digest.groups.some((g) => g.openDecisions.some((d) => d.action === 'review' && !d.report))) lines.push('疑似误报待复核的，回复“#撤销 编号 误报”或“#确认 编号”。');
  if (digest.groups.some((g) => g.openDecisions.some((d) => d.report))) lines.push('成员举报待处理的，属实回复“#确认 编号”，不属实回复“#撤销 编号 理由”。');
  const proposals = proposalLines(digest.allowProposals);
  if (proposals.length > 0) lines.push('', ...proposals);
  return lines.join('\n');
}

/** One group's block. */
export function groupLines(g: GroupDigest): string[] {
  const out = [`▍${g.topic}${g.paused ? '（已暂停）' : ''}`];
  const falseAlarm = g.falseAlarmRate !== null && g.overturned > 0 ? ` · 误报率 ${pct(g.falseAlarmRate)}` : '';
  out.push(`消息 ${num(g.screened)} 条 · ${g.cases > 0 ? `案件 ${num(g.cases)} 起` : '无案件'}${falseAlarm}`);
  if (g.byCategory.length > 0) out.push(`类别：${counts(g.byCategory)}`);
  if (g.byAction.length > 0) out.push(`处理：${counts(g.byAction)}`);
  if (g.repeatOffenders.length > 0) out.push(`多次违规：${g.repeatOffenders.map((m) => `${m.name} ${m.cases} 次`).join('、')}`);
  const people: string[] = [];
  if (g.newMembers.length > 0) people.push(`新成员 ${g.newMembers.length} 人`);
  if (g.pendingNicknames.length > 0) people.push(`昵称待改 ${g.pendingNicknames.length} 人：${names(g.pendingNicknames.map(nameOf), '人')}`);
  if (people.length > 0) out.push(people.join(' · '));
  if (g.nickname.rate !== null) out.push(`昵称合规 ${pct(g.nickname.rate)}（${g.nickname.ok}/${g.nickname.present}）`);
  if (g.appealed > 0 || g.overturned > 0) out.push(`申诉 ${g.appealed} 起 · 撤销 ${g.overturned} 起`);
  if (g.reports.total > 0) out.push(reportLine(g.reports));
  if (g.openDecisions.length > 0) {
    const items = g.openDecisions.map((d) => `${d.caseId} ${d.memberName}（${d.appeal ? '申诉中' : d.report ? '成员举报' : actionLabel(d.action)}）`);
    out.push(`待决定 ${g.openDecisions.length} 件：${names(items, '件')}`);
  }
  return out;
}

/** `成员举报 3 次，涉及 2 起案件（确认属实 1 次）`: reports counted one by one, several may be on one case. */
function reportLine(r: GroupDigest['reports']): string {
  const onCases = r.cases < r.total ? `，涉及 ${num(r.cases)} 起案件` : '';
  return `成员举报 ${num(r.total)} 次${onCases}（确认属实 ${num(r.confirmed)} 次）`;
}

function nameOf(m: DigestMember): string {
  return m.name;
}
