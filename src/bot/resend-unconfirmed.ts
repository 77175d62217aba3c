/**
 * After a restart: what the outbox had not confirmed sent goes out again.
 * Admin alerts and digests always do; a notice to members older than the
 * policy's `outbox.resend_within` would come too late to help: it is dropped
 * and the admins of its group are told what was not sent.
 */
import { unsentNoticesText } from '../core/wording/admin-texts.js';
import { alertAdmins, isAdminJob } from './admins.js';
import type { BotContext } from './bot-context.js';
import { unconfirmedJobs } from './outbox-journal.js';
import { botNameOf } from './speaker.js';
import type { JournalEntry, OutboxJournal } from './outbox/index.js';

/** The group a job belongs to, for telling that group's admins. */
function roomOf(entry: JournalEntry): string | null {
  if (entry.job.kind !== 'dm') return entry.job.roomId;
  const roomId = entry.job.context?.['roomId'];
  return typeof roomId === 'string' ? roomId : null;
}

/** Re-queues the unconfirmed jobs of the store (oldest first) and reports the stale member notices dropped. */
export async function resendUnconfirmed(ctx: Pick<BotContext, 'store' | 'outbox' | 'clock' | 'log' | 'platform' | 'policy' | 'speaker'>, journal: OutboxJournal): Promise<{ resent: number; dropped: number }> {
  const now = ctx.clock.now();
  const maxAge = ctx.policy().compiled.outbox.resendWithinMs;
  const keep: JournalEntry[] = [];
  const staleByRoom = new Map<string, JournalEntry[]>();
  for (const entry of await unconfirmedJobs(ctx.store, botNameOf(ctx))) {
    if (isAdminJob(entry.job) || now - entry.enqueuedAt <= maxAge) {
      keep.push(entry);
      continue;
    }
    journal.done(entry.id);
    const roomId = roomOf(entry) ?? '';
    staleByRoom.set(roomId, [...(staleByRoom.get(roomId) ?? []), entry]);
  }
  ctx.outbox.restore(keep);
  let dropped = 0;
  for (const [roomId, entries] of staleByRoom) {
    dropped += entries.length;
    const room = roomId === '' ? undefined : (await ctx.store.rooms.get(roomId));
    const caseIds = [...new Set(entries.map((e) => e.job.context?.['caseId']).filter((c): c is string => typeof c === 'string'))];
    await alertAdmins(ctx, roomId, room?.topic ?? '', unsentNoticesText(room?.topic ?? null, entries.length, maxAge, caseIds), { roomId, unsentNotices: entries.length });
  }
  if (keep.length > 0 || dropped > 0) ctx.log.info({ resent: keep.length, dropped }, 'unconfirmed outbox jobs after restart');
  await ctx.store.flush().catch((err: unknown) => ctx.log.error({ err }, 'store flush failed'));
  return { resent: keep.length, dropped };
}
