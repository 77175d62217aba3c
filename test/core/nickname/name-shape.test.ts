import { describe, expect, it } from 'vitest';
import { cleanText, textKey } from '../../../src/core/nickname/clean-text.js';
import { createDepartmentIndex } from '../../../src/core/nickname/department-index.js';
import { isValidName, salvageName } from '../../../src/core/nickname/name-shape.js';

describe('cleanText / textKey', () => {
  it.each([
    ['  李四  ', '李四'],
    ['李\u200b四', '李四'],
    ['\ufeff\u202e李四\u2066', '李四'],
    ['李\u3000\u3000四', '李四'],
    ['ＴＯＭ　Ｌｉ', 'TOM Li'],
    ['\u3164', ''],
  ])('cleanText(%j) -> %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('textKey ignores case and spacing', () => {
    expect(textKey('Tom  Li')).toBe(textKey('tomli'));
  });
});

describe('isValidName', () => {
  it.each([
    ['李四', true],
    ['欧阳小明', true],
    ['阿依古丽·买买提', true],
    ['Tom', true],
    ["Mary O'Neil", true],
    ['J. Smith', true],
    ['李', false],
    ['李四五六七八九', false],
    ['李四1', false],
    ['李四🐱', false],
    ['李四Tom', false],
    ['T', false],
    ['·李四', false],
  ])('%j -> %s', (name, valid) => {
    expect(isValidName(name)).toBe(valid);
  });
});

describe('salvageName', () => {
  it.each([
    ['李四123', '李四'],
    ['🐱李四🐱', '李四'],
    ['李四(请假中)', '李四'],
    ['李四(Tom)', '李四'],
    ['Tom🐱', 'Tom'],
    ['Tom 2', 'Tom'],
    ['123', null],
    ['李', null],
  ])('%j -> %j', (text, expected) => {
    expect(salvageName(text)).toBe(expected);
  });
});

describe('createDepartmentIndex', () => {
  const index = createDepartmentIndex(['行政人事部', '销售部', '销售一部', '市场部', 'IT部', '销售部']);

  it('drops duplicates and keeps the given order', () => {
    expect(index.list).toEqual(['行政人事部', '销售部', '销售一部', '市场部', 'IT部']);
  });

  it.each([
    ['销售部', '销售部'],
    ['ＩＴ部', 'IT部'],
    ['it 部', 'IT部'],
    ['销售', null],
  ])('canonical(%j) -> %j', (text, expected) => {
    expect(index.canonical(text)).toBe(expected);
  });

  it.each([
    ['销售布', '销售部'],
    ['銷售部', '销售部'],
    ['销售', '销售部'],
    ['人事部', '行政人事部'],
    ['销售一布', '销售一部'],
    ['财务部', null],
    ['部', null],
  ])('nearest(%j) -> %j', (text, expected) => {
    expect(index.nearest(text)).toBe(expected);
  });

  it.each([
    ['销售一部李四', '销售一部', null],
    ['销售部李四', '销售部', null],
    ['李四销售部', null, '销售部'],
    ['销售部', null, null],
  ])('prefixOf / suffixOf(%j)', (text, prefix, suffix) => {
    expect(index.prefixOf(text)).toBe(prefix);
    expect(index.suffixOf(text)).toBe(suffix);
  });
});
