import { localParts } from '../time/local-parts.js';

/** When members may be reminded: weekdays (1 = Monday … 7 = Sunday) and a daily window. */
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
  const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return hours.days.includes(local.weekday) && minutes >= toMinutes(hours.from) && minutes < toMinutes(hours.to);
}
