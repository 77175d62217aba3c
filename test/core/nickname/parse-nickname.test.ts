import { describe, expect, it } from 'vitest';
import { createDepartmentIndex } from '../../../src/core/nickname/department-index.js';
import { createNicknameParser, parseNickname } from '../../../src/core/nickname/parse-nickname.js';

const DEPARTMENTS = ['行政人事部', '销售部', '市场部', 'IT部'];

describe('parseNickname: department and name', () => {
  it.each([
    ['销售部-李四', '销售部', '李四', 'dash', false],
    ['销售部 - 李四', '销售部', '李四', 'dash', false],
    ['销售部－李四', '销售部', '李四', 'dash', false],
    ['销售部—李四', '销售部', '李四', 'dash', false],
    ['销售部——李四', '销售部', '李四', 'dash', false],
    ['销售部–李四', '销售部', '李四', 'dash', false],
    ['销售部‐李四', '销售部', '李四', 'dash', false],
    ['销售部‑李四', '销售部', '李四', 'dash', false],
    ['销售部−李四', '销售部', '李四', 'dash', false],
    ['销售部﹣李四', '销售部', '李四', 'dash', false],
    ['  销售部\u3000—\u3000李四  ', '销售部', '李四', 'dash', false],
    ['\u200b销售部-李\u200d四\ufeff', '销售部', '李四', 'dash', false],
    ['销售部-李  四', '销售部', '李四', 'dash', false],
    ['ＩＴ部-Tom Li', 'IT部', 'Tom Li', 'dash', false],
    ['李四-销售部', '销售部', '李四', 'dash', true],
    ['销售部李四', '销售部', '李四', 'none', false],
    ['销售部 李四', '销售部', '李四', 'none', false],
    ['李四销售部', '销售部', '李四', 'none', true],
    ['IT部Tom', 'IT部', 'Tom', 'none', false],
    ['销售部/李四', '销售部', '李四', 'other', false],
    ['销售部_李四', '销售部', '李四', 'other', false],
    ['销售部+李四', '销售部', '李四', 'other', false],
    ['销售部：李四', '销售部', '李四', 'other', false],
    ['【销售部】李四', '销售部', '李四', 'other', false],
    ['李四（销售部）', '销售部', '李四', 'other', true],
    ['销售部-华东组-李四', '销售部-华东组', '李四', 'dash', false],
  ])('%j -> %s / %s (%s, reversed %s)', (nickname, department, name, separator, reversed) => {
    const parsed = parseNickname(nickname, DEPARTMENTS);
    expect(parsed).toMatchObject({ shape: 'pair', department, name, separator, reversed });
  });
});

describe('parseNickname: other shapes', () => {
  it.each([
    ['', 'empty', null, null],
    ['   ', 'empty', null, null],
    ['\u200b\u200c\ufeff', 'empty', null, null],
    ['\u3164', 'empty', null, null],
    ['🐱🐱', 'symbols', null, null],
    ['👍🏻❤️', 'symbols', null, null],
    ['~~~', 'symbols', null, null],
    ['小王', 'bare', null, '小王'],
    ['Tom Li', 'bare', null, 'Tom Li'],
    ['-李四', 'bare', null, '李四'],
    ['销售部', 'department_only', '销售部', null],
    ['销售部-', 'department_only', '销售部', null],
    ['销售部-🐱', 'department_only', '销售部', null],
    ['李四(Tom)', 'bare', null, '李四(Tom)'],
  ])('%j -> %s', (nickname, shape, department, name) => {
    expect(parseNickname(nickname, DEPARTMENTS)).toMatchObject({ shape, department, name });
  });

  it('sets aside parts without letters (a phone number) as extras', () => {
    expect(parseNickname('销售部-李四-13800138000', DEPARTMENTS)).toMatchObject({
      shape: 'pair',
      department: '销售部',
      name: '李四',
      extras: ['13800138000'],
    });
  });

  it('does not split a Latin name at a Latin department prefix', () => {
    const parsed = createNicknameParser({ departments: createDepartmentIndex(['IT']) })('Itzel');
    expect(parsed).toMatchObject({ shape: 'bare', name: 'Itzel' });
  });
});

describe('parseNickname without a department list', () => {
  it.each([
    ['财务部-王五', '财务部', '王五', false, 'dash'],
    ['王五-财务部', '财务部', '王五', true, 'dash'],
    ['财务部王五', '财务部', '王五', false, 'none'],
    ['客服中心-赵六', '客服中心', '赵六', false, 'dash'],
  ])('%j -> %s / %s', (nickname, department, name, reversed, separator) => {
    expect(parseNickname(nickname)).toMatchObject({ shape: 'pair', department, name, reversed, separator });
  });

  it('uses known names to see a reversed nickname when the department is unknown', () => {
    const parse = createNicknameParser({ departments: createDepartmentIndex([]), isKnownName: (n) => n === '王五' });
    expect(parse('王五-研发')).toMatchObject({ department: '研发', name: '王五', reversed: true });
  });
});
