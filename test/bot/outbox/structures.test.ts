import { describe, expect, it } from 'vitest';
import { Fifo } from '../../../src/bot/outbox/fifo.js';
import { MinHeap } from '../../../src/bot/outbox/min-heap.js';
import { RateWindow } from '../../../src/bot/outbox/rate-window.js';

/** Deterministic pseudo-random numbers (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31);
}

describe('Fifo', () => {
  it('keeps order across many pushes and shifts (including compaction)', () => {
    const q = new Fifo<number>();
    const expected: number[] = [];
    const got: number[] = [];
    for (let i = 0; i < 5000; i++) {
      q.push(i);
      expected.push(i);
      if (i % 3 === 0) got.push(q.shift() as number);
    }
    expect(q.peek()).toBe(got.length);
    got.push(...q.drain());
    expect(got).toEqual(expected);
    expect(q.size).toBe(0);
    expect(q.shift()).toBeUndefined();
  });
});

describe('MinHeap', () => {
  it.each([1, 2, 7, 100, 1000])('pops %i random numbers in sorted order', (n) => {
    const rand = lcg(n);
    const heap = new MinHeap<number>((a, b) => a < b);
    const values = Array.from({ length: n }, () => rand() % 100);
    for (const v of values) heap.push(v);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop() as number);
    expect(out).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });
});

describe('RateWindow', () => {
  it.each<[string, number, number, number[], number, number]>([
    ['room left in the window', 3, 0, [0, 10], 20, 20],
    ['full window: wait for the oldest to leave', 3, 0, [0, 10, 20], 30, 60_000],
    ['sliding: the oldest already left', 2, 0, [0, 40_000], 60_000, 60_000],
    ['sliding: the second oldest decides', 2, 0, [0, 40_000, 60_000], 61_000, 100_000],
    ['minimum gap', 10, 500, [1000], 1200, 1500],
    ['gap and window together', 1, 500, [0], 100, 60_000],
  ])('%s', (_name, max, gap, sends, now, expected) => {
    const w = new RateWindow(max, 60_000, gap);
    for (const t of sends) w.record(t);
    expect(w.nextAllowedAt(now)).toBe(expected);
  });

  it('counts only sends inside the window', () => {
    const w = new RateWindow(5, 60_000, 0);
    for (const t of [0, 30_000, 59_999]) w.record(t);
    expect(w.countAt(60_000)).toBe(2);
  });
});
