import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DuplicateCaseError,
  InvalidRecordError,
  RecordNotFoundError,
  StoreClosedError,
} from '../../src/store/errors.js';
import type { Store } from '../../src/store/ports.js';
import { DAY, makeAudit, makeCase, makeMember, makeRoom, NOW, STORE_KINDS } from './fixtures.js';

describe.each(STORE_KINDS)('store contract: $name', (kind) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ store, cleanup } = await kind.open({ seenLimit: 3 }));
  });
  afterEach(async () => {
    await cleanup();
  });

  describe('cases', () => {
    it('hands out C1, C2, … and never reuses an id, added or not', () => {
      expect([store.cases.nextCaseId(), store.cases.nextCaseId(), store.cases.nextCaseId()]).toEqual(['C1', 'C2', 'C3']);
    });

    it('returns copies: changing a returned case changes nothing stored', () => {
      store.cases.add(makeCase({ id: store.cases.nextCaseId() }));
      const got = store.cases.get('C1');
      got!.status = 'closed';
      got!.history.push({ type: 'noted', at: NOW, by: 'x', text: 'tamper' });
      expect(store.cases.get('C1')).toMatchObject({ status: 'open', history: [{ type: 'opened' }] });
    });

    it('refuses a duplicate id', () => {
      store.cases.add(makeCase({ id: 'C1' }));
      expect(() => store.cases.add(makeCase({ id: 'C1' }))).toThrow(DuplicateCaseError);
    });

    it('moves the counter past an id added directly', () => {
      store.cases.add(makeCase({ id: 'C7' }));
      expect(store.cases.nextCaseId()).toBe('C8');
    });

    it.each([
      ['a NaN time', { at: Number.NaN }],
      ['a bad id', { id: 'X1' }],
      ['an unknown status', { status: 'lost' }],
      ['a missing field', { excerpt: undefined }],
    ])('refuses a case with %s (it would not survive a restart)', (_label, over) => {
      const bad = { ...makeCase({ id: 'C1' }), ...over } as never;
      expect(() => store.cases.add(bad)).toThrow(InvalidRecordError);
      expect(store.cases.get('C1')).toBeUndefined();
    });

    it.each([
      ['a patch object', { status: 'closed' as const }],
      ['an editing function', (c: { status: string }) => void (c.status = 'closed')],
      ['a replacing function', (c: object) => ({ ...c, status: 'closed' })],
    ])('updates with %s', (_label, patch) => {
      store.cases.add(makeCase({ id: 'C1' }));
      const updated = store.cases.update('C1', patch as never);
      expect(updated.status).toBe('closed');
      expect(store.cases.get('C1')?.status).toBe('closed');
    });

    it('refuses to change an id, to break a record, or to update an unknown case', () => {
      store.cases.add(makeCase({ id: 'C1' }));
      expect(() => store.cases.update('C1', { id: 'C2' })).toThrow(InvalidRecordError);
      expect(() => store.cases.update('C1', { at: -1 })).toThrow(InvalidRecordError);
      expect(store.cases.get('C1')).toEqual(makeCase({ id: 'C1' }));
      expect(() => store.cases.update('C9', { status: 'closed' })).toThrow(RecordNotFoundError);
    });

    it('queries by member, room, message and status, oldest first', () => {
      store.cases.add(makeCase({ id: 'C3', at: NOW - 1 * DAY, messageId: 'm3' }));
      store.cases.add(makeCase({ id: 'C1', at: NOW - 40 * DAY, messageId: 'm1' }));
      store.cases.add(makeCase({ id: 'C2', at: NOW - 2 * DAY, memberId: 'u2', status: 'pending_decision' }));
      store.cases.add(makeCase({ id: 'C4', at: NOW, roomId: 'room2', messageId: 'm4' }));
      const ids = (cs: { id: string }[]) => cs.map((c) => c.id);
      expect(ids(store.cases.byMember('room1', 'u1'))).toEqual(['C1', 'C3']);
      expect(ids(store.cases.byMember('room1', 'u1', NOW - 30 * DAY))).toEqual(['C3']);
      expect(ids(store.cases.byMember('room2', 'u2'))).toEqual([]);
      expect(ids(store.cases.byRoom('room1'))).toEqual(['C1', 'C2', 'C3']);
      expect(ids(store.cases.byRoom('room1', NOW - 2 * DAY))).toEqual(['C2', 'C3']);
      expect(store.cases.findByMessageId('m4')?.id).toBe('C4');
      expect(store.cases.findByMessageId('nope')).toBeUndefined();
      expect(ids(store.cases.pending())).toEqual(['C2']);
    });

    it('keeps the indexes right when an update moves a case to another member or message', () => {
      store.cases.add(makeCase({ id: 'C1', messageId: 'm1' }));
      store.cases.update('C1', { memberId: 'u2', messageId: 'm2' });
      expect(store.cases.byMember('room1', 'u1')).toEqual([]);
      expect(store.cases.byMember('room1', 'u2').map((c) => c.id)).toEqual(['C1']);
      expect(store.cases.findByMessageId('m1')).toBeUndefined();
      expect(store.cases.findByMessageId('m2')?.id).toBe('C1');
    });

    it('archives old closed and overturned cases, and all() still finds them', async () => {
      store.cases.add(makeCase({ id: 'C1', at: NOW - 60 * DAY, status: 'closed' }));
      store.cases.add(makeCase({ id: 'C2', at: NOW - 45 * DAY, status: 'overturned' }));
      store.cases.add(makeCase({ id: 'C3', at: NOW - 45 * DAY, status: 'pending_decision' }));
      store.cases.add(makeCase({ id: 'C4', at: NOW - 45 * DAY, status: 'open' }));
      store.cases.add(makeCase({ id: 'C5', at: NOW - 5 * DAY, status: 'closed' }));
      expect(await store.archive(NOW)).toEqual({ cases: 2, audit: 0 });
      expect(store.cases.get('C1')).toBeUndefined();
      expect(store.cases.byMember('room1', 'u1').map((c) => c.id)).toEqual(['C3', 'C4', 'C5']);
      expect((await store.cases.all()).map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
      expect((await store.cases.all(NOW - 50 * DAY)).map((c) => c.id)).toEqual(['C2', 'C3', 'C4', 'C5']);
      expect((await store.cases.all(NOW - 70 * DAY, NOW - 50 * DAY)).map((c) => c.id)).toEqual(['C1']);
      expect(await store.archive(NOW)).toEqual({ cases: 0, audit: 0 });
      expect(store.cases.nextCaseId()).toBe('C6');
    });
  });

  describe('members', () => {
    it('upserts, updates, marks left and lists current members by default', () => {
      store.members.upsert(makeMember({ memberId: 'u1' }));
      store.members.upsert(makeMember({ memberId: 'u2', nicknameOk: false, nicknameBadSince: NOW }));
      store.members.upsert(makeMember({ memberId: 'u3', roomId: 'room2' }));
      store.members.upsert(makeMember({ memberId: 'u1', nickname: '销售部-李四四' }));
      expect(store.members.get('room1', 'u1')?.nickname).toBe('销售部-李四四');
      expect(store.members.update('room1', 'u2', { lastRemindedAt: NOW }).lastRemindedAt).toBe(NOW);
      expect(store.members.markLeft('room1', 'u2')).toBe(true);
      expect(store.members.markLeft('room1', 'ghost')).toBe(false);
      expect(store.members.listByRoom('room1').map((m) => m.memberId)).toEqual(['u1']);
      expect(store.members.listByRoom('room1', { includeLeft: true }).map((m) => m.memberId)).toEqual(['u1', 'u2']);
      expect(store.members.list().map((m) => m.memberId)).toEqual(['u1', 'u3']);
    });

    it('refuses to move a member to another room, or to update an unknown one', () => {
      store.members.upsert(makeMember({ memberId: 'u1' }));
      expect(() => store.members.update('room1', 'u1', { roomId: 'room2' })).toThrow(InvalidRecordError);
      expect(() => store.members.update('room1', 'u9', { exempt: true })).toThrow(RecordNotFoundError);
    });
  });

  describe('rooms', () => {
    it('upserts, updates and lists', () => {
      store.rooms.upsert(makeRoom({ roomId: 'room1' }));
      store.rooms.upsert(makeRoom({ roomId: 'room2', topic: '市场部工作群' }));
      store.rooms.update('room1', (r) => void (r.paused = true));
      expect(store.rooms.get('room1')?.paused).toBe(true);
      expect(store.rooms.list().map((r) => r.topic)).toEqual(['销售部工作群', '市场部工作群']);
      expect(() => store.rooms.update('room9', { paused: true })).toThrow(RecordNotFoundError);
    });
  });

  describe('seen messages', () => {
    it('counts a message once and forgets the oldest beyond the limit', () => {
      expect(store.seen.markSeen('m1')).toBe(true);
      expect(store.seen.markSeen('m1')).toBe(false);
      expect(store.seen.seen('m1')).toBe(true);
      for (const id of ['m2', 'm3', 'm4']) store.seen.markSeen(id);
      expect(['m1', 'm2', 'm3', 'm4'].map((id) => store.seen.seen(id))).toEqual([false, true, true, true]);
    });
  });

  describe('state', () => {
    it('keeps JSON values and refuses what JSON cannot hold', () => {
      store.state.set('lastDigestAt', NOW);
      store.state.set('markers', { weekly: ['2026-W48'] });
      expect(store.state.get('lastDigestAt')).toBe(NOW);
      expect(store.state.get('markers')).toEqual({ weekly: ['2026-W48'] });
      store.state.delete('lastDigestAt');
      expect(store.state.get('lastDigestAt')).toBeUndefined();
      expect(() => store.state.set('bad', Number.NaN)).toThrow(InvalidRecordError);
    });
  });

  describe('audit log', () => {
    it('lists entries in a time range, archived ones included', async () => {
      store.audit.append(makeAudit({ at: NOW - 40 * DAY, action: 'pause' }));
      store.audit.append(makeAudit({ at: NOW - 1 * DAY, action: 'pardon' }));
      expect(await store.archive(NOW)).toEqual({ cases: 0, audit: 1 });
      expect((await store.audit.list()).map((e) => e.action)).toEqual(['pause', 'pardon']);
      expect((await store.audit.list(NOW - 2 * DAY)).map((e) => e.action)).toEqual(['pardon']);
    });
  });

  it('refuses changes after close()', async () => {
    await store.close();
    expect(() => store.cases.nextCaseId()).toThrow(StoreClosedError);
    expect(() => store.seen.markSeen('m1')).toThrow(StoreClosedError);
    await expect(store.archive(NOW)).rejects.toThrow(StoreClosedError);
  });
});
