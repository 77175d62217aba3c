/**
 * Soft mute: WeChat cannot mute one member, so for a while every message from them is a case
 * of its own (category `muted`). Pure rules: how long a mute may be, when it is over, and
 * which action a message in a mute gets.
 */
import { parseDuration } from '../policy/duration.js';

/** The category of a message sent during a mute. */
export const MUTED_CATEGORY = 'muted';

/** The shortest and longest mute an admin may set. */
export const MUTE_LIMITS = { minMs: 60_000, maxMs: 30 * 86_400_000 } as const;

/** One member's mute in one group, as stored; the reason is already redacted. */
export interface SoftMute {
  roomId: string;
  memberId: string;
  /** Epoch ms when it was set, and when it ends. */
  at: number;
  until: number;
  /** The admin who set it. */
  by: string;
  reason: string;
}

/** Why a mute duration is refused. */
export type MuteDurationProblem = 'missing' | 'unreadable' | 'too_short' | 'too_long';

/** Reads the duration an admin typed (`2h`, `30m`, `1d`), or why it cannot be used. */
export function parseMuteDuration(text: string | undefined): { ok: true; ms: number } | { ok: false; problem: MuteDurationProblem } {
  if (text === undefined || text.trim() === '') return { ok: false, problem: 'missing' };
  const ms = parseDuration(text.trim().toLowerCase());
  if (ms === null) return { ok: false, problem: 'unreadable' };
  if (ms < MUTE_LIMITS.minMs) return { ok: false, problem: 'too_short' };
  if (ms > MUTE_LIMITS.maxMs) return { ok: false, problem: 'too_long' };
  return { ok: true, ms };
}

/** True while the mute holds at `now`. */
export function isMuted(mute: SoftMute | undefined, now: number): mute is SoftMute {
  return mute !== undefined && now < mute.until;
}

/** What a message in a mute does (policy `mute.action`): removal only where the bot may remove, else the admins are asked. */
export type MuteAction = 'warn' | 'warn_and_notify' | 'request_removal' | 'remove';

/** The action for a message sent during a mute in a group where the bot can (or cannot) remove members. */
export function mutedMessageAction(policyAction: MuteAction, botCanRemove: boolean): MuteAction {
  return policyAction === 'remove' && !botCanRemove ? 'request_removal' : policyAction;
}
