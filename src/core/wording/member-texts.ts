/**
 * What members read in the group about nicknames and joining: welcomes, reminders with one concrete fix each, built in
 * parts so several notices can be merged into one message.
 */
import type { NicknameVerdict } from '../nickname/check-nickname.js';
import { formatDurationZh } from '../policy/duration.js';

/** What to change a nickname to, in one sentence: the suggestion, or one example — never both, never twice. */
export function nicknameFix(verdict: NicknameVerdict): string {
  const problem = verdict.problem ?? '群昵称应为“部门-姓名”';
  return verdict.suggestion ? `${problem}，请改为“${verdict.suggestion}”` : `${problem}（例如“销售部-李四”）`;
}

/** A group notice in parts, so several can be merged on structure: shared head and tail once, each own text kept. */
export interface NoticeParts {
  head?: string;
  text: string;
  tail?: string;
}

/** Welcome for new members whose nickname is fine: one line naming them, the rules once. */
export function welcomeNotice(names: readonly string[], rules: readonly string[]): NoticeParts {
  const text = `欢迎 ${names.join('、')} 加入本群！`;
  if (rules.length === 0) return { text, tail: '发送“#群规”查看群规。' };
  return { text, tail: ['本群群规：', ...rules.slice(0, 3).map((r, i) => `${i + 1}. ${r}`), '发送“#群规”查看全部。'].join('\n') };
}

/** The @-reminder to fix a nickname; one line per member so several fit in one message. */
export function nicknameReminderLine(name: string, verdict: NicknameVerdict): string {
  return `${name}：${nicknameFix(verdict)}。`;
}

/** The combined nickname reminder of a group: the first one names the deadline, later ones only how to fix it. */
export function nicknameReminder(lines: readonly string[], deadlineMs: number, isFirst: boolean): NoticeParts {
  const head = isFirst ? '请以下成员按公司实名规定修改群昵称（部门-姓名）：' : '提醒：以下成员的群昵称仍未修改：';
  const how = '修改方法：群聊设置 → 我在本群的昵称。';
  const tail = isFirst ? `请在 ${formatDurationZh(deadlineMs)} 内修改，逾期将通知管理员。${how}` : `请尽快修改。${how}`;
  return { head, text: lines.join('\n'), tail };
}
