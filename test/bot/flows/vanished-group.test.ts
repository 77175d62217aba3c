/**
 * Issue 9 item 11 (first part): a group that vanished while the bot was down
 * must not stop nickname reminders (or the daily audit) in the other groups;
 * it is skipped and marked left. Through the real plugin on the mock puppet.
 */
import { describe, expect, it } from 'vitest';
import type { MemberRecord } from '../../../src/core/records.js';
import { createMemoryStore, type Store } from '../../../src/store/index.js';
import { HOUR, roomSays, SALES_PEOPLE, startWorld } from './harness.js';

const GONE = 'gone@chatroom';

function member(roomId: string, memberId: string, nickname: string): MemberRecord {
  return { roomId, memberId, name: nickname, nickname, joinedAt: 1, invitedBy: null, nicknameOk: false, nicknameBadSince: 1, lastRemindedAt: 1, deadlineNotified: true, exempt: false, left: false };
}

/** A store that remembers a group the platform no longer has (listed first, so it is swept first). */
async function storeWithGroups(vanished: boolean): Promise<Store> {
  const store = createMemoryStore();
  if (vanished) {
    await store.rooms.upsert({ roomId: GONE, topic: '已解散的项目群', paused: false, botIsMember: true, botCanRemove: false, greetedAt: 1 });
    await store.members.upsert(member(GONE, 'x1', '小王'));
  }
  return store;
}

describe('a group that vanished while the bot was down', { timeout: 60_000 }, () => {
  it.each([{ vanished: true }, { vanished: false }])('nickname reminders go on in the other groups (vanished group: $vanished)', async ({ vanished }) => {
    const store = await storeWithGroups(vanished);
    const w = await startWorld({ store, people: [...SALES_PEOPLE, { id: 'm9', name: '许亮', member: true }] });
    const start = w.clock.now();
    await w.advance(3 * HOUR);
    // The start-up audit reminds at once; the sweep's reminder is the one after remind_every (2h).
    const reminders = roomSays(w.actions).filter((a) => a.room === w.sim.roomId && a.mentions.includes('m9') && a.at >= start + 2 * HOUR);
    expect(reminders.length).toBeGreaterThan(0);
    expect(roomSays(w.actions).some((a) => a.room === GONE)).toBe(false);
    expect((await store.rooms.get(GONE))?.botIsMember ?? null).toBe(vanished ? false : null);
    expect(w.logs.filter((l) => l.msg === 'group no longer exists; marked as left').length).toBe(vanished ? 1 : 0);
    await w.stop();
  });
});
