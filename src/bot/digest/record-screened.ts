import { asDayCounts, bumpDayCount, countInPeriod, type DayCounts } from '../../core/digest/day-counts.js';
import type { DigestPeriod } from '../../core/digest/digest-period.js';
import { addLocalDays, localDayKey } from '../../core/digest/local-day.js';
import type { StateStore } from '../../store/index.js';
import type { BotContext } from '../bot-context.js';

/** Local days of screening counts kept per group: enough for a quarter's `--since 90d`. */
export const SCREENED_KEEP_DAYS = 92;

/** State key of one group's per-day screening counter (one key per group, one entry per local day). */
export function screenedKey(roomId: string): string {
  return `digest.screened.${roomId}`;
}

/**
 * Counts one screened message for the group on today's local day (policy timezone);
 * days older than SCREENED_KEEP_DAYS are dropped when a new day starts. Call once per
 * message that is screened (after de-duplication).
 */
export function recordScreened(ctx: BotContext, roomId: string): void {
  const tz = ctx.policy().compiled.timeZone;
  const now = ctx.clock.now();
  const key = screenedKey(roomId);
  const counts = asDayCounts(ctx.store.state.get(key));
  ctx.store.state.set(key, bumpDayCount(counts, localDayKey(now, tz), localDayKey(addLocalDays(now, -SCREENED_KEEP_DAYS, tz), tz)));
}

/** A group's stored per-day counter. */
export function screenedCounts(state: StateStore, roomId: string): DayCounts {
  return asDayCounts(state.get(screenedKey(roomId)));
}

/** Messages screened in the period, per group. */
export function screenedInPeriod(state: StateStore, roomIds: readonly string[], period: DigestPeriod, timeZone: string): Record<string, number> {
  return Object.fromEntries(roomIds.map((id) => [id, countInPeriod(screenedCounts(state, id), period, timeZone)]));
}
