import { describe, expect, it } from 'vitest';
import {
  checkNickname,
  createNicknameChecker,
  renderNickname,
  type NicknameRules,
} from '../../../src/core/nickname/check-nickname.js';
import { NICKNAME_PROBLEMS, NICKNAME_PROBLEM_TEXT } from '../../../src/core/nickname/nickname-problem.js';

const RULES: NicknameRules = { departments: ['行政人事部', '销售部', '市场部'], nameOnly: ['王建国'] };
const OPEN: NicknameRules = { departments: [], nameOnly: [] };

describe('checkNickname: accepted nicknames', () => {
  it.each([
    ['销售部-李四', '销售部', '李四'],
    ['销售部 - 李四', '销售部', '李四'],
    ['销售部－李四', '销售部', '李四'],
    ['销售部—李四', '销售部', '李四'],
    ['销售部——李四', '销售部', '李四'],
    ['销售部–李四', '销售部', '李四'],
    ['销售部‐李四', '销售部', '李四'],
    ['销售部−李四', '销售部', '李四'],
    ['行政人事部-张三', '行政人事部', '张三'],
    ['销售部-李 四', '销售部', '李四'],
    ['\u200b销售部-李四\u200b', '销售部', '李四'],
    ['销售部-Tom Li', '销售部', 'Tom Li'],
    ['销售部-阿依古丽·买买提', '销售部', '阿依古丽·买买提'],
    ['王建国', null, '王建国'],
    [' 王建国 ', null, '王建国'],
    ['市场部-王建国', '市场部', '王建国'],
  ])('%j is ok as %s / %s', (nickname, department, name) => {
    expect(checkNickname(nickname, RULES)).toEqual({
      nickname,
      ok: true,
      department,
      name,
      problem: null,
      problemCode: null,
      suggestion: null,
    });
  });

  it.each([
    ['财务部-王五', '财务部', '王五'],
    ['Sales-Tom', 'Sales', 'Tom'],
    ['研发2组-赵六', '研发2组', '赵六'],
  ])('with no department list, %j is ok as %s / %s', (nickname, department, name) => {
    expect(checkNickname(nickname, OPEN)).toMatchObject({ ok: true, department, name });
  });
});

describe('checkNickname: problems and suggestions without a roster', () => {
  it.each([
    ['', 'empty', null, null, null],
    ['   ', 'empty', null, null, null],
    ['\u200b\u200d', 'empty', null, null, null],
    ['🐱🐱', 'emoji_only', null, null, null],
    ['✨✨~', 'emoji_only', null, null, null],
    ['小王', 'no_department', null, '小王', null],
    ['-李四', 'no_department', null, '李四', null],
    ['王建过', 'no_department', null, '王建过', '王建国'],
    ['李四-销售部', 'reversed', '销售部', '李四', '销售部-李四'],
    ['李四 — 销售部', 'reversed', '销售部', '李四', '销售部-李四'],
    ['李四销售部', 'reversed', '销售部', '李四', '销售部-李四'],
    ['李四(销售部)', 'reversed', '销售部', '李四', '销售部-李四'],
    ['李四-销售布', 'reversed', '销售布', '李四', '销售部-李四'],
    ['销售部李四', 'missing_separator', '销售部', '李四', '销售部-李四'],
    ['销售部 李四', 'missing_separator', '销售部', '李四', '销售部-李四'],
    ['销售部/李四', 'missing_separator', '销售部', '李四', '销售部-李四'],
    ['销售部_李四', 'missing_separator', '销售部', '李四', '销售部-李四'],
    ['销售部+李四', 'missing_separator', '销售部', '李四', '销售部-李四'],
    ['【销售部】李四', 'missing_separator', '销售部', '李四', '销售部-李四'],
    ['销售部', 'missing_name', '销售部', null, null],
    ['销售部-', 'missing_name', '销售部', null, null],
    ['销售部-🐱', 'missing_name', '销售部', null, null],
    ['销售部-市场部', 'missing_name', '销售部', null, null],
    ['销售-李四', 'unknown_department', '销售', '李四', '销售部-李四'],
    ['销售布-李四', 'unknown_department', '销售布', '李四', '销售部-李四'],
    ['銷售部-李四', 'unknown_department', '銷售部', '李四', '销售部-李四'],
    ['人事部-张三', 'unknown_department', '人事部', '张三', '行政人事部-张三'],
    ['销售部-华东组-李四', 'unknown_department', '销售部-华东组', '李四', '销售部-李四'],
    ['财务部-李四', 'unknown_department', '财务部', '李四', null],
    ['总裁-王建国', 'unknown_department', '总裁', '王建国', '王建国'],
    ['🐱销售部-李四', 'invalid_department', '🐱销售部', '李四', '销售部-李四'],
    ['销售部-李四123', 'invalid_name', '销售部', '李四123', '销售部-李四'],
    ['销售部-李四🐱', 'invalid_name', '销售部', '李四🐱', '销售部-李四'],
    ['销售部-李四（请假中）', 'invalid_name', '销售部', '李四(请假中)', '销售部-李四'],
    ['销售部-李四-13800138000', 'invalid_name', '销售部', '李四', '销售部-李四'],
    ['销售部-李', 'invalid_name', '销售部', '李', null],
    ['销售部-李四五六七八九', 'invalid_name', '销售部', '李四五六七八九', null],
    ['销售部-123', 'missing_name', '销售部', null, null],
    ['王建国-123', 'invalid_name', null, '王建国', '王建国'],
  ])('%j -> %s', (nickname, problemCode, department, name, suggestion) => {
    const verdict = checkNickname(nickname, RULES);
    expect(verdict).toEqual({
      nickname,
      ok: false,
      department,
      name,
      problem: NICKNAME_PROBLEM_TEXT[problemCode as keyof typeof NICKNAME_PROBLEM_TEXT],
      problemCode,
      suggestion,
    });
  });

  it.each([
    ['王五-财务部', 'reversed', '财务部-王五'],
    ['财务部王五', 'missing_separator', '财务部-王五'],
    ['财务部', 'missing_name', null],
    ['🐱财务部-王五', 'invalid_department', '财务部-王五'],
    ['财务部-王五2', 'invalid_name', '财务部-王五'],
  ])('with no department list, %j -> %s', (nickname, problemCode, suggestion) => {
    expect(checkNickname(nickname, OPEN)).toMatchObject({ ok: false, problemCode, suggestion });
  });
});

describe('problem texts', () => {
  it.each(NICKNAME_PROBLEMS.map((code) => [code]))('%s has a Chinese explanation', (code) => {
    expect(NICKNAME_PROBLEM_TEXT[code]).toMatch(/\p{Script=Han}{4}/u);
  });

  it('tells the member the expected format', () => {
    expect(checkNickname('小王', RULES).problem).toBe('群昵称缺少部门，应为“部门-姓名”');
  });
});

describe('renderNickname', () => {
  it.each([
    ['销售部', '李四', '销售部-李四'],
    [null, '王建国', '王建国'],
  ])('%s + %s -> %s', (department, name, expected) => {
    expect(renderNickname(department, name)).toBe(expected);
  });
});

describe('createNicknameChecker', () => {
  it('returns fresh verdict objects (callers may not corrupt the cache)', () => {
    const check = createNicknameChecker(RULES);
    const first = check('小王');
    first.suggestion = 'changed';
    expect(check('小王').suggestion).toBeNull();
  });

  it('gives the same verdicts as checkNickname', () => {
    const check = createNicknameChecker(RULES);
    for (const nickname of ['销售部-李四', '李四-销售部', '🐱', '王建国']) {
      expect(check(nickname)).toEqual(checkNickname(nickname, RULES));
    }
  });
});
