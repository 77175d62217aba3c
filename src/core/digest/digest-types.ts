/**
 * The data shapes of a digest, from the store's input to each group's numbers and the chart's series; people appear by
 * display name only, never with other personal data.
 */
import type { CaseAction, CaseRecord, MemberRecord } from '../records.js';
import type { DigestPeriod } from './digest-period.js';
import type { AllowProposal } from '../learning/allow-proposals.js';

/** A group a digest reports on. */
export interface DigestRoom {
  roomId: string;
  topic: string;
  /** Moderation paused: the group still records, the digest says so. */
  paused: boolean;
}

/** Everything a digest is built from, read from the store by the caller: no I/O inside. */
export interface DigestInput {
  period: DigestPeriod;
  timeZone: string;
  rooms: readonly DigestRoom[];
  /** Cases opened in the period (others are ignored), archived ones included. */
  cases: readonly CaseRecord[];
  /** Cases waiting for an admin's decision now, whenever they were opened. */
  pending: readonly CaseRecord[];
  /** Members of the groups, those who left included. */
  members: readonly MemberRecord[];
  /** Messages screened in the period, per room id. */
  screened: Readonly<Record<string, number>>;
  /** How many repeat offenders to name per group (default 3). */
  topOffenders?: number;
  /** Allow-list proposals from the admins' overturned cases (company-wide, all time). */
  allowProposals?: readonly AllowProposal[];
}

/** A count with the key it counts and the label admins read. */
export interface DigestCount<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

/** A member named in a digest: the display name only, never other personal data. */
export interface DigestMember {
  memberId: string;
  name: string;
}

/** A case still waiting for an admin. */
export interface OpenDecision {
  caseId: string;
  memberName: string;
  action: CaseAction;
  at: number;
  /** The member appealed: the admins owe an answer (#撤销 or #驳回) rather than a removal decision. */
  appeal: boolean;
  /** A member's report: the admins owe #确认 or #撤销. */
  report: boolean;
}

/** One group's numbers for the period. */
export interface GroupDigest {
  roomId: string;
  topic: string;
  paused: boolean;
  screened: number;
  /** Every case opened in the period (violations, manual warnings, membership and nickname alerts). */
  cases: number;
  /** Automatic screening cases (`kind: violation`): the false-alarm rate's denominator. */
  violations: number;
  /** Violation and manual cases by category (a case with two categories counts in both), most first. */
  byCategory: DigestCount[];
  /** All cases by the action taken, most first. */
  byAction: DigestCount<CaseAction>[];
  /** Members with two or more cases that still count, most first. */
  repeatOffenders: (DigestMember & { cases: number })[];
  /** Members who joined in the period. */
  newMembers: DigestMember[];
  /** Members still in the group whose nickname is not `部门-姓名` yet. */
  pendingNicknames: DigestMember[];
  nickname: { ok: number; present: number; rate: number | null };
  /** Cases of the period that were appealed / overturned (pardoned). */
  appealed: number;
  overturned: number;
  /** Overturned violation cases / violation cases of the period; null without violations. */
  falseAlarmRate: number | null;
  /** Members' reports made in the period (a report joined to a violation case too), the cases they are on, and how many an admin confirmed. */
  reports: { total: number; cases: number; confirmed: number };
  /** Cases waiting for an admin's decision now, oldest first. */
  openDecisions: OpenDecision[];
}

/** Violation and manual cases of one local day by category, for the chart. */
export interface DigestDay {
  /** Local midnight of the day. */
  day: number;
  counts: Record<string, number>;
}

/** A whole digest: per group, totals, and the per-day series for the chart. */
export interface Digest {
  period: DigestPeriod;
  timeZone: string;
  groups: GroupDigest[];
  totals: { screened: number; cases: number; violations: number; openDecisions: number };
  /** Every day the period touches, oldest first, across all groups. */
  days: DigestDay[];
  /** Categories that occur in `days`, most frequent first, with their labels. */
  categories: DigestCount[];
  /** Terms most often overturned, each with a numbered allow-list entry to accept by `#白名单 采纳 N`. */
  allowProposals: readonly AllowProposal[];
}
