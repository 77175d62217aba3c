/** Fictional cases and members for the store benchmarks: one shape, so the lowdb and PostgreSQL numbers compare. */
import type { CaseRecord, MemberRecord } from '../src/core/records.js';

/** How many groups and members the cases spread over. */
export interface CaseSpread {
  rooms: number;
  members: number;
}

/** A fictional case of a plausible size (categories, terms, redacted excerpt, short history), number `n`. */
export function fakeCase(n: number, at: number, status: CaseRecord['status'], spread: CaseSpread): CaseRecord {
  return {
    id: `C${n}`,
    roomId: `room${n % spread.rooms}@chatroom`,
    roomTopic: `第${n % spread.rooms}工作群`,
    memberId: `wxid_member${n % spread.members}`,
    memberName: `销售部-测试员${n % spread.members}`,
    messageId: `msg${n}`,
    kind: 'violation',
    categories: ['ads'],
    terms: ['加微信'],
    severity: 'medium',
    excerpt: '……加微信领取优惠……',
    action: 'warn',
    status,
    at,
    by: 'bot',
    history: [
      { type: 'opened', at, by: 'bot', action: 'warn' },
      { type: 'noted', at: at + 3600_000, by: 'wxid_admin1', text: status },
    ],
  };
}

/** A fictional member `m` of a group, well named and long present. */
export function fakeMember(roomId: string, m: number, joinedAt: number): MemberRecord {
  return {
    roomId,
    memberId: `wxid_member${m}`,
    name: `测试员${m}`,
    nickname: `销售部-测试员${m}`,
    joinedAt,
    invitedBy: 'wxid_admin1',
    nicknameOk: true,
    nicknameBadSince: null,
    lastRemindedAt: null,
    deadlineNotified: false,
    exempt: false,
    left: false,
  };
}
