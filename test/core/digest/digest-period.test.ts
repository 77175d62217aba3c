import { describe, expect, it } from 'vitest';
import { periodHeading, recentPeriod, scheduledPeriod } from '../../../src/core/digest/digest-period.js';

const at = (iso: string): number => Date.parse(iso);
const TZ = 'Asia/Shanghai';

describe('scheduledPeriod: whole local days before the firing day', () => {
  it.each([
    ['weekly, Monday 09:00', 'weekly', '2026-11-30T09:00:00+08:00', '2026-11-23T00:00:00+08:00', '2026-11-30T00:00:00+08:00'],
    ['weekly, fired at midnight', 'weekly', '2026-11-30T00:00:00+08:00', '2026-11-23T00:00:00+08:00', '2026-11-30T00:00:00+08:00'],
    ['weekly, fired late on Sunday', 'weekly', '2026-11-29T23:30:00+08:00', '2026-11-22T00:00:00+08:00', '2026-11-29T00:00:00+08:00'],
    ['daily, 08:00', 'daily', '2026-11-25T08:00:00+08:00', '2026-11-24T00:00:00+08:00', '2026-11-25T00:00:00+08:00'],
    ['daily, over a month end', 'daily', '2026-12-01T08:00:00+08:00', '2026-11-30T00:00:00+08:00', '2026-12-01T00:00:00+08:00'],
  ] as const)('%s', (_name, kind, fire, since, until) => {
    expect(scheduledPeriod(kind, at(fire), TZ)).toEqual({ kind, since: at(since), until: at(until) });
  });
});

describe('periodHeading', () => {
  it.each([
    ['a week', scheduledPeriod('weekly', at('2026-11-30T09:00:00+08:00'), TZ), '【群管家·周报】11月23日–11月29日'],
    ['a day', scheduledPeriod('daily', at('2026-11-30T09:00:00+08:00'), TZ), '【群管家·日报】11月29日'],
    ['a week over a year end', scheduledPeriod('weekly', at('2027-01-04T09:00:00+08:00'), TZ), '【群管家·周报】12月28日–1月3日'],
    ['seven days up to now', recentPeriod(7 * 86_400_000, at('2026-11-25T10:30:00+08:00')), '【群管家·统计】11月18日 10:30–11月25日 10:30'],
  ])('%s', (_name, period, heading) => {
    expect(periodHeading(period, TZ)).toBe(heading);
  });
});
