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
import type { ActivePolicy } from './active-policy.js';
import type { BotContext } from './bot-context.js';
import { settingsFor } from './group-policy.js';

/**
 * Whether each (contact id, nickname) is on the roster, remembered per policy in force: checking a nickname is the
 * costly part of counting a large group, and neither changes between two messages. A reload (a new roster) starts afresh.
 */
const rosterVerdicts = new WeakMap<ActivePolicy, Map<string, boolean>>();
const MAX_REMEMBERED = 200_000;

function onRoster(active: ActivePolicy, roster: NonNullable<ActivePolicy['loaded']['roster']>, memberId: string, nickname: string): boolean {
  let known = rosterVerdicts.get(active);
  if (!known || known.size > MAX_REMEMBERED) rosterVerdicts.set(active, (known = new Map()));
  const key = `${memberId}\u0000${nickname}`;
  let verdict = known.get(key);
  if (verdict === undefined) {
    verdict = isOnRoster(roster, { id: memberId, verdict: active.checkNickname(nickname) });
    known.set(key, verdict);
  }
  return verdict;
}

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
    if (!onRoster(active, roster, m.memberId, m.nickname)) outsiders += 1;
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
