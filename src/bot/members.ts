/**
 * The bot's stored view of members: creating a record on first sight, re-checking nicknames as they change, and finding
 * namesakes (same nickname in the group or elsewhere) for the impersonation rule.
 */
import type { NicknameVerdict } from '../core/nickname/check-nickname.js';
import type { MemberRecord } from '../core/records.js';
import { textKey } from '../core/nickname/clean-text.js';
import type { BotContext } from './bot-context.js';
import { displayNickname } from './platform.js';

/** The stored record of a member, created on first sight with their current nickname checked. */
export async function ensureMember(
  ctx: Pick<BotContext, 'store' | 'clock' | 'policy'>,
  roomId: string,
  member: { id: string; name: string; nickname: string },
  joined: { at: number | null; by: string | null } = { at: null, by: null },
): Promise<{ record: MemberRecord; verdict: NicknameVerdict; isNew: boolean }> {
  const verdict = ctx.policy().checkNickname(member.nickname);
  const known = await ctx.store.members.get(roomId, member.id);
  if (known && !known.left) return { record: known, verdict, isNew: false };
  const now = ctx.clock.now();
  const record: MemberRecord = {
    roomId,
    memberId: member.id,
    name: member.name,
    nickname: member.nickname,
    joinedAt: joined.at,
    invitedBy: joined.by,
    nicknameOk: verdict.ok,
    nicknameBadSince: verdict.ok ? null : now,
    lastRemindedAt: null,
    deadlineNotified: false,
    exempt: known?.exempt ?? false,
    left: false,
  };
  await ctx.store.members.upsert(record);
  return { record, verdict, isNew: true };
}

/**
 * Re-checks a member's nickname (on a reminder run or their next message).
 * Returns the verdict; the record is updated when the nickname changed.
 */
export async function recheckNickname(ctx: Pick<BotContext, 'store' | 'clock' | 'log' | 'policy'>, roomId: string, memberId: string, nickname: string): Promise<NicknameVerdict> {
  const verdict = ctx.policy().checkNickname(nickname);
  const known = await ctx.store.members.get(roomId, memberId);
  if (!known) return verdict;
  if (known.nickname === nickname && known.nicknameOk === verdict.ok) return verdict;
  const now = ctx.clock.now();
  await ctx.store.members.update(roomId, memberId, {
    nickname,
    nicknameOk: verdict.ok,
    nicknameBadSince: verdict.ok ? null : (known.nicknameBadSince ?? now),
    deadlineNotified: verdict.ok ? false : known.deadlineNotified,
    lastRemindedAt: verdict.ok ? null : known.lastRemindedAt,
  });
  if (verdict.ok !== known.nicknameOk) ctx.log.info({ roomId, memberId, ok: verdict.ok }, 'nickname re-checked');
  return verdict;
}

/**
 * Who else goes by this nickname: how many other members of this group (as the
 * platform shows them now), and which other contacts the bot knows under it in
 * any group (for executives' bare names). Feeds the impersonation rule.
 */
export async function namesakes(ctx: Pick<BotContext, 'store' | 'platform'>, roomId: string, memberId: string, nickname: string): Promise<{ sameNicknameInGroup: number; nicknameOwners: string[] }> {
  const key = textKey(nickname);
  const present = await ctx.platform.roomMembers(roomId).catch(() => []);
  const sameNicknameInGroup = present.filter((m) => m.id !== memberId && m.id !== ctx.platform.selfId() && textKey(displayNickname(m)) === key).length;
  const owners = new Set((await ctx.store.members.list()).filter((m) => !m.left && m.memberId !== memberId && textKey(m.nickname) === key).map((m) => m.memberId));
  return { sameNicknameInGroup, nicknameOwners: [...owners] };
}

/** Members called `key` (nickname or WeChat name), those still in the group first if any are, in a stable order. */
export function namedAs(all: readonly MemberRecord[], key: string): MemberRecord[] {
  const named = all.filter((m) => m.nickname === key || m.name === key);
  const present = named.filter((m) => !m.left);
  return present.length > 0 ? present : named;
}
