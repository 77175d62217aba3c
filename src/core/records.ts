/** The records the store keeps about members, groups and admin actions; cases live in core/cases/. */
/** Cases have their own home; re-exported here for the other record types' readers. */
export type { CaseAction, CaseStatus, CaseRecord, CaseEvent } from './cases/index.js';

/** What the bot knows about one member of one group. */
export interface MemberRecord {
  roomId: string;
  memberId: string;
  name: string;
  /** Group nickname last seen (alias, else WeChat name). */
  nickname: string;
  joinedAt: number | null;
  invitedBy: string | null;
  nicknameOk: boolean;
  /** When the current nickname problem was first seen; null when the nickname is fine. */
  nicknameBadSince: number | null;
  lastRemindedAt: number | null;
  /** Admins were already told the deadline passed. */
  deadlineNotified: boolean;
  exempt: boolean;
  left: boolean;
}

/** A group the bot is in (or was in). */
export interface RoomRecord {
  roomId: string;
  topic: string;
  /** Moderation paused by an admin: still records, sends nothing. */
  paused: boolean;
  botIsMember: boolean;
  botCanRemove: boolean;
  greetedAt: number | null;
}

/** One admin action in the audit log (who did what, when), kept apart from case histories. */
export interface AuditRecord {
  /** Epoch ms of the action. */
  at: number;
  /** Contact id of the admin, or 'bot' / 'cli'. */
  by: string;
  /** What was done, e.g. `pardon`, `warn`, `dict_add`, `pause`. */
  action: string;
  /** Group the action concerned, if any. */
  roomId: string | null;
  /** What the action was about: a case id, a member id, a term; never personal data. */
  target: string | null;
  note?: string;
}
