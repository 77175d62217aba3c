/** When members may be reminded: weekdays (1 = Monday … 7 = Sunday) and a daily window. */
export interface WorkHours {
  days: readonly number[];
  from: string;
  to: string;
}

/** True when `ms` falls inside work hours in `timeZone`; null work hours mean any time. */
export function isWithinWorkHours(ms: number, timeZone: string, hours: WorkHours | null): boolean {
  if (!hours) return true;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  const minutes = (Number(get('hour')) % 24) * 60 + Number(get('minute'));
  const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return hours.days.includes(day) && minutes >= toMinutes(hours.from) && minutes < toMinutes(hours.to);
}
