import { describe, expect, it } from 'vitest';
import { createRng } from '../../../bench/prng.js';
import { createEdgeTable } from '../../../src/core/screen/edge-table.js';

describe('createEdgeTable', () => {
  it.each<[string, [number, number, number][], [number, number, number][]]>([
    ['an edge is found by its state and unit', [[1, 0x5bc6, 2]], [[1, 0x5bc6, 2]]],
    ['a missing edge is 0', [[1, 0x61, 2]], [[1, 0x62, 0], [2, 0x61, 0]]],
    ['units 0 and 0xFFFF are ordinary units', [[3, 0, 4], [3, 0xffff, 5]], [[3, 0, 4], [3, 0xffff, 5], [3, 1, 0]]],
    ['the same unit out of different states', [[1, 0x61, 7], [2, 0x61, 8], [70000, 0x61, 9]], [[1, 0x61, 7], [2, 0x61, 8], [70000, 0x61, 9], [3, 0x61, 0]]],
  ])('%s', (_name, added, expected) => {
    const table = createEdgeTable();
    for (const [state, unit, target] of added) table.add(state, unit, target);
    const frozen = table.frozen();
    for (const [state, unit, target] of expected) {
      expect(table.get(state, unit)).toBe(target);
      expect(frozen(state, unit)).toBe(target);
    }
    expect(table.size).toBe(added.length);
  });

  it('keeps every edge through many doublings, against a Map', () => {
    const rng = createRng(12);
    const table = createEdgeTable();
    const reference = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const state = 1 + rng.int(5000);
      const unit = rng.chance(0.5) ? 0x4e00 + rng.int(64) : rng.int(0x10000);
      if (reference.has(`${state}:${unit}`)) continue;
      table.add(state, unit, i + 1);
      reference.set(`${state}:${unit}`, i + 1);
    }
    const frozen = table.frozen();
    for (const [key, target] of reference) {
      const [state, unit] = key.split(':').map(Number);
      expect(table.get(state!, unit!)).toBe(target);
      expect(frozen(state!, unit!)).toBe(target);
    }
    for (let i = 0; i < 2000; i++) {
      const state = 1 + rng.int(5000);
      const unit = rng.int(0x10000);
      expect(table.get(state, unit)).toBe(reference.get(`${state}:${unit}`) ?? 0);
      expect(frozen(state, unit)).toBe(reference.get(`${state}:${unit}`) ?? 0);
    }
    expect(table.size).toBe(reference.size);
  });
});
