/** Why a group nickname breaks the `部门-姓名` rule, and the explanation a member is shown. */

/** Machine-readable reason a nickname is not acceptable. */
export type NicknameProblem =
  | 'empty'
  | 'emoji_only'
  | 'no_department'
  | 'reversed'
  | 'unknown_department'
  | 'invalid_department'
  | 'missing_name'
  | 'missing_separator'
  | 'not_on_roster'
  | 'wrong_department'
  | 'invalid_name';

/** All problem codes, for validation and exhaustive tests. */
export const NICKNAME_PROBLEMS: readonly NicknameProblem[] = [
  'empty',
  'emoji_only',
  'no_department',
  'reversed',
  'unknown_department',
  'invalid_department',
  'missing_name',
  'missing_separator',
  'not_on_roster',
  'wrong_department',
  'invalid_name',
];

/** The format, without an example: the sentence around it gives one example, or the suggestion. */
const FORMAT = '应为“部门-姓名”';

/**
 * Short Simplified-Chinese explanation per problem, addressed to the member.
 * It never repeats the nickname itself (the bot does not echo member text).
 */
export const NICKNAME_PROBLEM_TEXT: Readonly<Record<NicknameProblem, string>> = {
  empty: `群昵称为空，${FORMAT}`,
  emoji_only: `群昵称只有表情或符号，${FORMAT}`,
  no_department: `群昵称缺少部门，${FORMAT}`,
  reversed: `部门和姓名的顺序颠倒了，${FORMAT}，部门在前`,
  unknown_department: '部门名称不在公司部门列表中，请使用正式的部门名称',
  invalid_department: '部门名称中不能有表情或符号，请使用正式的部门名称',
  missing_name: `群昵称缺少姓名，${FORMAT}`,
  missing_separator: `部门和姓名之间请用“-”分隔，${FORMAT}`,
  not_on_roster: '姓名不在公司花名册中，请使用本人真实姓名',
  wrong_department: '部门与花名册登记的不一致，请使用花名册上的部门',
  invalid_name: '姓名应为 2–6 个汉字或英文名，不能有数字、表情或符号',
};
