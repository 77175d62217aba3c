/** Constructors for the three kinds of case the bot opens, so no caller assembles a case record by hand. */
import type { Severity } from '../types.js';
import type { CaseAction, CaseRecord } from './case-record.js';

/** Where and about whom a case is opened. */
export interface CaseSubject {
  id: string;
  roomId: string;
  roomTopic: string;
  memberId: string;
  memberName: string;
  at: number;
}

/** A case for a screened message; `request_removal` and `review` wait for an admin's decision. */
export function openViolationCase(subject: CaseSubject, facts: {
  messageId: string;
  categories: string[];
  terms: string[];
  severity: Severity;
  excerpt: string;
  action: CaseAction;
  /** Recorded while the group was paused: kept, but it does not count. */
  paused?: boolean;
}): CaseRecord {
  return {
    ...(facts.paused ? { notCounted: 'paused' as const } : {}),
    ...subject,
    messageId: facts.messageId,
    kind: 'violation',
    categories: facts.categories,
    terms: facts.terms,
    severity: facts.severity,
    excerpt: facts.excerpt,
    action: facts.action,
    status: facts.action === 'request_removal' || facts.action === 'review' ? 'pending_decision' : 'open',
    by: 'bot',
    history: [{ type: 'opened', at: subject.at, by: 'bot', action: facts.action }],
  };
}

/** An admin's manual warning; the reason must already be redacted. */
export function openManualCase(subject: CaseSubject, facts: { by: string; reason: string; reachesRemoval: boolean }): CaseRecord {
  const action: CaseAction = facts.reachesRemoval ? 'request_removal' : 'manual';
  return {
    ...subject,
    messageId: null,
    kind: 'manual',
    categories: ['manual'],
    terms: [],
    severity: 'medium',
    excerpt: facts.reason.slice(0, 60),
    action,
    status: facts.reachesRemoval ? 'pending_decision' : 'open',
    by: facts.by,
    history: [{ type: 'opened', at: subject.at, by: facts.by, action, note: facts.reason }],
  };
}

/**
 * A member's report about another member (`#举报`), waiting for the admins: `#确认` upholds it
 * (it then counts like a violation), `#撤销` dismisses it. The reporter is kept in `by` for the
 * admins and is never shown to the reported member; the reason must already be redacted.
 */
export function openReportCase(subject: CaseSubject, facts: { reporterId: string; reason: string; messageId: string | null; excerpt: string }): CaseRecord {
  return {
    ...subject,
    messageId: facts.messageId,
    kind: 'report',
    categories: ['report'],
    terms: [],
    severity: 'low',
    excerpt: facts.excerpt,
    action: 'review',
    status: 'pending_decision',
    by: facts.reporterId,
    history: [{ type: 'opened', at: subject.at, by: facts.reporterId, action: 'review', note: facts.reason }],
  };
}

/** A membership concern about a new member, for the admins to decide. */
export function openRelevanceCase(subject: CaseSubject, facts: { concerns: { code: string; text: string }[] }): CaseRecord {
  return {
    ...subject,
    messageId: null,
    kind: 'relevance',
    categories: facts.concerns.map((c) => c.code),
    terms: [],
    severity: 'medium',
    excerpt: facts.concerns.map((c) => c.text).join('；'),
    action: 'relevance',
    status: 'pending_decision',
    by: 'bot',
    history: [{ type: 'opened', at: subject.at, by: 'bot', action: 'relevance' }],
  };
}
