/**
 * Times and dates as people read them in the bot's Chinese messages (`11月30日 09:00`, `2026年11月30日`), always in the
 * policy's time zone.
 */
import { localParts, pad2 } from '../time/local-parts.js';

/** A time as admins and members read it: `11月30日 09:00`, in the policy's timezone. */
export function formatTimeZh(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.month}月${p.day}日 ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** A date with its year, for things that may be long ago: `2026年11月30日`. */
export function formatDateZh(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${p.year}年${p.month}月${p.day}日`;
}
