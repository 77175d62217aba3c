import { describe, expect, it } from 'vitest';
import { withPolicyDates, type WorkCalendar } from '../../../src/core/policy/work-calendar.js';
import { isWithinWorkHours, type WorkHours } from '../../../src/core/policy/work-hours.js';

const TZ = 'Asia/Shanghai';
const at = (iso: string): number => Date.parse(`${iso}+08:00`);
const WEEKDAYS = [1, 2, 3, 4, 5];
const day: WorkHours = { days: WEEKDAYS, from: '09:00', to: '18:00' };
const night: WorkHours = { days: WEEKDAYS, from: '18:00', to: '09:00' };

describe('isWithinWorkHours', () => {
  // 2026-11-23 is a Monday, 2026-11-28 a Saturday, 2026-11-30 the next Monday.
  it.each<[string, WorkHours | null, string, boolean]>([
    ['a daytime window, inside', day, '2026-11-23T10:00:00', true],
    ['a daytime window, at its end', day, '2026-11-23T18:00:00', false],
    ['a daytime window, on a Saturday', day, '2026-11-28T10:00:00', false],
    ['overnight, Monday evening', night, '2026-11-23T20:00:00', true],
    ['overnight, Tuesday early morning (the window Monday opened)', night, '2026-11-24T03:00:00', true],
    ['overnight, at its end', night, '2026-11-24T09:00:00', false],
    ['overnight, midday', night, '2026-11-24T12:00:00', false],
    ['overnight, Saturday morning belongs to Friday night', night, '2026-11-28T08:59:00', true],
    ['overnight, Saturday evening is not a listed day', night, '2026-11-28T20:00:00', false],
    ['overnight, Monday morning belongs to Sunday night, not listed', night, '2026-11-30T08:00:00', false],
    ['overnight across the week: Sunday night to Monday morning', { days: [7], from: '22:00', to: '06:00' }, '2026-11-30T05:00:00', true],
    ['no work hours: any time', null, '2026-11-28T03:00:00', true],
  ])('%s', (_name, hours, iso, expected) => {
    expect(isWithinWorkHours(at(iso), TZ, hours)).toBe(expected);
  });
});

/** A made-up calendar: Wed 2026-11-25 a public holiday, Sat 2026-11-28 a make-up workday; other dates unknown. */
const calendar: WorkCalendar = (date) => ({ '2026-11-25': 'off', '2026-11-28': 'workday' } as const)[date] ?? null;

describe('isWithinWorkHours with a holiday calendar', () => {
  it.each<[string, WorkHours, WorkCalendar, string, boolean]>([
    ['a public holiday on a Wednesday is closed', day, calendar, '2026-11-25T10:00:00', false],
    ['the ordinary Thursday after it is open', day, calendar, '2026-11-26T10:00:00', true],
    ['a make-up Saturday is open within the hours', day, calendar, '2026-11-28T10:00:00', true],
    ['a make-up Saturday is still closed after hours', day, calendar, '2026-11-28T19:00:00', false],
    ['an ordinary Saturday stays closed', day, calendar, '2026-11-21T10:00:00', false],
    ['a six-day week keeps its ordinary Saturdays', { days: [1, 2, 3, 4, 5, 6], from: '09:00', to: '18:00' }, calendar, '2026-11-21T10:00:00', true],
    ['overnight: the holiday evening is closed', night, calendar, '2026-11-25T20:00:00', false],
    ['overnight: the morning after a holiday evening is closed', night, calendar, '2026-11-26T03:00:00', false],
    ['overnight: the morning after the make-up Saturday belongs to it', night, calendar, '2026-11-29T03:00:00', true],
    ['policy holidays win over the calendar', day, withPolicyDates(calendar, { holidays: ['2026-11-28'], workdays: [] }), '2026-11-28T10:00:00', false],
    ['policy workdays win over the calendar', day, withPolicyDates(calendar, { holidays: [], workdays: ['2026-11-25'] }), '2026-11-25T10:00:00', true],
    ['policy dates across a month end (Sunday 2026-11-29 → Monday)', night, withPolicyDates(calendar, { holidays: ['2026-11-30'], workdays: [] }), '2026-12-01T03:00:00', false],
  ])('%s', (_name, hours, cal, iso, expected) => {
    expect(isWithinWorkHours(at(iso), TZ, hours, cal)).toBe(expected);
  });
});
