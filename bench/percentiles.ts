/** The value at quantile q (0..1) of numbers already sorted ascending: the bench's one definition of a percentile. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile() of no values');
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The median (upper middle for an even count) of unsorted numbers, for per-pass figures. */
export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/** The p-th percentile (0..100) of unsorted numbers, to two decimals, for the store and bot benches' JSON. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  return Number(quantile([...values].sort((a, b) => a - b), p / 100).toFixed(2));
}
