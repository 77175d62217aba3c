import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/bot/outbox/backoff.js';

describe('backoffDelay', () => {
  it.each([
    [1, 1000, 30_000, 1000],
    [2, 1000, 30_000, 2000],
    [3, 1000, 30_000, 4000],
    [5, 1000, 30_000, 16_000],
    [6, 1000, 30_000, 30_000],
    [1000, 1000, 30_000, 30_000],
    [3, 0, 0, 0],
    [0, 500, 10_000, 500],
  ])('attempt %i, base %i, cap %i -> %i ms', (attempt, base, cap, expected) => {
    expect(backoffDelay(attempt, base, cap)).toBe(expected);
  });
});
