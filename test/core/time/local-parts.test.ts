/**
 * localParts takes the UTC offset from the platform once per quarter hour and does the rest by arithmetic; it must
 * give the platform's own answer for every instant: ordinary times, the minutes around every offset change of the
 * years tested (summer time on and off, half-hour and 45-minute zones), and old local mean times with seconds in them.
 */
import { describe, expect, it } from 'vitest';
import { formattedParts, localParts, utcOffsetMs } from '../../../src/core/time/local-parts.js';

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'Europe/Dublin', 'UTC'];
const HOUR = 3600_000;

/** A seeded sequence in [0, 1), so the instants are the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Instants just around each offset change of `zone` in [from, to): found by hourly steps, then every second nearby. */
function aroundChanges(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  let last = utcOffsetMs(from, zone);
  for (let t = from + HOUR; t < to; t += HOUR) {
    const now = utcOffsetMs(t, zone);
    if (now !== last) for (let s = t - 2 * HOUR; s <= t + HOUR; s += 7_000) out.push(s);
    last = now;
  }
  return out;
}

describe('localParts: the platform\'s answer, from a cached offset', () => {
  it.each(ZONES)('%s: 4,000 seeded instants from 1960 to 2040', (zone) => {
    const next = seeded(zone.length * 7919);
    const from = Date.UTC(1960, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    for (let i = 0; i < 4000; i++) {
      const ms = Math.floor(from + next() * (to - from));
      expect(localParts(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toEqual(formattedParts(ms, zone));
    }
  });

  it.each(ZONES.filter((z) => z !== 'UTC' && z !== 'Asia/Shanghai' && z !== 'Asia/Kathmandu'))('%s: every few seconds around each offset change of 2025–2026', (zone) => {
    const instants = aroundChanges(zone, Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1));
    expect(instants.length).toBeGreaterThan(0);
    for (const ms of instants) expect(localParts(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toEqual(formattedParts(ms, zone));
  });

  it.each([
    ['Asia/Shanghai before 1901 (+8:05:43)', 'Asia/Shanghai', Date.UTC(1890, 5, 1, 3, 4, 5)],
    ['Europe/Dublin in 1910 (Dublin mean time)', 'Europe/Dublin', Date.UTC(1910, 2, 3, 12, 0, 0)],
    ['Asia/Kathmandu when it moved to +5:45', 'Asia/Kathmandu', Date.UTC(1985, 11, 31, 18, 30, 0)],
    ['Asia/Shanghai on a leap day', 'Asia/Shanghai', Date.UTC(2028, 1, 28, 16, 0, 0)],
    ['a year boundary in Shanghai', 'Asia/Shanghai', Date.UTC(2026, 11, 31, 15, 59, 59)],
  ])('%s', (_label, zone, ms) => {
    for (let s = ms - 20 * 60_000; s <= ms + 20 * 60_000; s += 13_000) expect(localParts(s, zone)).toEqual(formattedParts(s, zone));
  });
});
