import { describe, expect, it } from 'vitest';
import { formatDurationZh, parseDuration } from '../../../src/core/policy/duration.js';

const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['30s', 30 * S],
    ['15m', 15 * M],
    ['24h', 24 * H],
    ['7d', 7 * D],
    ['30d', 30 * D],
    ['0s', 0],
    [' 72h ', 72 * H],
    ['7 d', 7 * D],
  ])('%j -> %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '7', 'd', '7w', '1.5h', '-1d', '7D', '30 days', '7dd', 'h24', '1h30m', '七天'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatDurationZh', () => {
  it.each<[number, string]>([
    [3 * D, '3天'],
    [24 * H, '1天'],
    [36 * H, '36小时'],
    [15 * M, '15分钟'],
    [90 * M, '90分钟'],
    [30 * S, '30秒'],
    [90 * S, '90秒'],
  ])('%i ms -> %s', (ms, text) => {
    expect(formatDurationZh(ms)).toBe(text);
  });
});
