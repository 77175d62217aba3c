import { localParts } from '../time/local-parts.js';

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

/** True when `ms` falls inside work hours in `timeZone`; null work hours mean any time. */
export function isWithinWorkHours(ms: number, timeZone: string, hours: WorkHours | null): boolean {
  if (!hours) return true;
  const local = localParts(ms, timeZone);
  const minutes = local.hour * 60 + local.minute;
  const from = clockMinutes(hours.from);
  const to = clockMinutes(hours.to);
  if (from < to) return hours.days.includes(local.weekday) && minutes >= from && minutes < to;
  // Overnight: the evening part today, or the morning part of a window that opened yesterday.
  const yesterday = local.weekday === 1 ? 7 : local.weekday - 1;
  return (hours.days.includes(local.weekday) && minutes >= from) || (hours.days.includes(yesterday) && minutes < to);
}

function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
