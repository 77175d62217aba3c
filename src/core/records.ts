import type { Severity } from './types.js';

/** What the escalation ladder (or an admin) decided for a case. */
export type CaseAction = 'warn' | 'warn_and_notify' | 'remove' | 'request_removal' | 'manual' | 'relevance' | 'none';

/** Where a case stands: counting against the member, decided by admins, or cancelled. */
export type CaseStatus = 'open' | 'pending_decision' | 'closed' | 'overturned' | 'appealed';

/** One numbered moderation case (`C<n>`): the audit record of a violation or an alert. */
export interface CaseRecord {
  /** `C<n>`, unique across all groups. */
  id: string;
  roomId: string;
  roomTopic: string;
  memberId: string;
  memberName: string;
  /** Source message id; duplicate deliveries of one message never make a second case. */
  messageId: string | null;
  kind: 'violation' | 'manual' | 'relevance' | 'nickname';
  categories: string[];
  terms: string[];
  severity: Severity;
  /** Redacted excerpt: never the confidential text itself, never personal data. */
  excerpt: string;
  action: CaseAction;
  status: CaseStatus;
  /** Epoch ms when the case was opened. */
  at: number;
  /** Who opened it: 'bot' or an admin's contact id. */
  by: string;
  /** Audit trail, oldest first. */
  history: CaseEvent[];
}

/** One entry of a case's audit trail. */
export interface CaseEvent {
  at: number;
  by: string;
  what: string;
  note?: string;
}

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
  /** Messages screened, for digests. */
  screened: number;
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
