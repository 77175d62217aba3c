import { z } from 'zod';
import { asDayCounts, bumpDayCount, countInPeriod, type DayCounts } from '../../core/digest/day-counts.js';
import type { DigestPeriod } from '../../core/digest/digest-period.js';
import { addLocalDays, localDayKey } from '../../core/digest/local-day.js';
import { stateFamily, type StateEntry, type StateStore } from '../../store/index.js';
import type { BotContext } from '../bot-context.js';

/** Local days of screening counts kept per group: enough for a quarter's `--since 90d`. */
export const SCREENED_KEEP_DAYS = 92;

/** Per group, messages screened per local day; a day whose count is not a number is dropped, the rest kept. */
const SCREENED = stateFamily<DayCounts>('digest.screened.', z.record(z.string(), z.unknown()).transform(asDayCounts));

/** The state entry of one group's per-day screening counter (one entry per group, one count per local day). */
export function screenedEntry(roomId: string): StateEntry<DayCounts> {
  return SCREENED.entry(roomId);
}

/**
 * Counts one screened message for the group on today's local day (policy timezone);
 * days older than SCREENED_KEEP_DAYS are dropped when a new day starts. Call once per
 * message that is screened (after de-duplication).
 */
export async function recordScreened(ctx: BotContext, roomId: string): Promise<void> {
  const tz = ctx.policy().compiled.timeZone;
  const now = ctx.clock.now();
  const entry = screenedEntry(roomId);
  const counts = (await ctx.store.state.read(entry)) ?? {};
  await ctx.store.state.write(entry, bumpDayCount(counts, localDayKey(now, tz), localDayKey(addLocalDays(now, -SCREENED_KEEP_DAYS, tz), tz)));
}

/** A group's stored per-day counter. */
export async function screenedCounts(state: Pick<StateStore, 'read'>, roomId: string): Promise<DayCounts> {
  return (await state.read(screenedEntry(roomId))) ?? {};
}

/** Messages screened in the period, per group. */
export async function screenedInPeriod(state: Pick<StateStore, 'read'>, roomIds: readonly string[], period: DigestPeriod, timeZone: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of roomIds) out[id] = countInPeriod(await screenedCounts(state, id), period, timeZone);
  return out;
}
