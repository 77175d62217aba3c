import { describe, expect, it } from 'vitest';
import { createRoster, type RosterEntry } from '../../../src/core/roster/roster.js';
import { RosterError } from '../../../src/core/roster/roster-error.js';

const entry = (name: string, department: string, fields: Record<string, string> = {}): RosterEntry => ({ name, department, fields });

describe('createRoster', () => {
  it('indexes by cleaned name and keeps every department of a repeated name', () => {
    const roster = createRoster([entry(' 李四 ', '销售部'), entry('李四', '市场部'), entry('ＴＯＭ', 'IT部')]);
    expect(roster.byName('李四').map((e) => e.department)).toEqual(['销售部', '市场部']);
    expect(roster.byName('tom')).toEqual([entry('TOM', 'IT部')]);
    expect(roster.entries).toHaveLength(3);
  });

  it.each([
    ['identical rows', [entry('李四', '销售部', { id: '1' }), entry('李四', '销售部', { id: '1' })], 1],
    ['same person, different extra fields', [entry('李四', '销售部', { id: '1' }), entry('李四', '销售部', { id: '2' })], 2],
  ])('%s -> %i entries', (_label, entries, count) => {
    expect(createRoster(entries).entries).toHaveLength(count);
  });

  it.each([
    ['empty name', [entry('李四', '销售部'), entry(' ', '销售部')], 2, /姓名为空/],
    ['empty department', [entry('李四', '\u200b')], 1, /部门为空/],
  ])('%s is a RosterError at its position', (_label, entries, line, message) => {
    expect(() => createRoster(entries, 'hr-export')).toThrow(RosterError);
    try {
      createRoster(entries, 'hr-export');
    } catch (error) {
      expect(error).toMatchObject({ source: 'hr-export', line });
      expect((error as Error).message).toMatch(message);
    }
  });

  it('does not share fields objects with its input', () => {
    const input = entry('李四', '销售部', { id: '1' });
    const roster = createRoster([input]);
    input.fields.id = '2';
    expect(roster.entries[0]?.fields.id).toBe('1');
  });
});
