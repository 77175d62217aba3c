/** Calendar days in the policy's timezone: digests count and label by the admins' local day. */
import { localParts, utcOffsetMs } from '../time/local-parts.js';

/** The instant of local midnight of a calendar date (month 1–12; day may overflow, as in Date.UTC). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall - utcOffsetMs(wall, timeZone);
  guess = wall - utcOffsetMs(guess, timeZone);
  return guess;
}

/** Local midnight at the start of the day containing `ms`. */
export function localDayStart(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return localMidnight(p.year, p.month, p.day, timeZone);
}

/** Local midnight `days` calendar days after (or before, when negative) the day containing `ms`. */
export function addLocalDays(ms: number, days: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return localMidnight(p.year, p.month, p.day + days, timeZone);
}

/** `2026-11-23`: the local day of `ms`, as a sortable key for per-day counters. */
export function localDayKey(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** `11月23日`: a day as admins read it. */
export function dayLabelZh(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.month}月${p.day}日`;
}

/** `11/23`: a day on a chart axis, where space is short. */
export function dayLabelShort(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.month}/${p.day}`;
}

/** True when `ms` is exactly a local midnight. */
export function isLocalMidnight(ms: number, timeZone: string): boolean {
  return localDayStart(ms, timeZone) === ms;
}

/** The local-midnight starts of every day that [since, until) touches, oldest first. */
export function localDaysBetween(since: number, until: number, timeZone: string): number[] {
  const days: number[] = [];
  if (until <= since) return days;
  for (let d = localDayStart(since, timeZone); d < until; d = addLocalDays(d, 1, timeZone)) days.push(d);
  return days;
}
