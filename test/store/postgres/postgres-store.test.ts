import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DuplicateCaseError, InvalidRecordError, RecordNotFoundError, StoreClosedError } from '../../../src/store/errors.js';
import type { StorePorts } from '../../../src/store/ports.js';
import type { PostgresStore } from '../../../src/store/postgres/postgres-store.js';
import { stateEntry, stateFamily } from '../../../src/store/state-entry.js';
import { DAY, makeAudit, makeCase, makeMember, makeRoom, NOW } from '../fixtures.js';
import { recordingLog, usePostgres, type RecordedLog } from './pg-harness.js';

const pg = usePostgres();
const ids = (cs: { id: string }[]): string[] => cs.map((c) => c.id);

describe('PostgreSQL store: the ports', () => {
  let store: PostgresStore;
  let log: RecordedLog;

  beforeEach(async () => {
    log = recordingLog();
    store = await pg.open(await pg.freshDatabase(), { seenLimit: 3, log });
  });

  describe('cases', () => {
    it('hands out C1, C2, … and never reuses an id, added or not', async () => {
      expect([await store.cases.nextCaseId(), await store.cases.nextCaseId(), await store.cases.nextCaseId()]).toEqual(['C1', 'C2', 'C3']);
    });

    it('returns copies: changing a returned case changes nothing stored', async () => {
      await store.cases.add(makeCase({ id: await store.cases.nextCaseId() }));
      const got = await store.cases.get('C1');
      got!.status = 'closed';
      got!.history.push({ type: 'noted', at: NOW, by: 'x', text: 'tamper' });
      expect(await store.cases.get('C1')).toMatchObject({ status: 'open', history: [{ type: 'opened' }] });
    });

    it('refuses a duplicate id', async () => {
      await store.cases.add(makeCase({ id: 'C1' }));
      await expect(store.cases.add(makeCase({ id: 'C1' }))).rejects.toThrow(DuplicateCaseError);
    });

    it('moves the counter past an id added directly, and not back for a lower one', async () => {
      await store.cases.add(makeCase({ id: 'C7' }));
      expect(await store.cases.nextCaseId()).toBe('C8');
      await store.cases.add(makeCase({ id: 'C3' }));
      expect(await store.cases.nextCaseId()).toBe('C9');
    });

    it.each([
      ['a NaN time', { at: Number.NaN }],
      ['a bad id', { id: 'X1' }],
      ['an unknown status', { status: 'lost' }],
      ['a missing field', { excerpt: undefined }],
    ])('refuses a case with %s (it would not survive a restart)', async (_label, over) => {
      const bad = { ...makeCase({ id: 'C1' }), ...over } as never;
      await expect(store.cases.add(bad)).rejects.toThrow(InvalidRecordError);
      expect(await store.cases.get('C1')).toBeUndefined();
    });

    it.each([
      ['a patch object', { status: 'closed' as const }],
      ['an editing function', (c: { status: string }) => void (c.status = 'closed')],
      ['a replacing function', (c: object) => ({ ...c, status: 'closed' })],
    ])('updates with %s', async (_label, patch) => {
      await store.cases.add(makeCase({ id: 'C1' }));
      const updated = await store.cases.update('C1', patch as never);
      expect(updated.status).toBe('closed');
      expect((await store.cases.get('C1'))?.status).toBe('closed');
    });

    it('refuses to change an id, to break a record, or to update an unknown case', async () => {
      await store.cases.add(makeCase({ id: 'C1' }));
      await expect(store.cases.update('C1', { id: 'C2' })).rejects.toThrow(InvalidRecordError);
      await expect(store.cases.update('C1', { at: -1 })).rejects.toThrow(InvalidRecordError);
      expect(await store.cases.get('C1')).toEqual(makeCase({ id: 'C1' }));
      await expect(store.cases.update('C9', { status: 'closed' })).rejects.toThrow(RecordNotFoundError);
    });

    it('queries by member, member everywhere, room, message and status, oldest first', async () => {
      await store.cases.add(makeCase({ id: 'C3', at: NOW - 1 * DAY, messageId: 'm3' }));
      await store.cases.add(makeCase({ id: 'C1', at: NOW - 40 * DAY, messageId: 'm1' }));
      await store.cases.add(makeCase({ id: 'C2', at: NOW - 2 * DAY, memberId: 'u2', status: 'pending_decision' }));
      await store.cases.add(makeCase({ id: 'C4', at: NOW, roomId: 'room2', messageId: 'm4' }));
      await store.cases.add(makeCase({ id: 'C5', at: NOW - 3 * DAY, roomId: 'room3', status: 'appealed' }));
      expect(ids(await store.cases.byMember('room1', 'u1'))).toEqual(['C1', 'C3']);
      expect(ids(await store.cases.byMember('room1', 'u1', NOW - 30 * DAY))).toEqual(['C3']);
      expect(ids(await store.cases.byMember('room2', 'u2'))).toEqual([]);
      expect(ids(await store.cases.byMemberEverywhere('u1'))).toEqual(['C1', 'C5', 'C3', 'C4']);
      expect(ids(await store.cases.byMemberEverywhere('u1', NOW - 2 * DAY))).toEqual(['C3', 'C4']);
      expect(ids(await store.cases.byMemberEverywhere('ghost'))).toEqual([]);
      expect(ids(await store.cases.byRoom('room1'))).toEqual(['C1', 'C2', 'C3']);
      expect(ids(await store.cases.byRoom('room1', NOW - 2 * DAY))).toEqual(['C2', 'C3']);
      expect((await store.cases.findByMessageId('m4'))?.id).toBe('C4');
      expect(await store.cases.findByMessageId('nope')).toBeUndefined();
      expect(ids(await store.cases.pending())).toEqual(['C5', 'C2']);
    });

    it('takes fractional time bounds as the embedded store does', async () => {
      await store.cases.add(makeCase({ id: 'C1', at: NOW }));
      await store.cases.add(makeCase({ id: 'C2', at: NOW + 1 }));
      expect(ids(await store.cases.byRoom('room1', NOW + 0.5))).toEqual(['C2']);
      expect(ids(await store.cases.byMember('room1', 'u1', NOW - 0.5))).toEqual(['C1', 'C2']);
      expect(ids(await store.cases.all(NOW - 0.5, NOW + 0.5))).toEqual(['C1']);
      expect(ids(await store.cases.all(undefined, NOW + 1))).toEqual(['C1']);
      expect(await store.archive(NOW + 30 * DAY + 0.5)).toEqual({ cases: 0, audit: 0 });
    });

    it('orders cases opened at the same moment by case number', async () => {
      for (const id of ['C10', 'C2', 'C9']) await store.cases.add(makeCase({ id }));
      expect(ids(await store.cases.byRoom('room1'))).toEqual(['C2', 'C9', 'C10']);
      expect(ids(await store.cases.all())).toEqual(['C2', 'C9', 'C10']);
    });

    it('keeps the indexes right when an update moves a case to another member or message', async () => {
      await store.cases.add(makeCase({ id: 'C1', messageId: 'm1' }));
      await store.cases.update('C1', { memberId: 'u2', messageId: 'm2' });
      expect(await store.cases.byMember('room1', 'u1')).toEqual([]);
      expect(ids(await store.cases.byMember('room1', 'u2'))).toEqual(['C1']);
      expect(await store.cases.findByMessageId('m1')).toBeUndefined();
      expect((await store.cases.findByMessageId('m2'))?.id).toBe('C1');
    });

    it('archives old closed and overturned cases: hot queries stop seeing them, all() still finds them', async () => {
      await store.cases.add(makeCase({ id: 'C1', at: NOW - 60 * DAY, status: 'closed', messageId: 'm1' }));
      await store.cases.add(makeCase({ id: 'C2', at: NOW - 45 * DAY, status: 'overturned' }));
      await store.cases.add(makeCase({ id: 'C3', at: NOW - 45 * DAY, status: 'pending_decision' }));
      await store.cases.add(makeCase({ id: 'C4', at: NOW - 45 * DAY, status: 'open' }));
      await store.cases.add(makeCase({ id: 'C5', at: NOW - 5 * DAY, status: 'closed' }));
      expect(await store.archive(NOW)).toEqual({ cases: 2, audit: 0 });
      expect(await store.cases.get('C1')).toBeUndefined();
      expect(await store.cases.findByMessageId('m1')).toBeUndefined();
      await expect(store.cases.update('C1', { note: 'x' } as never)).rejects.toThrow(RecordNotFoundError);
      expect(ids(await store.cases.byMember('room1', 'u1'))).toEqual(['C3', 'C4', 'C5']);
      expect(ids(await store.cases.byMemberEverywhere('u1'))).toEqual(['C3', 'C4', 'C5']);
      expect(ids(await store.cases.byRoom('room1'))).toEqual(['C3', 'C4', 'C5']);
      expect(ids(await store.cases.all())).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
      expect(ids(await store.cases.all(NOW - 50 * DAY))).toEqual(['C2', 'C3', 'C4', 'C5']);
      expect(ids(await store.cases.all(NOW - 70 * DAY, NOW - 50 * DAY))).toEqual(['C1']);
      expect(await store.archive(NOW)).toEqual({ cases: 0, audit: 0 });
      expect(await store.archive(NOW, { retentionMs: 1 * DAY })).toEqual({ cases: 1, audit: 0 });
      expect(await store.cases.nextCaseId()).toBe('C6');
      await expect(store.archive(NOW, { retentionMs: -1 })).rejects.toThrow(RangeError);
    });
  });

  describe('members', () => {
    it('upserts, updates, marks left and lists current members by default, in the order first seen', async () => {
      await store.members.upsert(makeMember({ memberId: 'u1' }));
      await store.members.upsert(makeMember({ memberId: 'u2', nicknameOk: false, nicknameBadSince: NOW }));
      await store.members.upsert(makeMember({ memberId: 'u3', roomId: 'room2' }));
      await store.members.upsert(makeMember({ memberId: 'u1', nickname: '销售部-李四四' }));
      expect((await store.members.get('room1', 'u1'))?.nickname).toBe('销售部-李四四');
      expect((await store.members.update('room1', 'u2', { lastRemindedAt: NOW })).lastRemindedAt).toBe(NOW);
      expect(await store.members.markLeft('room1', 'u2')).toBe(true);
      expect(await store.members.markLeft('room1', 'ghost')).toBe(false);
      expect((await store.members.get('room1', 'u2'))?.left).toBe(true);
      expect((await store.members.listByRoom('room1')).map((m) => m.memberId)).toEqual(['u1']);
      expect((await store.members.listByRoom('room1', { includeLeft: true })).map((m) => m.memberId)).toEqual(['u1', 'u2']);
      expect((await store.members.list()).map((m) => m.memberId)).toEqual(['u1', 'u3']);
      expect((await store.members.list({ includeLeft: true })).map((m) => m.memberId)).toEqual(['u1', 'u2', 'u3']);
    });

    it('refuses to move a member to another room, to store a broken one, or to update an unknown one', async () => {
      await store.members.upsert(makeMember({ memberId: 'u1' }));
      await expect(store.members.update('room1', 'u1', { roomId: 'room2' })).rejects.toThrow(InvalidRecordError);
      await expect(store.members.upsert({ ...makeMember({ memberId: 'u2' }), joinedAt: Number.NaN })).rejects.toThrow(InvalidRecordError);
      await expect(store.members.update('room1', 'u9', { exempt: true })).rejects.toThrow(RecordNotFoundError);
      expect(await store.members.get('room1', 'u2')).toBeUndefined();
    });
  });

  describe('rooms', () => {
    it('upserts, updates and lists', async () => {
      await store.rooms.upsert(makeRoom({ roomId: 'room1' }));
      await store.rooms.upsert(makeRoom({ roomId: 'room2', topic: '市场部工作群' }));
      await store.rooms.update('room1', (r) => void (r.paused = true));
      expect((await store.rooms.get('room1'))?.paused).toBe(true);
      expect((await store.rooms.list()).map((r) => r.topic)).toEqual(['销售部工作群', '市场部工作群']);
      await expect(store.rooms.update('room9', { paused: true })).rejects.toThrow(RecordNotFoundError);
      await expect(store.rooms.update('room1', { roomId: 'room2' })).rejects.toThrow(InvalidRecordError);
    });
  });

  describe('seen messages', () => {
    it('counts a message once and forgets the oldest beyond the limit', async () => {
      expect(await store.seen.markSeen('m1')).toBe(true);
      expect(await store.seen.markSeen('m1')).toBe(false);
      expect(await store.seen.seen('m1')).toBe(true);
      for (const id of ['m2', 'm3', 'm4']) await store.seen.markSeen(id);
      expect(await Promise.all(['m1', 'm2', 'm3', 'm4'].map((id) => store.seen.seen(id)))).toEqual([false, true, true, true]);
    });

    it('keeps exactly the last ids even when repeats came in between', async () => {
      for (const id of ['m1', 'm2', 'm2', 'm2', 'm3']) await store.seen.markSeen(id);
      expect(await Promise.all(['m1', 'm2', 'm3'].map((id) => store.seen.seen(id)))).toEqual([true, true, true]);
    });
  });

  describe('state', () => {
    const lastDigest = stateEntry('digest.lastSentAt', z.number().int());
    const markers = stateEntry('markers', z.object({ weekly: z.array(z.string()) }));
    const jobs = stateFamily('outbox.job.', z.object({ text: z.string() }));

    it('keeps typed values, removes them, and refuses what the entry or JSON cannot hold', async () => {
      await store.state.write(lastDigest, NOW);
      await store.state.write(markers, { weekly: ['2026-W48'] });
      expect(await store.state.read(lastDigest)).toBe(NOW);
      expect(await store.state.read(markers)).toEqual({ weekly: ['2026-W48'] });
      await store.state.remove(lastDigest);
      expect(await store.state.read(lastDigest)).toBeUndefined();
      await expect(store.state.write(stateEntry('bad', z.number()), Number.NaN)).rejects.toThrow(InvalidRecordError);
      await expect(store.state.write(lastDigest, 1.5)).rejects.toThrow(InvalidRecordError);
    });

    it('reads a stored value that fails its entry as undefined, and says so once', async () => {
      await store.state.write(stateEntry('digest.lastSentAt', z.string()), 'not a number');
      expect(await store.state.read(lastDigest)).toBeUndefined();
      expect(await store.state.read(lastDigest)).toBeUndefined();
      expect(log.warnings.map((w) => w.fields.key)).toEqual(['digest.lastSentAt']);
    });

    it('lists a family in key order with checked values, and nothing outside it', async () => {
      await store.state.write(jobs.entry('b'), { text: '二' });
      await store.state.write(jobs.entry('a'), { text: '一' });
      await store.state.write(stateEntry('outbox.job.c', z.number()), 3);
      await store.state.write(stateEntry('outbox.jobless', z.object({ text: z.string() })), { text: '外' });
      await store.state.write(stateEntry('outbox_job_x', z.object({ text: z.string() })), { text: '外' });
      const listed = await store.state.list(jobs);
      expect(listed.map((l) => [l.entry.key, l.value.text])).toEqual([
        ['outbox.job.a', '一'],
        ['outbox.job.b', '二'],
      ]);
      expect(await store.state.read(listed[0]!.entry)).toEqual({ text: '一' });
    });
  });

  describe('audit log', () => {
    it('lists entries in a time range, archived ones included, oldest first', async () => {
      await store.audit.append(makeAudit({ at: NOW - 1 * DAY, action: 'pardon' }));
      await store.audit.append(makeAudit({ at: NOW - 40 * DAY, action: 'pause' }));
      expect(await store.archive(NOW)).toEqual({ cases: 0, audit: 1 });
      expect((await store.audit.list()).map((e) => e.action)).toEqual(['pause', 'pardon']);
      expect((await store.audit.list(NOW - 2 * DAY)).map((e) => e.action)).toEqual(['pardon']);
      expect((await store.audit.list(undefined, NOW - 2 * DAY)).map((e) => e.action)).toEqual(['pause']);
      await expect(store.audit.append({ ...makeAudit(), at: -5 })).rejects.toThrow(InvalidRecordError);
    });
  });

  describe('leases', () => {
    it('gives a free name to the first holder, renews for it, refuses another until expiry, and frees on release', async () => {
      expect(await store.leases.claim('speaker:room1', 'bot-a', NOW, 1000)).toBe(true);
      expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + 500, 1000)).toBe(false);
      expect(await store.leases.claim('speaker:room1', 'bot-a', NOW + 900, 1000)).toBe(true);
      expect(await store.leases.holder('speaker:room1', NOW + 1899)).toBe('bot-a');
      expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + 1899, 1000)).toBe(false);
      expect(await store.leases.holder('speaker:room1', NOW + 1900)).toBeUndefined();
      expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + 1900, 1000)).toBe(true);
      await store.leases.release('speaker:room1', 'bot-a');
      expect(await store.leases.holder('speaker:room1', NOW + 2000)).toBe('bot-b');
      await store.leases.release('speaker:room1', 'bot-b');
      expect(await store.leases.holder('speaker:room1', NOW + 2000)).toBeUndefined();
      expect(await store.leases.claim('speaker:room2', 'bot-a', NOW, 1000)).toBe(true);
      expect(await store.leases.claim('speaker:room3', 'bot-a', NOW + 0.25, 999.5)).toBe(true);
      expect(await store.leases.holder('speaker:room3', NOW + 999.7)).toBe('bot-a');
      expect(await store.leases.holder('speaker:room3', NOW + 999.75)).toBeUndefined();
    });
  });

  describe('atomically', () => {
    it('commits everything the work did and resolves with its result', async () => {
      const result = await store.atomically(async (tx) => {
        const id = await tx.cases.nextCaseId();
        await tx.cases.add(makeCase({ id }));
        await tx.cases.update(id, (c) => void (c.status = 'pending_decision'));
        await tx.state.write(stateEntry('outbox.job.1', z.string()), id);
        return id;
      });
      expect(result).toBe('C1');
      expect((await store.cases.get('C1'))?.status).toBe('pending_decision');
      expect(await store.state.read(stateEntry('outbox.job.1', z.string()))).toBe('C1');
    });

    it('keeps nothing when the work rejects, and the id it took is not handed out again', async () => {
      await expect(
        store.atomically(async (tx) => {
          await tx.cases.add(makeCase({ id: await tx.cases.nextCaseId() }));
          await tx.members.upsert(makeMember({ memberId: 'u1' }));
          await tx.audit.append(makeAudit());
          throw new Error('send failed');
        }),
      ).rejects.toThrow('send failed');
      expect(await store.cases.all()).toEqual([]);
      expect(await store.members.list()).toEqual([]);
      expect(await store.audit.list()).toEqual([]);
      expect(await store.cases.nextCaseId()).toBe('C2');
    });

    it('refuses the ports of a unit of work once it is over', async () => {
      let kept: StorePorts | undefined;
      await store.atomically(async (tx) => {
        kept = tx;
      });
      await expect(kept!.cases.add(makeCase({ id: 'C1' }))).rejects.toThrow('原子操作已结束');
      expect(await store.cases.get('C1')).toBeUndefined();
    });

    it('lets work recover from a refused step and still commit the rest', async () => {
      await store.cases.add(makeCase({ id: 'C1' }));
      await store.atomically(async (tx) => {
        await expect(tx.cases.add(makeCase({ id: 'C1' }))).rejects.toThrow(DuplicateCaseError);
        await tx.cases.add(makeCase({ id: 'C2' }));
      });
      expect(ids(await store.cases.all())).toEqual(['C1', 'C2']);
    });
  });

  it('refuses changes after close()', async () => {
    await store.close();
    await expect(store.cases.nextCaseId()).rejects.toThrow(StoreClosedError);
    await expect(store.seen.markSeen('m1')).rejects.toThrow(StoreClosedError);
    await expect(store.archive(NOW)).rejects.toThrow(StoreClosedError);
    await expect(store.atomically(async () => 1)).rejects.toThrow(StoreClosedError);
    await expect(store.cases.get('C1')).rejects.toThrow(StoreClosedError);
  });
});
