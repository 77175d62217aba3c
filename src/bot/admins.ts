/**
 * Who counts as an admin of a group (policy ids, the group's own admins, the owner; never a display name) and how admin
 * alerts reach them: privately and in the admins' room, marked so that a restart still sends them however late.
 */
import { settingsFor } from './group-policy.js';
import { alertsRoomId } from './alerts-room.js';
import type { BotContext } from './bot-context.js';
import type { JobContext, OutboxJob } from './outbox/index.js';

/**
 * Who has admin rights in a group: the policy's contact ids (and the group's own
 * `groups[].admins`) plus the group owner. Never a display name.
 */
export async function adminIdsFor(ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>, roomId: string, topic: string): Promise<string[]> {
  const ids = new Set((await settingsFor(ctx, roomId, topic)).admins);
  const owner = await ctx.platform.roomOwnerId(roomId).catch(() => null);
  if (owner && owner !== ctx.platform.selfId()) ids.add(owner);
  return [...ids];
}

/** True when the contact may run admin commands and decide cases in this group. */
export async function isAdmin(ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>, roomId: string, topic: string, contactId: string): Promise<boolean> {
  return (await adminIdsFor(ctx, roomId, topic)).includes(contactId);
}

/** Every admin of the group privately, and the admins' room when the policy names one. */
export async function alertAdmins(ctx: Pick<BotContext, 'store' | 'outbox' | 'log' | 'platform' | 'policy'>, roomId: string, topic: string, text: string, context: JobContext): Promise<void> {
  queueAdminAlert(ctx, await adminRecipients(ctx, roomId, topic), text, context);
}

/** Who an admin alert about a group goes to: found first, so the alert can be queued in one step with what it reports. */
export interface AdminRecipients {
  roomId: string;
  adminIds: string[];
  alertsRoomId: string | null;
}

/** The recipients of an admin alert about a group (the admins, and the admins' room when it is found). */
export async function adminRecipients(ctx: Pick<BotContext, 'store' | 'log' | 'platform' | 'policy'>, roomId: string, topic: string): Promise<AdminRecipients> {
  const adminIds = await adminIdsFor(ctx, roomId, topic);
  const alertsRoom = await alertsRoomId(ctx);
  return { roomId, adminIds, alertsRoomId: alertsRoom === roomId ? null : alertsRoom };
}

/** Queues an admin alert, synchronously; marked as for admins, so a restart always sends it, however late. */
export function queueAdminAlert(ctx: Pick<BotContext, 'outbox'>, to: AdminRecipients, text: string, context: JobContext): void {
  const marked = { ...context, [ADMIN_JOB]: true };
  for (const id of to.adminIds) ctx.outbox.enqueue({ kind: 'dm', contactId: id, text, context: marked });
  if (to.alertsRoomId) ctx.outbox.enqueue({ kind: 'room_say', roomId: to.alertsRoomId, text, mentionIds: [], context: marked });
}

/** The context flag of jobs meant for admins (alerts, digests). */
export const ADMIN_JOB = 'forAdmins';

/** True for a job meant for admins: never dropped as too old after a restart. */
export function isAdminJob(job: OutboxJob): boolean {
  return job.context?.[ADMIN_JOB] === true;
}
