import type { CaseRecord, MemberRecord } from '../../../src/core/records.js';
import { makeCase, makeMember } from '../../support/records.js';

/** Fictional people and groups only. */
export const TZ = 'Asia/Shanghai';
/** Monday 2026-11-23 00:00 in Shanghai. */
export const MON = Date.parse('2026-11-23T00:00:00+08:00');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The week Mon 23 – Sun 29 November 2026. */
export const WEEK = { kind: 'weekly' as const, since: MON, until: MON + 7 * DAY };

let n = 0;
/** A case with sensible defaults: a warned violation in room r1 at Monday 10:00, its own id and message. */
export function kase(over: Partial<CaseRecord> = {}): CaseRecord {
  n += 1;
  return makeCase({ id: `C${n}`, roomId: 'r1', messageId: `m${n}`, severity: 'high', excerpt: '[已隐去]', at: MON + 10 * HOUR, history: [], ...over });
}

/** A member of room r1 with a fine nickname, present, joined before the period. */
export function member(over: Partial<MemberRecord> = {}): MemberRecord {
  return makeMember({ roomId: 'r1', memberId: 'u1', joinedAt: null, invitedBy: null, ...over });
}
