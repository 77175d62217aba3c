/** The value at quantile q (0..1) of numbers already sorted ascending: the bench's one definition of a percentile. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile() of no values');
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The median (upper middle for an even count) of unsorted numbers, for per-pass figures. */
export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}
