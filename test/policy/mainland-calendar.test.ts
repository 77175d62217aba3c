/** The mainland calendar from chinese-days, and the start-up warning for a year it has no data for. */
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/core/policy/schema.js';
import { calendarKnowsYear, mainlandCalendar } from '../../src/policy/mainland-calendar.js';
import { calendarYearWarning } from '../../src/policy/policy-warning.js';

describe('mainlandCalendar', () => {
  it.each([
    ['National Day on a Thursday is a day off', '2026-10-01', 'off'],
    ['the make-up Saturday after National Day is a workday', '2026-10-10', 'workday'],
    ['an ordinary Monday: the weekdays decide', '2026-11-23', null],
    ['an ordinary Saturday: the weekdays decide', '2026-11-28', null],
    ['a year without data: unknown, never guessed', '2027-01-01', null],
  ])('%s', (_name, date, kind) => {
    expect(mainlandCalendar(date)).toBe(kind);
  });

  it('knows 2026, not 2027 (chinese-days 1.5.x)', () => {
    expect([calendarKnowsYear(2026), calendarKnowsYear(2027)]).toEqual([true, false]);
  });
});

describe('calendarYearWarning', () => {
  const policy = (raw: Record<string, unknown>) => policySchema.parse({ version: 1, ...raw });
  it.each([
    ['a year the calendar knows: no warning', {}, true, false],
    ['a year it does not know: warned', {}, false, true],
    ['work hours off: nothing to warn about', { work_hours: null }, false, false],
    ['the policy lists that year’s holidays: no warning', { holidays: ['2027-02-11'] }, false, false],
    ['the policy lists another year’s holidays only: warned', { holidays: ['2026-02-11'] }, false, true],
  ])('%s', (_name, raw, knows, warned) => {
    const w = calendarYearWarning('policy.yaml', policy(raw), 2027, knows);
    expect(w !== null).toBe(warned);
    if (w) expect(w.message).toContain('2027 年');
  });

  it.each(['2027-02-30', '2027-2-1', '明年元旦'])('a holiday that is not a date (%s) is refused', (date) => {
    expect(policySchema.safeParse({ version: 1, holidays: [date] }).success).toBe(false);
  });
});
