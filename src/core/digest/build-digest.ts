/**
 * The digest's numbers, computed purely from what the store read: per group, screening volume, cases by category and
 * action, repeat offenders, membership and nicknames, appeals and false alarms, open decisions, and the chart's days.
 */
import { awaitsDecision, isConductCase, isConfirmed, reportsOn, wasAppealed } from '../cases/index.js';
import type { CaseAction, CaseRecord, MemberRecord } from '../records.js';
import { actionLabel } from '../wording/action-label.js';
import { categoryLabel } from '../wording/category-label.js';
import type { Digest, DigestCount, DigestDay, DigestInput, DigestRoom, GroupDigest } from './digest-types.js';
import { localDayStart, localDaysBetween } from './local-day.js';

/** Category key for a violation or manual case that names none. */
export const OTHER_CATEGORY = 'other';

const DEFAULT_TOP_OFFENDERS = 3;


/** The categories a conduct case counts under in a digest. */
export function digestCategories(c: CaseRecord): string[] {
  return c.categories.length > 0 ? [...new Set(c.categories)] : [OTHER_CATEGORY];
}

/** Chinese label of a digest category. */
export function digestCategoryLabel(category: string): string {
  return category === OTHER_CATEGORY ? '其他' : categoryLabel(category);
}

/**
 * Builds a digest: per group, the period's screening volume, cases by category
 * and action, repeat offenders, membership and nickname state, appeals and the
 * false-alarm rate, open decisions; plus per-day counts for the chart. Pure.
 */
export function buildDigest(input: DigestInput): Digest {
  const { period, timeZone } = input;
  const inPeriod = input.cases.filter((c) => c.at >= period.since && c.at < period.until);
  // Indexed by group once: a company digest covers hundreds of groups and tens of thousands of members.
  const casesByRoom = groupBy(inPeriod, (c) => c.roomId);
  const membersByRoom = groupBy(input.members, (m) => m.roomId);
  const pendingByRoom = groupBy(input.pending, (c) => c.roomId);
  const groups = input.rooms.map((room) =>
    groupDigest(room, input, casesByRoom.get(room.roomId) ?? [], membersByRoom.get(room.roomId) ?? [], pendingByRoom.get(room.roomId) ?? []),
  );
  const roomIds = new Set(input.rooms.map((r) => r.roomId));
  const conduct = inPeriod.filter((c) => roomIds.has(c.roomId) && isConductCase(c));
  const days: DigestDay[] = localDaysBetween(period.since, period.until, timeZone).map((day) => ({ day, counts: {} }));
  const byDay = new Map(days.map((d) => [d.day, d]));
  for (const c of conduct) {
    const day = byDay.get(localDayStart(c.at, timeZone));
    if (day) for (const cat of digestCategories(c)) day.counts[cat] = (day.counts[cat] ?? 0) + 1;
  }
  return {
    period,
    timeZone,
    groups,
    totals: {
      screened: sum(groups.map((g) => g.screened)),
      cases: sum(groups.map((g) => g.cases)),
      violations: sum(groups.map((g) => g.violations)),
      openDecisions: sum(groups.map((g) => g.openDecisions.length)),
    },
    days,
    categories: countBy(conduct.flatMap(digestCategories), digestCategoryLabel),
    allowProposals: input.allowProposals ?? [],
  };
}

/** Items by key, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function groupDigest(room: DigestRoom, input: DigestInput, cases: readonly CaseRecord[], members: readonly MemberRecord[], pending: readonly CaseRecord[]): GroupDigest {
  const { period } = input;
  const conduct = cases.filter(isConductCase);
  const violations = cases.filter((c) => c.kind === 'violation');
  const present = members.filter((m) => !m.left);
  const ok = present.filter((m) => m.nicknameOk).length;
  const overturnedViolations = violations.filter((c) => c.status === 'overturned').length;
  return {
    roomId: room.roomId,
    topic: room.topic,
    paused: room.paused,
    screened: input.screened[room.roomId] ?? 0,
    cases: cases.length,
    violations: violations.length,
    byCategory: countBy(conduct.flatMap(digestCategories), digestCategoryLabel),
    byAction: countBy(
      cases.map((c) => c.action),
      (a) => actionLabel(a as CaseAction),
    ) as DigestCount<CaseAction>[],
    repeatOffenders: repeatOffenders(conduct, input.topOffenders ?? DEFAULT_TOP_OFFENDERS),
    newMembers: members.filter((m) => m.joinedAt !== null && m.joinedAt >= period.since && m.joinedAt < period.until).map(named),
    pendingNicknames: present.filter((m) => !m.nicknameOk).map(named),
    nickname: { ok, present: present.length, rate: present.length > 0 ? ok / present.length : null },
    appealed: cases.filter(wasAppealed).length,
    overturned: cases.filter((c) => c.status === 'overturned').length,
    falseAlarmRate: violations.length > 0 ? overturnedViolations / violations.length : null,
    reports: reportTally(cases, period),
    openDecisions: pending
      .filter(awaitsDecision)
      .sort((a, b) => a.at - b.at)
      .map((c) => ({ caseId: c.id, memberName: c.memberName, action: c.action, at: c.at, appeal: c.status === 'appealed', report: c.kind === 'report' })),
  };
}

/** The period's members' reports: each report once, whatever case it opened or joined; confirmed when its case was. */
function reportTally(cases: readonly CaseRecord[], period: DigestInput['period']): GroupDigest['reports'] {
  const tally = { total: 0, cases: 0, confirmed: 0 };
  for (const c of cases) {
    const n = reportsOn(c, period.since, period.until);
    if (n === 0) continue;
    tally.total += n;
    tally.cases += 1;
    if (isConfirmed(c)) tally.confirmed += n;
  }
  return tally;
}

/** Members with at least two cases that still count (not overturned), most first, then by name. */
function repeatOffenders(conduct: CaseRecord[], top: number): GroupDigest['repeatOffenders'] {
  const byMember = new Map<string, { memberId: string; name: string; cases: number; last: number }>();
  for (const c of conduct) {
    if (c.status === 'overturned') continue;
    const seen = byMember.get(c.memberId);
    if (!seen) byMember.set(c.memberId, { memberId: c.memberId, name: c.memberName, cases: 1, last: c.at });
    else {
      seen.cases += 1;
      if (c.at >= seen.last) Object.assign(seen, { name: c.memberName, last: c.at });
    }
  }
  return [...byMember.values()]
    .filter((m) => m.cases >= 2)
    .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'zh-CN'))
    .slice(0, top)
    .map(({ memberId, name, cases }) => ({ memberId, name, cases }));
}

/** Occurrences of each key, most first; ties keep first-seen order. */
function countBy(keys: readonly string[], label: (key: string) => string): DigestCount[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].map(([key, count]) => ({ key, label: label(key), count })).sort((a, b) => b.count - a.count);
}

function named(m: MemberRecord): { memberId: string; name: string } {
  return { memberId: m.memberId, name: m.nickname || m.name };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
