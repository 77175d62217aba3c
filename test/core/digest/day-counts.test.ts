import { describe, expect, it } from 'vitest';
import { asDayCounts, bumpDayCount, countInPeriod, type DayCounts } from '../../../src/core/digest/day-counts.js';
import { DAY, HOUR, MON, TZ } from './fixtures.js';

describe('bumpDayCount', () => {
  it.each<[string, DayCounts, string, string, DayCounts]>([
    ['first message ever', {}, '2026-11-23', '2026-08-23', { '2026-11-23': 1 }],
    ['same day adds one', { '2026-11-23': 4 }, '2026-11-23', '2026-08-23', { '2026-11-23': 5 }],
    ['a new day keeps recent days', { '2026-11-22': 3 }, '2026-11-23', '2026-08-23', { '2026-11-22': 3, '2026-11-23': 1 }],
    ['a new day drops days before the cut-off', { '2026-08-22': 9, '2026-08-23': 2, '2026-11-22': 3 }, '2026-11-23', '2026-08-23', { '2026-08-23': 2, '2026-11-22': 3, '2026-11-23': 1 }],
    ['the same day does not prune (cheap path)', { '2026-01-01': 9, '2026-11-23': 1 }, '2026-11-23', '2026-08-23', { '2026-01-01': 9, '2026-11-23': 2 }],
  ])('%s', (_name, before, day, keepFrom, after) => {
    const copy = structuredClone(before);
    expect(bumpDayCount(before, day, keepFrom)).toEqual(after);
    expect(before).toEqual(copy);
  });
});

describe('countInPeriod', () => {
  const counts: DayCounts = { '2026-11-22': 100, '2026-11-23': 10, '2026-11-26': 5, '2026-11-29': 1, '2026-11-30': 1000 };
  it.each([
    ['the whole week', MON, MON + 7 * DAY, 16],
    ['one day', MON + 3 * DAY, MON + 4 * DAY, 5],
    ['a span starting mid-day counts that whole day', MON + 3 * DAY + 10 * HOUR, MON + 7 * DAY, 6],
    ['nothing counted', MON + DAY, MON + 3 * DAY, 0],
  ])('%s', (_name, since, until, expected) => {
    expect(countInPeriod(counts, { kind: 'custom', since, until }, TZ)).toBe(expected);
  });
});

describe('asDayCounts reads stored values defensively', () => {
  it.each<[string, unknown, DayCounts]>([
    ['undefined', undefined, {}],
    ['a number', 5, {}],
    ['an array', [1, 2], {}],
    ['a map', { '2026-11-23': 3 }, { '2026-11-23': 3 }],
    ['a map with junk', { '2026-11-23': 3, x: 'y', z: null }, { '2026-11-23': 3 }],
  ])('%s', (_name, value, expected) => {
    expect(asDayCounts(value)).toEqual(expected);
  });
});
