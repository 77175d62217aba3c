import { describe, expect, it } from 'vitest';
import { parseRosterCsv, RosterError } from '../../../src/core/roster/parse-roster.js';

/** The RosterError thrown for a text, or a failure when none is thrown. */
function errorOf(text: string): RosterError {
  try {
    parseRosterCsv(text, 'roster.csv');
  } catch (error) {
    if (error instanceof RosterError) return error;
    throw error;
  }
  throw new Error('expected a RosterError');
}

const people = (text: string) =>
  parseRosterCsv(text, 'roster.csv').entries.map((e) => [e.name, e.department, e.fields]);

describe('parseRosterCsv: accepted files', () => {
  it.each([
    ['plain', 'name,department\n李四,销售部\n张三,行政人事部\n', [['李四', '销售部', {}], ['张三', '行政人事部', {}]]],
    ['Chinese headers', '姓名,部门\n李四,销售部\n', [['李四', '销售部', {}]]],
    ['headers in any case and order', 'Department , NAME\n销售部,李四\n', [['李四', '销售部', {}]]],
    ['BOM and CRLF', '\uFEFFname,department\r\n李四,销售部\r\n张三,行政人事部\r\n', [['李四', '销售部', {}], ['张三', '行政人事部', {}]]],
    ['no final newline', 'name,department\n李四,销售部', [['李四', '销售部', {}]]],
    ['blank lines and empty rows skipped', '\nname,department\n\n李四,销售部\n  \n,,\n张三,行政人事部\n\n', [['李四', '销售部', {}], ['张三', '行政人事部', {}]]],
    ['whitespace trimmed', 'name , department\n  李四 ,\t销售部  \n', [['李四', '销售部', {}]]],
    ['extra columns kept in fields', '工号,姓名,部门,职位\nE001,李四,销售部,经理\n', [['李四', '销售部', { 工号: 'E001', 职位: '经理' }]]],
    ['short row padded', 'name,department,phone\n李四,销售部\n', [['李四', '销售部', { phone: '' }]]],
    ['trailing empty fields', 'name,department\n李四,销售部,,\n', [['李四', '销售部', {}]]],
    ['quoted comma', 'name,department,note\n李四,"销售部","华东,华南"\n', [['李四', '销售部', { note: '华东,华南' }]]],
    ['escaped quotes', 'name,department,note\n李四,销售部,"他说""你好"""\n', [['李四', '销售部', { note: '他说"你好"' }]]],
    ['newline inside quotes', 'name,department,note\n李四,销售部,"第一行\r\n第二行"\n', [['李四', '销售部', { note: '第一行\n第二行' }]]],
    ['spaces around a quoted field', 'name,department\n "李四" , "销售部" \n', [['李四', '销售部', {}]]],
    ['full-width and invisible characters cleaned', 'name,department\n李\u200b四,ＩＴ部\n', [['李四', 'IT部', {}]]],
    ['identical duplicate rows kept once', 'name,department\n李四,销售部\n李四,销售部\n', [['李四', '销售部', {}]]],
    ['same name in two departments', 'name,department\n李四,销售部\n李四,市场部\n', [['李四', '销售部', {}], ['李四', '市场部', {}]]],
  ])('%s', (_label, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('parseRosterCsv: errors say where and what to change', () => {
  it.each([
    ['empty file', '', 1, /表头.*header/],
    ['only blank lines', '\n\n', 1, /表头.*header/],
    ['no name column', 'department,phone\n销售部,1\n', 1, /姓名.*name/],
    ['no department column', '姓名,电话\n李四,1\n', 1, /部门.*department/],
    ['header after a blank line', '\n\n名字,部门\n李四,销售部\n', 3, /姓名.*name/],
    ['duplicate column', 'name,department,Name\n李四,销售部,x\n', 1, /重复.*duplicate/],
    ['header only', 'name,department\n', 2, /没有人员.*no people/],
    ['empty name', 'name,department\n李四,销售部\n,市场部\n', 3, /姓名为空.*empty name/],
    ['name of invisible characters only', 'name,department\n\u200b,市场部\n', 2, /姓名为空/],
    ['empty department', 'name,department\n李四,销售部\n\n王五, \n', 4, /部门为空.*empty department/],
    ['unquoted comma', 'name,department\n李四,销售部,华东\n', 2, /双引号.*quotes/],
    ['unterminated quote', 'name,department,note\n李四,销售部,ok\n王五,市场部,"没有结束\n张三,销售部,x\n', 3, /没有闭合.*unterminated/],
    ['text after closing quote', 'name,department\n"李四"x,销售部\n', 2, /引号结束后.*closing quote/],
    ['line numbers count newlines inside quotes', 'name,department,note\n李四,销售部,"a\nb\nc"\n,市场部,x\n', 5, /姓名为空/],
  ])('%s', (_label, text, line, message) => {
    const error = errorOf(text);
    expect(error).toBeInstanceOf(RosterError);
    expect(error.source).toBe('roster.csv');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`roster.csv:${line}: `)).toBe(true);
  });
});

describe('parseRosterCsv: the resulting index', () => {
  const roster = parseRosterCsv('name,department\n李四,销售部\n李四,市场部\n张三,行政人事部\nTom Li,销售部\n', 'roster.csv');

  it.each([
    ['李四', ['销售部', '市场部']],
    ['李 四', ['销售部', '市场部']],
    ['tom li', ['销售部']],
    ['王五', []],
  ])('byName(%j) -> %j', (name, departments) => {
    expect(roster.byName(name).map((e) => e.department)).toEqual(departments);
    expect(roster.has(name)).toBe(departments.length > 0);
  });

  it('lists departments in order of first appearance', () => {
    expect(roster.departments).toEqual(['销售部', '市场部', '行政人事部']);
  });
});
