/**
 * The store contract as a reusable suite: every Store implementation (memory, lowdb,
 * PostgreSQL) runs it through `describeStoreContract`. It assumes nothing embedded: no
 * files, no seen limit, no single process; each test opens a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DuplicateCaseError, InvalidRecordError, RecordNotFoundError, StoreClosedError } from '../../src/store/errors.js';
import type { CaseRecord } from '../../src/core/records.js';
import type { Store } from '../../src/store/ports.js';
import { stateEntry, stateFamily } from '../../src/store/state-entry.js';
import { DAY, makeAudit, makeCase, makeMember, makeRoom, NOW } from './fixtures.js';

/** One store implementation under the contract: how to open a fresh, empty one and clean up after. */
export interface ContractStoreKind {
  name: string;
  open(): Promise<{ store: Store; cleanup(): Promise<void> }>;
  /**
   * Whether a unit of work that rejects leaves nothing it changed (a transaction rolls back).
   * The embedded stores keep what it applied (one writer; flushed with the next change).
   */
  rollsBackFailedUnits?: boolean;
}

const ids = (cs: { id: string }[]): string[] => cs.map((c) => c.id);

/** Declares the whole contract suite for one store kind. */
export function describeStoreContract(kind: ContractStoreKind): void {
  describe(`store contract: ${kind.name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await kind.open());
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('cases', () => {
      it('hands out C1, C2, … and never reuses an id, added or not', async () => {
        expect([await store.cases.nextCaseId(), await store.cases.nextCaseId(), await store.cases.nextCaseId()]).toEqual(['C1', 'C2', 'C3']);
      });

      it('hands out 50 different ids to 50 concurrent callers', async () => {
        const got = await Promise.all(Array.from({ length: 50 }, () => store.cases.nextCaseId()));
        expect(new Set(got).size).toBe(50);
        expect(got.every((id) => /^C[1-9]\d*$/.test(id))).toBe(true);
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

      it('queries by member, room, message and status, oldest first', async () => {
        await store.cases.add(makeCase({ id: 'C3', at: NOW - 1 * DAY, messageId: 'm3' }));
        await store.cases.add(makeCase({ id: 'C1', at: NOW - 40 * DAY, messageId: 'm1' }));
        await store.cases.add(makeCase({ id: 'C2', at: NOW - 2 * DAY, memberId: 'u2', status: 'pending_decision' }));
        await store.cases.add(makeCase({ id: 'C4', at: NOW, roomId: 'room2', messageId: 'm4' }));
        await store.cases.add(makeCase({ id: 'C5', at: NOW - 3 * DAY, roomId: 'room3', status: 'appealed' }));
        expect(ids(await store.cases.byMember('room1', 'u1'))).toEqual(['C1', 'C3']);
        expect(ids(await store.cases.byMember('room1', 'u1', NOW - 30 * DAY))).toEqual(['C3']);
        expect(ids(await store.cases.byMember('room2', 'u2'))).toEqual([]);
        expect(ids(await store.cases.byRoom('room1'))).toEqual(['C1', 'C2', 'C3']);
        expect(ids(await store.cases.byRoom('room1', NOW - 2 * DAY))).toEqual(['C2', 'C3']);
        expect((await store.cases.findByMessageId('m4'))?.id).toBe('C4');
        expect(await store.cases.findByMessageId('nope')).toBeUndefined();
        expect(ids(await store.cases.pending())).toEqual(['C5', 'C2']);
      });

      it('takes fractional time bounds', async () => {
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

      it("finds one member's cases in every group, and no one else's", async () => {
        await store.cases.add(makeCase({ id: 'C1', roomId: 'room1', at: NOW - 20 * DAY }));
        await store.cases.add(makeCase({ id: 'C2', roomId: 'room2', at: NOW - 3 * DAY }));
        await store.cases.add(makeCase({ id: 'C3', roomId: 'room3', at: NOW - 10 * DAY }));
        await store.cases.add(makeCase({ id: 'C4', roomId: 'room1', memberId: 'u2', at: NOW }));
        expect(ids(await store.cases.byMemberEverywhere('u1'))).toEqual(['C1', 'C3', 'C2']);
        expect(ids(await store.cases.byMemberEverywhere('u1', NOW - 10 * DAY))).toEqual(['C3', 'C2']);
        expect(ids(await store.cases.byMemberEverywhere('u2'))).toEqual(['C4']);
        expect(await store.cases.byMemberEverywhere('u9')).toEqual([]);
        await store.cases.update('C2', { memberId: 'u2' });
        expect(ids(await store.cases.byMemberEverywhere('u1'))).toEqual(['C1', 'C3']);
        expect(ids(await store.cases.byMemberEverywhere('u2'))).toEqual(['C2', 'C4']);
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
        await expect(store.cases.update('C1', { status: 'open' })).rejects.toThrow(RecordNotFoundError);
        expect(ids(await store.cases.byMember('room1', 'u1'))).toEqual(['C3', 'C4', 'C5']);
        expect(ids(await store.cases.byMemberEverywhere('u1'))).toEqual(['C3', 'C4', 'C5']);
        expect(ids(await store.cases.byRoom('room1'))).toEqual(['C3', 'C4', 'C5']);
        expect(ids(await store.cases.all())).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
        expect(ids(await store.cases.all(NOW - 50 * DAY))).toEqual(['C2', 'C3', 'C4', 'C5']);
        expect(ids(await store.cases.all(NOW - 70 * DAY, NOW - 50 * DAY))).toEqual(['C1']);
        expect(await store.archive(NOW)).toEqual({ cases: 0, audit: 0 });
        expect(await store.archive(NOW, { retentionMs: 1 * DAY })).toEqual({ cases: 1, audit: 0 });
        expect(await store.cases.nextCaseId()).toBe('C6');
        // The embedded stores throw at once, PostgreSQL rejects: either way the caller gets a RangeError.
        await expect(async () => store.archive(NOW, { retentionMs: -1 })).rejects.toThrow(RangeError);
      });

      it('keeps a removal in the hot set however old, so the company-wide blocklist finds it; an overturned removal is archived', async () => {
        const removed = (id: string, history: CaseRecord['history'], status: 'closed' | 'overturned' = 'closed') =>
          makeCase({ id, at: NOW - 400 * DAY, status, memberId: 'u9', history });
        await store.cases.add(removed('C1', [{ type: 'decided', decision: 'remove', at: NOW - 400 * DAY, by: 'admin1' }]));
        await store.cases.add(removed('C2', [{ type: 'closed', reason: 'member_removed', at: NOW - 400 * DAY, by: 'bot' }]));
        await store.cases.add(makeCase({ id: 'C3', at: NOW - 400 * DAY, status: 'closed', memberId: 'u9', action: 'remove' }));
        await store.cases.add(removed('C4', [{ type: 'decided', decision: 'remove', at: NOW - 400 * DAY, by: 'admin1' }], 'overturned'));
        await store.cases.add(removed('C5', [{ type: 'decided', decision: 'keep', at: NOW - 400 * DAY, by: 'admin1' }]));
        expect(await store.archive(NOW)).toEqual({ cases: 2, audit: 0 });
        expect(ids(await store.cases.byMemberEverywhere('u9'))).toEqual(['C1', 'C2', 'C3']);
        expect(await store.archive(NOW)).toEqual({ cases: 0, audit: 0 });
        expect(ids(await store.cases.all())).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
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
        const memberIds = (ms: { memberId: string }[]): string[] => ms.map((m) => m.memberId);
        expect(memberIds(await store.members.listByRoom('room1'))).toEqual(['u1']);
        expect(memberIds(await store.members.listByRoom('room1', { includeLeft: true }))).toEqual(['u1', 'u2']);
        expect(memberIds(await store.members.list())).toEqual(['u1', 'u3']);
        expect(memberIds(await store.members.list({ includeLeft: true }))).toEqual(['u1', 'u2', 'u3']);
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
      it('upserts, updates and lists in the order first seen, and refuses to change a room id', async () => {
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
      it('counts a message once, also when two deliveries race', async () => {
        expect(await store.seen.markSeen('m1')).toBe(true);
        expect(await store.seen.markSeen('m1')).toBe(false);
        expect(await store.seen.seen('m1')).toBe(true);
        expect(await store.seen.seen('m2')).toBe(false);
        const raced = await Promise.all([store.seen.markSeen('m3'), store.seen.markSeen('m3')]);
        expect(raced.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('typed state', () => {
      const lastSent = stateEntry('test.lastSent', z.number().int());
      const markers = stateEntry('test.markers', z.object({ weekly: z.array(z.string()) }));
      const jobs = stateFamily('test.job.', z.object({ n: z.number() }));

      it('keeps typed values, removes them, and refuses a value its entry or JSON cannot hold', async () => {
        await store.state.write(lastSent, NOW);
        await store.state.write(markers, { weekly: ['2026-W48'] });
        expect(await store.state.read(lastSent)).toBe(NOW);
        expect(await store.state.read(markers)).toEqual({ weekly: ['2026-W48'] });
        await store.state.remove(lastSent);
        expect(await store.state.read(lastSent)).toBeUndefined();
        await expect(store.state.write(lastSent, Number.NaN)).rejects.toThrow(InvalidRecordError);
        await expect(store.state.write(lastSent, 1.5)).rejects.toThrow(InvalidRecordError);
        await expect(store.state.write(stateEntry('test.bad', z.number()), Number.NaN)).rejects.toThrow(InvalidRecordError);
        expect(await store.state.read(lastSent)).toBeUndefined();
      });

      it('reads a stored value that fails its entry as unset, and a good one as itself', async () => {
        await store.state.write(stateEntry('test.lastSent', z.string()), 'not a number');
        expect(await store.state.read(lastSent)).toBeUndefined();
        await store.state.write(lastSent, 7);
        expect(await store.state.read(lastSent)).toBe(7);
      });

      it('lists a family in key order, skipping members that fail the check and other keys', async () => {
        await store.state.write(jobs.entry('0000000002'), { n: 2 });
        await store.state.write(jobs.entry('0000000010'), { n: 10 });
        await store.state.write(jobs.entry('0000000001'), { n: 1 });
        await store.state.write(stateEntry('test.job.0000000005', z.string()), 'broken');
        await store.state.write(stateEntry('test.jobless', z.object({ n: z.number() })), { n: 99 });
        await store.state.write(stateEntry('test_job_0000000003', z.object({ n: z.number() })), { n: 3 });
        const listed = await store.state.list(jobs);
        expect(listed.map((e) => [e.entry.key, e.value.n])).toEqual([
          ['test.job.0000000001', 1],
          ['test.job.0000000002', 2],
          ['test.job.0000000010', 10],
        ]);
        expect(await store.state.read(listed[0]!.entry)).toEqual({ n: 1 });
        await store.state.remove(listed[0]!.entry);
        expect((await store.state.list(jobs)).map((e) => e.value.n)).toEqual([2, 10]);
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

    describe('atomically', () => {
      it('lands a case and the state written with it together, and resolves with the result', async () => {
        const notice = stateEntry('test.notice.C1', z.object({ caseId: z.string() }));
        const result = await store.atomically(async (tx) => {
          const id = await tx.cases.nextCaseId();
          await tx.cases.add(makeCase({ id }));
          await tx.cases.update(id, (c) => void (c.status = 'pending_decision'));
          await tx.state.write(notice, { caseId: id });
          await tx.audit.append(makeAudit({ target: id }));
          return id;
        });
        expect(result).toBe('C1');
        expect((await store.cases.get('C1'))?.status).toBe('pending_decision');
        expect(await store.state.read(notice)).toEqual({ caseId: 'C1' });
        expect((await store.audit.list()).map((e) => e.target)).toEqual(['C1']);
      });

      it('takes in a write the work started without awaiting it (the outbox journal keeps a job that way)', async () => {
        const kept = stateFamily('test.kept.', z.object({ caseId: z.string() }));
        const written: Promise<void>[] = [];
        await store.atomically(async (tx) => {
          await tx.cases.add(makeCase({ id: 'C1' }));
          for (const job of ['dm', 'room', 'alert']) written.push(tx.state.write(kept.entry(job), { caseId: 'C1' }));
        });
        await expect(Promise.all(written)).resolves.toEqual([undefined, undefined, undefined]);
        expect((await store.state.list(kept)).map((e) => e.entry.key).sort()).toEqual(['test.kept.alert', 'test.kept.dm', 'test.kept.room']);
      });

      it('rejects with the error of a failing unit, and the store goes on working', async () => {
        const boom = new Error('boom');
        await expect(
          store.atomically(async (tx) => {
            await tx.cases.add(makeCase({ id: 'C1' }));
            throw boom;
          }),
        ).rejects.toBe(boom);
        // What the failing unit applied: rolled back by a transaction, kept by the embedded single writer.
        expect(await store.cases.get('C1')).toEqual(kind.rollsBackFailedUnits === true ? undefined : makeCase({ id: 'C1' }));
        await store.cases.add(makeCase({ id: 'C2' }));
        await store.flush();
        expect((await store.cases.get('C2'))?.id).toBe('C2');
      });

      it('runs units started side by side, each whole', async () => {
        const entry = (n: number) => stateEntry(`test.side.${n}`, z.number());
        await Promise.all(
          [1, 2, 3].map((n) =>
            store.atomically(async (tx) => {
              await tx.members.upsert(makeMember({ memberId: `u${n}` }));
              await tx.state.write(entry(n), n);
            }),
          ),
        );
        for (const n of [1, 2, 3]) {
          expect((await store.members.get('room1', `u${n}`))?.memberId).toBe(`u${n}`);
          expect(await store.state.read(entry(n))).toBe(n);
        }
      });
    });

    describe('leases', () => {
      const TTL = 60_000;

      it('is exclusive: a second holder is refused while the first holds it', async () => {
        expect(await store.leases.claim('speaker:room1', 'bot-a', NOW, TTL)).toBe(true);
        expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + 1000, TTL)).toBe(false);
        expect(await store.leases.holder('speaker:room1', NOW + 1000)).toBe('bot-a');
        expect(await store.leases.claim('speaker:room2', 'bot-b', NOW, TTL)).toBe(true);
      });

      it('is taken over once it expires, and not a moment before', async () => {
        await store.leases.claim('schedule:digest', 'bot-a', NOW, TTL);
        expect(await store.leases.claim('schedule:digest', 'bot-b', NOW + TTL - 1, TTL)).toBe(false);
        expect(await store.leases.holder('schedule:digest', NOW + TTL)).toBeUndefined();
        expect(await store.leases.claim('schedule:digest', 'bot-b', NOW + TTL, TTL)).toBe(true);
        expect(await store.leases.holder('schedule:digest', NOW + TTL)).toBe('bot-b');
      });

      it('is renewed by its holder claiming again', async () => {
        await store.leases.claim('speaker:room1', 'bot-a', NOW, TTL);
        expect(await store.leases.claim('speaker:room1', 'bot-a', NOW + TTL - 1, TTL)).toBe(true);
        expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + TTL + 1, TTL)).toBe(false);
        expect(await store.leases.holder('speaker:room1', NOW + TTL + 1)).toBe('bot-a');
      });

      it('runs a renewal from the moment of renewal, to the millisecond and below', async () => {
        await store.leases.claim('speaker:room1', 'bot-a', NOW, 1000);
        expect(await store.leases.claim('speaker:room1', 'bot-a', NOW + 900, 1000)).toBe(true);
        expect(await store.leases.holder('speaker:room1', NOW + 1899)).toBe('bot-a');
        expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + 1899, 1000)).toBe(false);
        expect(await store.leases.holder('speaker:room1', NOW + 1900)).toBeUndefined();
        expect(await store.leases.claim('speaker:room1', 'bot-b', NOW + 1900, 1000)).toBe(true);
        expect(await store.leases.claim('speaker:room3', 'bot-a', NOW + 0.25, 999.5)).toBe(true);
        expect(await store.leases.holder('speaker:room3', NOW + 999.7)).toBe('bot-a');
        expect(await store.leases.holder('speaker:room3', NOW + 999.75)).toBeUndefined();
      });

      it('is released only by its holder', async () => {
        await store.leases.claim('speaker:room1', 'bot-a', NOW, TTL);
        await store.leases.release('speaker:room1', 'bot-b');
        expect(await store.leases.holder('speaker:room1', NOW)).toBe('bot-a');
        await store.leases.release('speaker:room1', 'bot-a');
        expect(await store.leases.holder('speaker:room1', NOW)).toBeUndefined();
        expect(await store.leases.claim('speaker:room1', 'bot-b', NOW, TTL)).toBe(true);
      });
    });

    it('closes while reads and writes are still in flight: each one settles and close() resolves', async () => {
      await store.cases.add(makeCase({ id: 'C1' }));
      const inFlight = [store.leases.holder('speaker:room1', NOW), store.cases.all(), store.leases.claim('speaker:room1', 'bot-a', NOW, 60_000), store.cases.get('C1')];
      await store.close();
      const settled = await Promise.allSettled(inFlight);
      for (const r of settled) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StoreClosedError);
    });

    it('refuses changes after close()', async () => {
      await store.close();
      await expect(store.cases.nextCaseId()).rejects.toThrow(StoreClosedError);
      await expect(store.seen.markSeen('m1')).rejects.toThrow(StoreClosedError);
      await expect(store.archive(NOW)).rejects.toThrow(StoreClosedError);
      await expect(store.atomically(async () => 1)).rejects.toThrow(StoreClosedError);
    });
  });
}
