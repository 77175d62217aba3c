import type { NicknameVerdict } from '../core/nickname/check-nickname.js';
import type { MemberRecord } from '../core/records.js';
import type { BotContext } from './bot-context.js';

/** The stored record of a member, created on first sight with their current nickname checked. */
export function ensureMember(
  ctx: BotContext,
  roomId: string,
  member: { id: string; name: string; nickname: string },
  joined: { at: number | null; by: string | null } = { at: null, by: null },
): { record: MemberRecord; verdict: NicknameVerdict; isNew: boolean } {
  const verdict = ctx.policy().checkNickname(member.nickname);
  const known = ctx.store.members.get(roomId, member.id);
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
  ctx.store.members.upsert(record);
  return { record, verdict, isNew: true };
}

/**
 * Re-checks a member's nickname (on a reminder run or their next message).
 * Returns the verdict; the record is updated when the nickname changed.
 */
export function recheckNickname(ctx: BotContext, roomId: string, memberId: string, nickname: string): NicknameVerdict {
  const verdict = ctx.policy().checkNickname(nickname);
  const known = ctx.store.members.get(roomId, memberId);
  if (!known) return verdict;
  if (known.nickname === nickname && known.nicknameOk === verdict.ok) return verdict;
  const now = ctx.clock.now();
  ctx.store.members.update(roomId, memberId, {
    nickname,
    nicknameOk: verdict.ok,
    nicknameBadSince: verdict.ok ? null : (known.nicknameBadSince ?? now),
    deadlineNotified: verdict.ok ? false : known.deadlineNotified,
    lastRemindedAt: verdict.ok ? null : known.lastRemindedAt,
  });
  if (verdict.ok !== known.nicknameOk) ctx.log.info({ roomId, memberId, ok: verdict.ok }, 'nickname re-checked');
  return verdict;
}
