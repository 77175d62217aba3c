/**
 * Work hours: when members may be reminded, by weekday and daily window (overnight windows included), with the work
 * calendar's holidays and make-up days taking precedence over the weekday list.
 */
import { localParts } from '../time/local-parts.js';
import { dateKey, NO_CALENDAR, type WorkCalendar } from './work-calendar.js';

/**
 * When members may be reminded: weekdays (1 = Monday … 7 = Sunday) and a daily window.
 * `to` before `from` is an overnight window (`18:00`–`09:00`): it belongs to the day it
 * starts on, so Friday 18:00–Saturday 09:00 is open when Friday is a listed day.
 */
export interface WorkHours {
  days: readonly number[];
  from: string;
  to: string;
}

/**
 * True when `ms` falls inside work hours in `timeZone`; null work hours mean any time.
 * The calendar decides which dates are workdays (a public holiday on a Wednesday is
 * not, a make-up Saturday is); on dates it does not know, `hours.days` decides.
 */
export function isWithinWorkHours(ms: number, timeZone: string, hours: WorkHours | null, calendar: WorkCalendar = NO_CALENDAR): boolean {
  if (!hours) return true;
  const local = localParts(ms, timeZone);
  const minutes = local.hour * 60 + local.minute;
  const from = clockMinutes(hours.from);
  const to = clockMinutes(hours.to);
  const workday = (offset: number): boolean => {
    const kind = calendar(dateKey(local.year, local.month, local.day + offset));
    if (kind !== null) return kind === 'workday';
    const weekday = ((local.weekday - 1 + offset + 7) % 7) + 1;
    return hours.days.includes(weekday);
  };
  if (from < to) return workday(0) && minutes >= from && minutes < to;
  // Overnight: the evening part today, or the morning part of a window that opened yesterday.
  return (workday(0) && minutes >= from) || (workday(-1) && minutes < to);
}

function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
