/** Times as `qunguard simulate` prints them: ISO 8601 with the policy time zone's offset. */
import { localParts, pad2, utcOffsetMs } from '../core/time/local-parts.js';

/** ISO 8601 with the timezone's offset (`2026-11-23T09:05:00+08:00`), as `simulate` prints times. */
export function formatOffsetTime(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  const offsetMinutes = Math.round(utcOffsetMs(ms, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
