/**
 * Findings weighed for the group they were made in: the group's `screen` settings, and the
 * outsiders rule — how many members of the group are not on the roster (customers,
 * suppliers, strangers). Counted only when a finding is of a kind the rule covers.
 */
import { isOnRoster } from '../core/membership/roster-leavers.js';
import type { RoomRecord } from '../core/records.js';
import { weighFindings, type WeighedFindings } from '../core/policy/weigh-findings.js';
import type { Finding } from '../core/types.js';
import { adminIdsFor } from './admins.js';
import type { BotContext } from './bot-context.js';
import { settingsFor } from './group-policy.js';

/** Members of the group the roster does not know; the policy's and the group's admins always count as colleagues. 0 without a roster. */
export async function countOutsiders(ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>, room: Pick<RoomRecord, 'roomId' | 'topic'>): Promise<number> {
  const active = ctx.policy();
  const roster = active.loaded.roster;
  if (!roster) return 0;
  const admins = new Set(await adminIdsFor(ctx, room.roomId, room.topic));
  const self = ctx.platform.selfId();
  let outsiders = 0;
  for (const m of await ctx.store.members.listByRoom(room.roomId)) {
    if (m.memberId === self || admins.has(m.memberId) || m.exempt) continue;
    if (!isOnRoster(roster, { id: m.memberId, verdict: active.checkNickname(m.nickname) })) outsiders += 1;
  }
  return outsiders;
}

/** The findings of one message as they count in this group. */
export async function weighForGroup(ctx: Pick<BotContext, 'store' | 'platform' | 'policy'>, room: Pick<RoomRecord, 'roomId' | 'topic'>, findings: readonly Finding[]): Promise<WeighedFindings> {
  const settings = await settingsFor(ctx, room.roomId, room.topic);
  const covered = settings.outsiders ? new Set(settings.outsiders.categories) : null;
  const needsCount = covered !== null && findings.some((f) => covered.has(f.category) && settings.screen[f.category] !== 'off');
  return weighFindings(findings, settings, needsCount ? await countOutsiders(ctx, room) : 0);
}
