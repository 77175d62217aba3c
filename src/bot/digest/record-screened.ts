/**
 * The per-group, per-day count of screened messages that digests report. Counted in memory and written at most every
 * SCREENED_FLUSH_MS (and before any digest reads), so counting never becomes the bot's busiest store write.
 */
import { z } from 'zod';
import { addDayCounts, asDayCounts, countInPeriod, type DayCounts } from '../../core/digest/day-counts.js';
import type { DigestPeriod } from '../../core/digest/digest-period.js';
import { addLocalDays, localDayKey } from '../../core/digest/local-day.js';
import { stateFamily, type StateEntry, type StateStore } from '../../store/index.js';
import type { TimerHandle } from '../../schedule/clock.js';
import type { BotContext } from '../bot-context.js';

/**
 * Counting every message with a store write would make the counter the busiest thing the bot
 * persists (50 messages a second at company size): counts are gathered in memory and written
 * at most every SCREENED_FLUSH_MS, and before any digest reads them. A crash loses at most
 * that many seconds of the counter, never a case.
 */
export const SCREENED_FLUSH_MS = 30_000;

/** Counts not yet written, per group and local day, and the timer that will write them. */
interface Tally {
  pending: Map<string, DayCounts>;
  timer: TimerHandle | null;
}

/** One tally per store (keyed by its state port), so two stores in one process never mix. */
const tallies = new WeakMap<object, Tally>();

function tallyOf(state: object): Tally {
  let tally = tallies.get(state);
  if (!tally) {
    tally = { pending: new Map(), timer: null };
    tallies.set(state, tally);
  }
  return tally;
}

/** Local days of screening counts kept per group: enough for a quarter's `--since 90d`. */
export const SCREENED_KEEP_DAYS = 92;

/** Per group, messages screened per local day; a day whose count is not a number is dropped, the rest kept. */
const SCREENED = stateFamily<DayCounts>('digest.screened.', z.record(z.string(), z.unknown()).transform(asDayCounts));

/** The state entry of one group's per-day screening counter (one entry per group, one count per local day). */
export function screenedEntry(roomId: string): StateEntry<DayCounts> {
  return SCREENED.entry(roomId);
}

/**
 * Counts one screened message for the group on today's local day (policy timezone); the
 * count reaches the store within SCREENED_FLUSH_MS (or when a digest reads it). Days older
 * than SCREENED_KEEP_DAYS are dropped when written. Call once per screened message (after de-duplication).
 */
export async function recordScreened(ctx: Pick<BotContext, 'store' | 'clock' | 'policy' | 'log'>, roomId: string): Promise<void> {
  const tally = tallyOf(ctx.store.state);
  const day = localDayKey(ctx.clock.now(), ctx.policy().compiled.timeZone);
  const counts = tally.pending.get(roomId) ?? {};
  counts[day] = (counts[day] ?? 0) + 1;
  tally.pending.set(roomId, counts);
  tally.timer ??= ctx.clock.setTimeout(() => {
    tally.timer = null;
    flushScreened(ctx).catch((err: unknown) => ctx.log.warn({ err: String(err) }, 'screening counter not written; it is kept and tried again'));
  }, SCREENED_FLUSH_MS);
}

/** Writes the counts gathered so far; what cannot be written is kept for the next try. */
export async function flushScreened(ctx: Pick<BotContext, 'store' | 'clock' | 'policy'>): Promise<void> {
  const tally = tallies.get(ctx.store.state);
  if (!tally || tally.pending.size === 0) return;
  const tz = ctx.policy().compiled.timeZone;
  const now = ctx.clock.now();
  const keepFrom = localDayKey(addLocalDays(now, -SCREENED_KEEP_DAYS, tz), tz);
  const batch = [...tally.pending];
  tally.pending.clear();
  for (const [roomId, added] of batch) {
    try {
      const entry = screenedEntry(roomId);
      await ctx.store.state.write(entry, addDayCounts((await ctx.store.state.read(entry)) ?? {}, added, keepFrom));
    } catch (err) {
      const again = tally.pending.get(roomId) ?? {};
      tally.pending.set(roomId, addDayCounts(again, added, keepFrom));
      throw err;
    }
  }
}

/** Counts gathered in memory and not yet written, for readers that must not miss them (digests). */
function pendingCounts(state: object, roomId: string): DayCounts {
  return tallies.get(state)?.pending.get(roomId) ?? {};
}

/** A group's per-day counter: what is stored plus what this process has not written yet. */
export async function screenedCounts(state: Pick<StateStore, 'read'>, roomId: string): Promise<DayCounts> {
  return addDayCounts((await state.read(screenedEntry(roomId))) ?? {}, pendingCounts(state, roomId), '');
}

/** Messages screened in the period, per group. */
export async function screenedInPeriod(state: Pick<StateStore, 'read'>, roomIds: readonly string[], period: DigestPeriod, timeZone: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of roomIds) out[id] = countInPeriod(await screenedCounts(state, id), period, timeZone);
  return out;
}
