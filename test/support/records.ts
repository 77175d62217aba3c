/**
 * Fictional records for every test that needs a case, a member, a group or an admin
 * action: one builder each, sensible defaults, the test overrides what it is about.
 */
import type { AuditRecord, CaseRecord, MemberRecord, RoomRecord } from '../../src/core/records.js';

/** 2026-11-23 09:00 China time, the fixed "now" of the store tests. */
export const NOW = Date.parse('2026-11-23T09:00:00+08:00');
/** One day in milliseconds. */
export const DAY = 24 * 3600 * 1000;

/** A fictional case; override what the test is about. */
export function makeCase(over: Partial<CaseRecord> & Pick<CaseRecord, 'id'>): CaseRecord {
  return {
    roomId: 'room1',
    roomTopic: '销售部工作群',
    memberId: 'u1',
    memberName: '销售部-李四',
    messageId: null,
    kind: 'violation',
    categories: ['gambling'],
    terms: ['赌博'],
    severity: 'medium',
    excerpt: '……赌博……',
    action: 'warn',
    status: 'open',
    at: NOW,
    by: 'bot',
    history: [{ type: 'opened', at: over.at ?? NOW, by: 'bot', action: 'warn' }],
    ...over,
  };
}

/** A fictional member of room1. */
export function makeMember(over: Partial<MemberRecord> & Pick<MemberRecord, 'memberId'>): MemberRecord {
  return {
    roomId: 'room1',
    name: '李四',
    nickname: '销售部-李四',
    joinedAt: NOW - DAY,
    invitedBy: 'wxid_admin1',
    nicknameOk: true,
    nicknameBadSince: null,
    lastRemindedAt: null,
    deadlineNotified: false,
    exempt: false,
    left: false,
    ...over,
  };
}

/** A fictional group. */
export function makeRoom(over: Partial<RoomRecord> & Pick<RoomRecord, 'roomId'>): RoomRecord {
  return { topic: '销售部工作群', paused: false, botIsMember: true, botCanRemove: true, greetedAt: null, ...over };
}

/** A fictional admin action. */
export function makeAudit(over: Partial<AuditRecord> = {}): AuditRecord {
  return { at: NOW, by: 'wxid_admin1', action: 'pardon', roomId: 'room1', target: 'C1', ...over };
}
