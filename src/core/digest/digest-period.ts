/**
 * The spans digests cover: scheduled weekly and daily digests report whole local days, so consecutive periods are
 * complete and never overlap; plus how a period is titled and written in Chinese.
 */
import { addLocalDays, dayLabelZh, isLocalMidnight, localDayStart } from './local-day.js';
import { formatTimeZh } from '../wording/format-time.js';

/** Which report a period belongs to: scheduled weekly/daily, or any span asked for (`#周报`, the CLI). */
export type DigestKind = 'weekly' | 'daily' | 'custom';

/** The span a digest covers: [since, until) in epoch ms. */
export interface DigestPeriod {
  kind: DigestKind;
  since: number;
  until: number;
}

/** Whole local days each scheduled kind covers. */
export const PERIOD_DAYS: Readonly<Record<Exclude<DigestKind, 'custom'>, number>> = { weekly: 7, daily: 1 };

/**
 * The period a scheduled digest firing at `at` reports on: the whole local days
 * before the day it fires (Monday 09:00 weekly -> last Monday 00:00 to this Monday
 * 00:00), so every period is complete and consecutive ones never overlap.
 */
export function scheduledPeriod(kind: 'weekly' | 'daily', at: number, timeZone: string): DigestPeriod {
  const until = localDayStart(at, timeZone);
  return { kind, since: addLocalDays(until, -PERIOD_DAYS[kind], timeZone), until };
}

/** The last `spanMs` up to `until` (`--since 7d`, `#周报`). */
export function recentPeriod(spanMs: number, until: number): DigestPeriod {
  return { kind: 'custom', since: until - spanMs, until };
}

const TITLES: Record<DigestKind, string> = { weekly: '周报', daily: '日报', custom: '统计' };

/** `【群管家·周报】11月23日–11月29日`: the digest's first line. */
export function periodHeading(period: DigestPeriod, timeZone: string): string {
  return `【群管家·${TITLES[period.kind]}】${periodRangeZh(period, timeZone)}`;
}

/** The span in words: whole days as dates (`11月23日–11月29日`, `11月29日`), otherwise times. */
export function periodRangeZh(period: DigestPeriod, timeZone: string): string {
  if (isLocalMidnight(period.since, timeZone) && isLocalMidnight(period.until, timeZone)) {
    const first = dayLabelZh(period.since, timeZone);
    const last = dayLabelZh(period.until - 1, timeZone);
    return first === last ? first : `${first}–${last}`;
  }
  return `${formatTimeZh(period.since, timeZone)}–${formatTimeZh(period.until, timeZone)}`;
}
