/** Simulated times as the console shows them (`11-23 09:05 周一`), in the policy's time zone. */
import { localParts, pad2 } from '../../core/time/local-parts.js';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Makes a formatter for simulated times as the console shows them: `11-23 09:05` in the policy's timezone. */
export function simTimeFormatter(timeZone: string, withYear = false): (ms: number) => string {
  return (ms) => {
    const p = localParts(ms, timeZone);
    const date = `${withYear ? `${p.year}-` : ''}${pad2(p.month)}-${pad2(p.day)}`;
    return `${date} ${pad2(p.hour)}:${pad2(p.minute)}${withYear ? ` ${WEEKDAYS[p.weekday - 1]}` : ''}`;
  };
}
