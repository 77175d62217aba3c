/** The numbered moderation case (`C<n>`) and its status and action vocabularies. */
import type { Severity } from '../types.js';
import type { CaseEvent } from './case-event.js';

/** What the escalation ladder (or an admin) decided for a case; `review`: the second opinion held a likely false alarm back for the admins. */
export type CaseAction = 'warn' | 'warn_and_notify' | 'remove' | 'request_removal' | 'manual' | 'relevance' | 'none' | 'review';

/** Where a case stands: counting against the member, decided by admins, or cancelled. */
export type CaseStatus = 'open' | 'pending_decision' | 'closed' | 'overturned' | 'appealed';

/** The kinds of case: a screened message, an admin's manual warning, a membership check, a nickname problem, a member's report. */
export type CaseKind = 'violation' | 'manual' | 'relevance' | 'nickname' | 'report';

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
  kind: CaseKind;
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
  /** Why the case does not count on the ladder although it is a conduct case: it was recorded while the group was paused. */
  notCounted?: 'paused';
}
