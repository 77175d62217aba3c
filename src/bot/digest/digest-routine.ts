/**
 * The scheduled weekly and daily digests: each period is sent exactly once, its "sent" marker written in the same unit
 * as its queued messages, and a digest missed while the bot was down is caught up once at start-up.
 */
import { PERIOD_DAYS, scheduledPeriod, type DigestPeriod } from '../../core/digest/digest-period.js';
import { nextCronTime } from '../../schedule/clock-scheduler.js';
import type { Scheduler } from '../../schedule/scheduler.js';
import { z } from 'zod';
import { stateFamily, type StateEntry } from '../../store/index.js';
import type { BotContext } from '../bot-context.js';
import { deliverDigest } from './send-digest.js';

/** The scheduled digests, by the policy key that holds their cron expression. */
export type ScheduledKind = 'weekly' | 'daily';
const KINDS: readonly ScheduledKind[] = ['weekly', 'daily'];
const DAY_MS = 86_400_000;

/** The end (`until`, epoch ms) of the last period sent, per kind (`digest.last.weekly`). */
const LAST_SENT = stateFamily('digest.last.', z.number());

/** The state entry holding the end of the last period of this kind that was sent. */
export function lastSentEntry(kind: ScheduledKind): StateEntry<number> {
  return LAST_SENT.entry(kind);
}

/**
 * The latest cron firing in (now - lookbackMs, now], or null. Scans minute by
 * minute (~0.5 s for 8 days), so it runs once at start-up, not per message.
 */
export function latestFiring(expression: string, timeZone: string, now: number, lookbackMs: number): number | null {
  let last: number | null = null;
  for (let t = nextCronTime(expression, timeZone, now - lookbackMs); t !== null && t <= now; t = nextCronTime(expression, timeZone, t)) last = t;
  return last;
}

/** Kinds whose digest is being prepared right now, so a cron tick and the start-up catch-up never both send. */
const inProgress = new WeakMap<object, Set<ScheduledKind>>();

/**
 * Sends the digest of `period` unless a digest ending at or after its end was
 * already sent. The "sent" marker is written in one unit (`inUnit`, i.e. `store.atomically`)
 * with the digest's messages queued in the durable outbox, so both become durable
 * or neither: a crash never leaves a period marked sent whose messages are
 * lost (the outbox resends them after a restart), nor sends one twice.
 */
export async function sendScheduledDigest(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'platform' | 'policy'>, kind: ScheduledKind, period: DigestPeriod): Promise<boolean> {
  const entry = lastSentEntry(kind);
  const before = await ctx.store.state.read(entry);
  if (before !== undefined && before >= period.until) {
    ctx.log.debug({ kind, period }, 'digest for this period already sent');
    return false;
  }
  const busy = inProgress.get(ctx) ?? new Set<ScheduledKind>();
  inProgress.set(ctx, busy);
  if (busy.has(kind)) return false;
  busy.add(kind);
  try {
    await deliverDigest(ctx, period, (tx) => tx.state.write(entry, period.until));
    await ctx.store.flush();
    return true;
  } finally {
    busy.delete(kind);
  }
}

/**
 * On start-up: sends, once, the latest scheduled digest missed while the bot was
 * down. On the very first start there is no marker: it is set to today's local
 * midnight, so no digest ever covers days before the bot was running.
 */
export async function catchUpDigests(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>): Promise<void> {
  const { digest, timeZone } = ctx.policy().compiled;
  const now = ctx.clock.now();
  for (const kind of KINDS) {
    const expression = digest[kind];
    if (!expression) continue;
    if ((await ctx.store.state.read(lastSentEntry(kind))) === undefined) {
      const until = scheduledPeriod(kind, now, timeZone).until;
      await ctx.store.state.write(lastSentEntry(kind), until);
      ctx.log.info({ kind, until }, 'first start: digests cover the days from today on');
      continue;
    }
    const fired = latestFiring(expression, timeZone, now, (PERIOD_DAYS[kind] + 1) * DAY_MS);
    if (fired === null) continue;
    if (await sendScheduledDigest(ctx, kind, scheduledPeriod(kind, fired, timeZone))) ctx.log.info({ kind, fired }, 'missed digest sent on start-up');
  }
}

/**
 * The digest routine for `botFeatures().routines`: schedules the weekly (and daily)
 * digest in the policy's timezone, then catches up a missed one. Never rejects.
 */
export async function digestRoutine(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, scheduler: Scheduler): Promise<void> {
  const { digest, timeZone } = ctx.policy().compiled;
  for (const kind of KINDS) {
    const expression = digest[kind];
    if (!expression) continue;
    scheduler.cron(`digest-${kind}`, expression, timeZone, async () => {
      await sendScheduledDigest(ctx, kind, scheduledPeriod(kind, ctx.clock.now(), ctx.policy().compiled.timeZone));
    });
  }
  try {
    await catchUpDigests(ctx);
  } catch (err) {
    ctx.log.error({ err }, 'digest catch-up at start-up failed; the schedule goes on');
  }
}
