import { describe, expect, it } from 'vitest';
import { addLocalDays, dayLabelShort, dayLabelZh, isLocalMidnight, localDayKey, localDaysBetween, localDayStart, localMidnight } from '../../../src/core/digest/local-day.js';

const at = (iso: string): number => Date.parse(iso);

describe('localDayKey / labels', () => {
  it.each([
    ['2026-11-23T00:00:00+08:00', 'Asia/Shanghai', '2026-11-23', '11月23日', '11/23'],
    ['2026-11-22T23:59:59+08:00', 'Asia/Shanghai', '2026-11-22', '11月22日', '11/22'],
    ['2026-11-22T16:00:00Z', 'Asia/Shanghai', '2026-11-23', '11月23日', '11/23'],
    ['2026-11-22T16:00:00Z', 'UTC', '2026-11-22', '11月22日', '11/22'],
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', '3月8日', '3/8'],
  ])('%s in %s is %s', (iso, tz, key, zh, short) => {
    expect(localDayKey(at(iso), tz)).toBe(key);
    expect(dayLabelZh(at(iso), tz)).toBe(zh);
    expect(dayLabelShort(at(iso), tz)).toBe(short);
  });
});

describe('localDayStart / localMidnight / addLocalDays', () => {
  it.each([
    ['2026-11-25T10:35:00+08:00', 'Asia/Shanghai', '2026-11-25T00:00:00+08:00'],
    ['2026-11-25T00:00:00+08:00', 'Asia/Shanghai', '2026-11-25T00:00:00+08:00'],
    ['2026-11-24T23:59:59.999+08:00', 'Asia/Shanghai', '2026-11-24T00:00:00+08:00'],
    // DST starts in New York on 2026-03-08 (midnight is still EST) and ends on 2026-11-01 (midnight is EDT).
    ['2026-03-08T15:00:00-04:00', 'America/New_York', '2026-03-08T00:00:00-05:00'],
    ['2026-11-01T15:00:00-05:00', 'America/New_York', '2026-11-01T00:00:00-04:00'],
    ['2026-10-25T12:00:00+01:00', 'Europe/Berlin', '2026-10-25T00:00:00+02:00'],
  ])('the day of %s in %s starts at %s', (iso, tz, start) => {
    expect(localDayStart(at(iso), tz)).toBe(at(start));
  });

  it.each([
    [2026, 11, 23, 'Asia/Shanghai', '2026-11-23T00:00:00+08:00'],
    [2026, 11, 31, 'Asia/Shanghai', '2026-12-01T00:00:00+08:00'],
    [2026, 3, 9, 'America/New_York', '2026-03-09T00:00:00-04:00'],
  ])('localMidnight(%i, %i, %i, %s)', (y, m, d, tz, iso) => {
    expect(localMidnight(y, m, d, tz)).toBe(at(iso));
  });

  it.each([
    ['2026-11-30T09:00:00+08:00', -7, 'Asia/Shanghai', '2026-11-23T00:00:00+08:00'],
    ['2026-11-30T09:00:00+08:00', 1, 'Asia/Shanghai', '2026-12-01T00:00:00+08:00'],
    ['2026-03-09T09:00:00-04:00', -1, 'America/New_York', '2026-03-08T00:00:00-05:00'],
  ])('addLocalDays(%s, %i) in %s', (iso, days, tz, expected) => {
    expect(addLocalDays(at(iso), days, tz)).toBe(at(expected));
  });

  it.each([
    ['2026-11-23T00:00:00+08:00', 'Asia/Shanghai', true],
    ['2026-11-23T00:01:00+08:00', 'Asia/Shanghai', false],
    ['2026-11-23T00:00:00Z', 'Asia/Shanghai', false],
  ])('isLocalMidnight(%s, %s) is %s', (iso, tz, expected) => {
    expect(isLocalMidnight(at(iso), tz)).toBe(expected);
  });
});

describe('localDaysBetween', () => {
  it.each([
    ['a whole week', '2026-11-23T00:00:00+08:00', '2026-11-30T00:00:00+08:00', 'Asia/Shanghai', 7],
    ['one day', '2026-11-29T00:00:00+08:00', '2026-11-30T00:00:00+08:00', 'Asia/Shanghai', 1],
    ['seven days from mid-day touch eight days', '2026-11-23T10:00:00+08:00', '2026-11-30T10:00:00+08:00', 'Asia/Shanghai', 8],
    ['an empty span', '2026-11-23T10:00:00+08:00', '2026-11-23T10:00:00+08:00', 'Asia/Shanghai', 0],
    ['a week over the DST change (one 25-hour day)', '2026-10-26T00:00:00-04:00', '2026-11-02T00:00:00-05:00', 'America/New_York', 7],
  ])('%s', (_name, since, until, tz, count) => {
    const days = localDaysBetween(at(since), at(until), tz);
    expect(days).toHaveLength(count);
    for (const d of days) expect(isLocalMidnight(d, tz)).toBe(true);
    if (count > 0) expect(days[0]).toBe(localDayStart(at(since), tz));
  });
});
