/**
 * Which dates are workdays: a public-holiday calendar (with make-up workdays) seen as a
 * pure function of a local date, so the work-hours rule stays pure and testable.
 */

/** What a calendar says of one local date; null: it does not know, the weekdays of `work_hours` decide. */
export type DayKind = 'workday' | 'off' | null;

/** A local date as `YYYY-MM-DD` → what kind of day it is. */
export type WorkCalendar = (date: string) => DayKind;

/** No calendar: only the weekdays of `work_hours` count. */
export const NO_CALENDAR: WorkCalendar = () => null;

/** The policy's own dates (`holidays:`, `workdays:`) win over the calendar they wrap. */
export function withPolicyDates(calendar: WorkCalendar, dates: { holidays: readonly string[]; workdays: readonly string[] }): WorkCalendar {
  const off = new Set(dates.holidays);
  const on = new Set(dates.workdays);
  return (date) => (on.has(date) ? 'workday' : off.has(date) ? 'off' : calendar(date));
}

/** `YYYY-MM-DD` of a calendar date given by its fields (days may overflow: the day before the 1st is the last of the month before). */
export function dateKey(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
