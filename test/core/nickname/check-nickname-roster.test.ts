import { describe, expect, it } from 'vitest';
import { checkNickname, type NicknameRules } from '../../../src/core/nickname/check-nickname.js';
import { createRoster } from '../../../src/core/roster/roster.js';

// Fictional people only.
const roster = createRoster(
  [
    ['李四', '销售部'],
    ['李四', '市场部'],
    ['张三', '行政人事部'],
    ['王五', '市场部'],
    ['赵六六', '销售部'],
    ['欧阳小明', '销售部'],
    ['Tom Li', '销售部'],
    ['王建国', '总裁办'],
  ].map(([name, department]) => ({ name: name as string, department: department as string, fields: {} })),
);

const RULES: NicknameRules = { departments: ['行政人事部', '销售部', '市场部'], nameOnly: ['王建国'], roster };
/** Departments come from the roster when the policy lists none. */
const ROSTER_ONLY: NicknameRules = { departments: [], nameOnly: [], roster };

describe('checkNickname with a roster: accepted', () => {
  it.each([
    ['销售部-李四', '销售部', '李四'],
    ['市场部-李四', '市场部', '李四'],
    ['行政人事部-张三', '行政人事部', '张三'],
    ['销售部-tom li', '销售部', 'Tom Li'],
    ['王建国', null, '王建国'],
  ])('%j is ok as %s / %s', (nickname, department, name) => {
    expect(checkNickname(nickname, RULES)).toMatchObject({ ok: true, department, name, problem: null, suggestion: null });
  });

  it.each([
    ['总裁办-王建国', '总裁办', '王建国'],
    ['销售部-赵六六', '销售部', '赵六六'],
  ])('with departments from the roster, %j is ok', (nickname, department, name) => {
    expect(checkNickname(nickname, ROSTER_ONLY)).toMatchObject({ ok: true, department, name });
  });
});

describe('checkNickname with a roster: problems and nearest roster suggestions', () => {
  it.each([
    ['销售部-李斯', 'not_on_roster', '销售部-李四'],
    ['市场部-李斯', 'not_on_roster', '市场部-李四'],
    ['行政人事部-张叁', 'not_on_roster', '行政人事部-张三'],
    ['销售部-欧阳晓明', 'not_on_roster', '销售部-欧阳小明'],
    ['销售部-赵六', 'not_on_roster', '销售部-赵六六'],
    ['销售部-Tom Lee', 'not_on_roster', '销售部-Tom Li'],
    ['销售部-李四同学', 'not_on_roster', '销售部-李四'],
    // a two-character name one keystroke away is only trusted within the same department
    ['行政人事部-李斯', 'not_on_roster', null],
    ['销售部-孙七', 'not_on_roster', null],
    ['市场部-赵六六', 'wrong_department', '销售部-赵六六'],
    ['行政人事部-王五', 'wrong_department', '市场部-王五'],
    // 李四 is in two departments, neither near the one typed
    ['行政人事部-李四', 'wrong_department', null],
    ['销售-赵六六', 'unknown_department', '销售部-赵六六'],
    ['张三', 'no_department', '行政人事部-张三'],
    ['欧阳晓明', 'no_department', '销售部-欧阳小明'],
    // ambiguous: two people called 李四
    ['李四', 'no_department', null],
    ['李斯', 'no_department', null],
    ['王五-市场部', 'reversed', '市场部-王五'],
    ['王五-销售部', 'reversed', '市场部-王五'],
    ['销售部李斯', 'missing_separator', '销售部-李四'],
    ['销售部-李四🐱', 'invalid_name', '销售部-李四'],
  ])('%j -> %s, suggests %j', (nickname, problemCode, suggestion) => {
    expect(checkNickname(nickname, RULES)).toMatchObject({ ok: false, problemCode, suggestion });
  });

  it.each([
    ['财务部-王五', 'unknown_department', '市场部-王五'],
    ['市场部-赵六六', 'wrong_department', '销售部-赵六六'],
  ])('with departments from the roster, %j -> %s', (nickname, problemCode, suggestion) => {
    expect(checkNickname(nickname, ROSTER_ONLY)).toMatchObject({ ok: false, problemCode, suggestion });
  });

  it('never suggests the nickname the member already has', () => {
    const onlySales: NicknameRules = { departments: ['销售部'], nameOnly: [], roster };
    expect(checkNickname('市场部-王五', onlySales)).toMatchObject({ problemCode: 'unknown_department', suggestion: null });
  });
});
