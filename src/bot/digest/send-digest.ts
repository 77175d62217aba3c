/**
 * Sending a digest: rendered as text plus chart, delivered to each admin privately for their own groups and whole to the
 * admins' room; used by the schedules and by `#周报`.
 */
import { buildDigest } from '../../core/digest/build-digest.js';
import { localDayKey } from '../../core/digest/local-day.js';
import { recentPeriod, type DigestPeriod } from '../../core/digest/digest-period.js';
import type { Digest, DigestInput } from '../../core/digest/digest-types.js';
import { renderDigest } from '../../core/digest/render-digest.js';
import type { StorePorts } from '../../store/index.js';
import type { ImagePayload, OutboxJob } from '../outbox/index.js';
import { ADMIN_JOB, adminIdsFor } from '../admins.js';
import type { BotContext } from '../bot-context.js';
import { inUnit } from '../unit-of-work.js';
import { readDigestInput } from './collect-digest.js';
import { adminTargets, alertsRoomId } from './digest-recipients.js';
import { renderDigestChart } from './render-chart.js';

/** `#周报` without a span covers the last seven days. */
export const DEFAULT_DIGEST_SPAN_MS = 7 * 86_400_000;

/** A digest ready to send: the text and, when there were cases, the chart. */
export interface RenderedDigest {
  digest: Digest;
  text: string;
  image: ImagePayload | null;
}

/** Where one digest went. */
export type DigestDelivery = { kind: 'dm'; contactId: string; roomIds: string[] } | { kind: 'room'; roomId: string; roomIds: string[] };

/** Text plus chart; a chart that fails to render is logged and the text goes alone. */
export async function renderDigestMessage(ctx: Pick<BotContext, 'log'>, digest: Digest): Promise<RenderedDigest> {
  const text = renderDigest(digest);
  let image: ImagePayload | null = null;
  try {
    const png = await renderDigestChart(digest);
    if (png) image = { data: png, name: `qunguard-${digest.period.kind}-${localDayKey(digest.period.since, digest.timeZone)}.png` };
  } catch (err) {
    ctx.log.error({ err, period: digest.period }, 'digest chart failed; sending the text only');
  }
  return { digest, text, image };
}

/**
 * Sends the digest of a period: each admin privately, once, for the groups they
 * administer; the whole digest to the `alerts_room` when the policy names one.
 * `onQueued` (the caller's "sent" marker) is written in one unit with the queued messages.
 */
export async function deliverDigest(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'platform' | 'policy'>, period: DigestPeriod, onQueued?: (tx: StorePorts) => Promise<void>): Promise<DigestDelivery[]> {
  const tz = ctx.policy().compiled.timeZone;
  const input = await readDigestInput(ctx.store, { period, timeZone: tz, allowList: ctx.policy().loaded.allow });
  if (input.rooms.length === 0) {
    ctx.log.info({ period }, 'no groups to report on; no digest sent');
    if (onQueued) await inUnit(ctx.store, onQueued);
    return [];
  }
  const rendered = new Map<string, Promise<RenderedDigest>>();
  const render = (roomIds: readonly string[]): Promise<RenderedDigest> => {
    const key = [...roomIds].sort().join('\n');
    let r = rendered.get(key);
    if (!r) {
      r = renderDigestMessage(ctx, buildDigest(subset(input, roomIds)));
      rendered.set(key, r);
    }
    return r;
  };
  const deliveries: DigestDelivery[] = [];
  const jobs: OutboxJob[] = [];
  const context = { digest: period.kind, since: period.since, until: period.until, [ADMIN_JOB]: true };
  for (const target of await adminTargets(ctx, input.rooms)) {
    const { text, image } = await render(target.roomIds);
    jobs.push({ kind: 'dm', contactId: target.adminId, text, ...(image ? { image } : {}), context });
    deliveries.push({ kind: 'dm', contactId: target.adminId, roomIds: target.roomIds });
  }
  const alertsRoom = await alertsRoomId(ctx);
  if (alertsRoom) {
    const all = input.rooms.map((r) => r.roomId);
    const { text, image } = await render(all);
    jobs.push({ kind: 'room_say', roomId: alertsRoom, text, mentionIds: [], ...(image ? { image } : {}), context });
    deliveries.push({ kind: 'room', roomId: alertsRoom, roomIds: all });
  }
  // Queued in one unit with the caller's "sent" marker, so both become durable or neither.
  await inUnit(ctx.store, async (tx) => {
    for (const job of jobs) ctx.outbox.enqueue(job);
    await onQueued?.(tx);
  });
  if (deliveries.length === 0) ctx.log.warn({ period }, 'digest has no recipients: no admins in the policy and no group owners known');
  ctx.log.info({ ...context, recipients: deliveries.length }, 'digest sent');
  return deliveries;
}

/** What `#周报` asks for. */
export interface DigestNowOptions {
  /** The admin asking; the digest covers the groups they administer. */
  adminId: string;
  /** Only this group (the command was given in it, or named it); the caller checked the rights. */
  roomId?: string | null;
  /** Only these groups; the caller checked the rights. Wins over `roomId`. */
  roomIds?: readonly string[];
  /** How far back; default seven days. */
  spanMs?: number;
  /** Send it to the admin privately (default); false returns it for the caller to send. */
  deliver?: boolean;
}

/** The digest now for one admin's group(s), over the last `spanMs`; sent privately unless `deliver: false`. */
export async function sendDigestNow(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy'>, opts: DigestNowOptions): Promise<RenderedDigest & { roomIds: string[] }> {
  const tz = ctx.policy().compiled.timeZone;
  const period = recentPeriod(opts.spanMs ?? DEFAULT_DIGEST_SPAN_MS, ctx.clock.now());
  const chosen = opts.roomIds ?? (opts.roomId ? [opts.roomId] : undefined);
  const input = await readDigestInput(ctx.store, { period, timeZone: tz, roomIds: chosen, allowList: ctx.policy().loaded.allow });
  const roomIds: string[] = [];
  for (const room of input.rooms) if (chosen || (await adminIdsFor(ctx, room.roomId, room.topic)).includes(opts.adminId)) roomIds.push(room.roomId);
  const result = await renderDigestMessage(ctx, buildDigest(subset(input, roomIds)));
  if (opts.deliver !== false) {
    ctx.outbox.enqueue({ kind: 'dm', contactId: opts.adminId, text: result.text, ...(result.image ? { image: result.image } : {}), context: { digest: 'now', adminId: opts.adminId } });
  }
  return { ...result, roomIds };
}

function subset(input: DigestInput, roomIds: readonly string[]): DigestInput {
  const ids = new Set(roomIds);
  return { ...input, rooms: input.rooms.filter((r) => ids.has(r.roomId)) };
}
