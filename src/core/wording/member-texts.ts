import type { NicknameVerdict } from '../nickname/check-nickname.js';
import { formatDurationZh } from '../policy/duration.js';

/** What to change a nickname to, in one sentence. */
export function nicknameFix(verdict: NicknameVerdict): string {
  const problem = verdict.problem ?? '群昵称不符合“部门-姓名”格式';
  return verdict.suggestion ? `${problem}，请改为“${verdict.suggestion}”` : `${problem}，请按“部门-姓名”修改（例如“销售部-李四”）`;
}

/** Welcome for a new member whose nickname is fine. */
export function welcomeText(names: readonly string[], rules: readonly string[]): string {
  const head = `欢迎 ${names.join('、')} 加入本群！`;
  if (rules.length === 0) return `${head}发送“#群规”查看群规。`;
  return [head, '本群群规：', ...rules.slice(0, 3).map((r, i) => `${i + 1}. ${r}`), '发送“#群规”查看全部。'].join('\n');
}

/** The @-reminder to fix a nickname; one line per member so several fit in one message. */
export function nicknameReminderLine(name: string, verdict: NicknameVerdict): string {
  return `${name}：${nicknameFix(verdict)}。`;
}

/** The combined nickname reminder of a group. */
export function nicknameReminderText(lines: readonly string[], deadlineMs: number, isFirst: boolean): string {
  const head = isFirst ? '请以下成员按公司实名规定修改群昵称（部门-姓名）：' : '提醒：以下成员的群昵称仍未修改：';
  return [head, ...lines, `请在 ${formatDurationZh(deadlineMs)} 内修改，逾期将通知管理员。修改方法：群聊设置 → 我在本群的昵称。`].join('\n');
}
