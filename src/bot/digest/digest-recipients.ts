/**
 * Who receives which digest: each admin once, covering only the groups they administer, so an admin of one group
 * never sees another group's numbers and WeChat traffic stays low.
 */
import type { DigestRoom } from '../../core/digest/digest-types.js';
import { adminIdsFor } from '../admins.js';
import type { BotContext } from '../bot-context.js';

/** One private digest: an admin and the groups they administer. */
export interface AdminDigestTarget {
  adminId: string;
  roomIds: string[];
}

/**
 * Who gets which digest: each admin once, covering every group they administer
 * (policy admins, the group's own admins, the group owner). One message per admin
 * instead of one per group keeps WeChat traffic low, and an admin of one group
 * never sees another group's numbers.
 */
export async function adminTargets(ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>, rooms: readonly DigestRoom[]): Promise<AdminDigestTarget[]> {
  const byAdmin = new Map<string, string[]>();
  for (const room of rooms) {
    for (const id of await adminIdsFor(ctx, room.roomId, room.topic)) {
      const list = byAdmin.get(id) ?? [];
      list.push(room.roomId);
      byAdmin.set(id, list);
    }
  }
  return [...byAdmin.entries()].map(([adminId, roomIds]) => ({ adminId, roomIds }));
}

/** The admins' room, bound by id (see alerts-room.ts): re-exported for the digest. */
export { alertsRoomId } from '../alerts-room.js';
