import type { CaseRecord, MemberRecord } from '../../../src/core/records.js';

/** Fictional people and groups only. */
export const TZ = 'Asia/Shanghai';
/** Monday 2026-11-23 00:00 in Shanghai. */
export const MON = Date.parse('2026-11-23T00:00:00+08:00');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The week Mon 23 – Sun 29 November 2026. */
export const WEEK = { kind: 'weekly' as const, since: MON, until: MON + 7 * DAY };

let n = 0;
/** A case with sensible defaults: a warned violation in room r1 at Monday 10:00. */
export function kase(over: Partial<CaseRecord> = {}): CaseRecord {
  n += 1;
  return {
    id: `C${n}`,
    roomId: 'r1',
    roomTopic: '销售部工作群',
    memberId: 'u1',
    memberName: '销售部-李四',
    messageId: `m${n}`,
    kind: 'violation',
    categories: ['gambling'],
    terms: ['赌博'],
    severity: 'high',
    excerpt: '[已隐去]',
    action: 'warn',
    status: 'open',
    at: MON + 10 * HOUR,
    by: 'bot',
    history: [],
    ...over,
  };
}

/** A member of room r1 with a fine nickname, present, joined before the period. */
export function member(over: Partial<MemberRecord> = {}): MemberRecord {
  return {
    roomId: 'r1',
    memberId: 'u1',
    name: '李四',
    nickname: '销售部-李四',
    joinedAt: null,
    invitedBy: null,
    nicknameOk: true,
    nicknameBadSince: null,
    lastRemindedAt: null,
    deadlineNotified: false,
    exempt: false,
    left: false,
    ...over,
  };
}
