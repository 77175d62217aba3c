/**
 * The per-day counter of screened messages behind the digest's screening volume: keyed by local day, trimmed as it is
 * written so it stays small without a clean-up job, and read defensively.
 */
import type { DigestPeriod } from './digest-period.js';
import { localDayKey, localDaysBetween } from './local-day.js';

/** Messages screened per local day (`2026-11-23` -> 412): per-period counts for digests. */
export type DayCounts = Record<string, number>;

/**
 * Adds one to `dayKey`; when the day is new, days before `keepFromKey` are dropped,
 * so the counter stays small without a separate clean-up job. Returns a new object.
 */
export function bumpDayCount(counts: Readonly<DayCounts>, dayKey: string, keepFromKey: string): DayCounts {
  if (dayKey in counts) return { ...counts, [dayKey]: (counts[dayKey] ?? 0) + 1 };
  const kept: DayCounts = {};
  for (const [key, n] of Object.entries(counts)) if (key >= keepFromKey) kept[key] = n;
  kept[dayKey] = 1;
  return kept;
}

/** Adds `added` (day -> n) to a counter, dropping days before `keepFromKey`. Returns a new object. */
export function addDayCounts(counts: Readonly<DayCounts>, added: Readonly<DayCounts>, keepFromKey: string): DayCounts {
  const out: DayCounts = {};
  for (const [key, n] of Object.entries(counts)) if (key >= keepFromKey) out[key] = n;
  for (const [key, n] of Object.entries(added)) if (key >= keepFromKey) out[key] = (out[key] ?? 0) + n;
  return out;
}

/**
 * Messages counted on the local days the period touches. Exact for whole-day periods
 * (scheduled digests); a span starting mid-day counts that whole first day.
 */
export function countInPeriod(counts: Readonly<DayCounts>, period: DigestPeriod, timeZone: string): number {
  let total = 0;
  for (const day of localDaysBetween(period.since, period.until, timeZone)) total += counts[localDayKey(day, timeZone)] ?? 0;
  return total;
}

/** Reads a stored counter defensively: anything that is not a day -> count map counts as empty. */
export function asDayCounts(value: unknown): DayCounts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: DayCounts = {};
  for (const [key, n] of Object.entries(value)) if (typeof n === 'number' && Number.isFinite(n)) out[key] = n;
  return out;
}
