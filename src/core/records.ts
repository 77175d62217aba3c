/**
 * The records the store keeps about members, groups and admin actions; cases live in core/cases/.
 * Each schema is the one definition: the types are derived from them, and the store checks every record with them.
 */
import { z } from 'zod';

/** Cases have their own home; re-exported here for the other record types' readers. */
export type { CaseAction, CaseStatus, CaseRecord, CaseEvent } from './cases/index.js';

const epochMs = z.number().int().nonnegative();

/** What the bot knows about one member of one group. */
export const memberRecordSchema = z.object({
  roomId: z.string(),
  memberId: z.string(),
  name: z.string(),
  /** Group nickname last seen (alias, else WeChat name). */
  nickname: z.string(),
  joinedAt: epochMs.nullable(),
  invitedBy: z.string().nullable(),
  nicknameOk: z.boolean(),
  /** When the current nickname problem was first seen; null when the nickname is fine. */
  nicknameBadSince: epochMs.nullable(),
  lastRemindedAt: epochMs.nullable(),
  /** Admins were already told the deadline passed. */
  deadlineNotified: z.boolean(),
  exempt: z.boolean(),
  left: z.boolean(),
});
/** What the bot knows about one member of one group. */
export type MemberRecord = z.infer<typeof memberRecordSchema>;

/** A group the bot is in (or was in). */
export const roomRecordSchema = z.object({
  roomId: z.string(),
  topic: z.string(),
  /** Moderation paused by an admin: still records, sends nothing. */
  paused: z.boolean(),
  botIsMember: z.boolean(),
  botCanRemove: z.boolean(),
  greetedAt: epochMs.nullable(),
});
/** A group the bot is in (or was in). */
export type RoomRecord = z.infer<typeof roomRecordSchema>;

/** One admin action in the audit log (who did what, when), kept apart from case histories. */
export const auditRecordSchema = z.object({
  /** Epoch ms of the action. */
  at: epochMs,
  /** Contact id of the admin, or 'bot' / 'cli'. */
  by: z.string(),
  /** What was done, e.g. `pardon`, `warn`, `dict_add`, `pause`. */
  action: z.string(),
  /** Group the action concerned, if any. */
  roomId: z.string().nullable(),
  /** What the action was about: a case id, a member id, a term; never personal data. */
  target: z.string().nullable(),
  note: z.string().optional(),
});
/** One admin action in the audit log. */
export type AuditRecord = z.infer<typeof auditRecordSchema>;
