import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRecord, CaseRecord, MemberRecord, RoomRecord } from '../../src/core/records.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { openStore, type LowdbStoreOptions } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/ports.js';

/** 2026-11-23 09:00 China time, the fixed "now" of the store tests. */
export const NOW = Date.parse('2026-11-23T09:00:00+08:00');
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

/** A fresh temporary data directory, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'qunguard-store-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** One store implementation under test: how to open it, and how to clean up after. */
export interface StoreKind {
  name: string;
  open(opts?: LowdbStoreOptions): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

/** Both implementations, for the shared contract suite. */
export const STORE_KINDS: StoreKind[] = [
  { name: 'memory', open: async (opts) => ({ store: createMemoryStore(opts), cleanup: async () => {} }) },
  {
    name: 'lowdb',
    open: async (opts) => {
      const t = await tempDir();
      const store = await openStore(t.dir, opts);
      return {
        store,
        cleanup: async () => {
          await store.close();
          await t.cleanup();
        },
      };
    },
  },
];
