/**
 * Policy warnings: things allowed but probably not meant (a display name where an admin's contact id belongs, a roster
 * row repeated), printed at start so the operator can fix them, never a refusal.
 */
import type { Policy } from '../core/policy/schema.js';
import type { RosterDuplicate } from '../core/roster/parse-roster.js';

/** Something in the policy that is allowed but probably not what was meant: printed at start, never a refusal. */
export interface PolicyWarning {
  file: string;
  line: number | null;
  message: string;
}

/** A policy warning as one line for people: where it is, then what to check. */
export function formatPolicyWarning(w: PolicyWarning): string {
  return `${w.file}${w.line === null ? '' : `:${w.line}`}: ${w.message}`;
}

/**
 * A display name where a contact id belongs: Chinese characters, spaces or the `部门-姓名`
 * shape. Contact ids (`wxid_…`, custom WeChat ids, WeCom ids) are ASCII without spaces.
 */
export function looksLikeDisplayName(entry: string): boolean {
  return /[^\x21-\x7e]/.test(entry);
}

/** Warnings for `admins` (top level and per group) entries that look like names instead of ids. */
export function adminWarnings(policy: Policy, where: (...path: PropertyKey[]) => { file: string; line: number | null }): PolicyWarning[] {
  const lists: [PropertyKey[], readonly string[]][] = [
    [['admins'], policy.admins],
    ...policy.groups.map((g, i): [PropertyKey[], readonly string[]] => [['groups', i, 'admins'], g.admins ?? []]),
  ];
  return lists.flatMap(([path, ids]) =>
    ids.flatMap((id, i) =>
      looksLikeDisplayName(id)
        ? [
            {
              ...where(...path, i),
              message:
                `${[...path, i].join('.')}: “${id}”像是群昵称或显示名，不是联系人 ID；管理员权限只认 ID，这一项不会生效。` +
                '请改为此人的微信 ID（如 wxid_…，机器人的日志和模拟群里都能看到）',
            },
          ]
        : [],
    ),
  );
}

/** The warning for two roster rows that name the same person in the same department. */
export function rosterDuplicateWarning(file: string, d: RosterDuplicate): PolicyWarning {
  return {
    file,
    line: d.line,
    message:
      `花名册第 ${d.line} 行与第 ${d.firstLine} 行都是“${d.department}-${d.name}”：两人的群昵称会完全相同，机器人按姓名认人，无法区分。` +
      '若是重复录入，请删除一行；若确有两人，请在姓名上加以区分（如“李伟(大)”），并让各自的群昵称与之一致',
  };
}

/**
 * The warning for a year the holiday calendar has no data for: reminders would go out on
 * public holidays and skip make-up workdays. Null when the calendar knows the year or
 * when `holidays:` already lists days of it (the admins took care of it).
 */
export function calendarYearWarning(policyFile: string, policy: Policy, year: number, calendarKnows: boolean): PolicyWarning | null {
  if (calendarKnows || policy.work_hours === null) return null;
  const listed = [...(policy.holidays ?? []), ...(policy.workdays ?? [])].some((d) => d.startsWith(`${year}-`));
  if (listed) return null;
  return {
    file: policyFile,
    line: null,
    message:
      `节假日日历还没有 ${year} 年的数据：提醒只按 work_hours 的星期安排，法定节假日也会发、调休上班日不会发。` +
      `请升级 chinese-days，或在策略文件中用 holidays: / workdays: 写上 ${year} 年的放假和调休日期`,
  };
}
