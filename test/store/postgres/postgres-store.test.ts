/**
 * What only the PostgreSQL store promises, beyond the shared store contract
 * (test/store/store-contract.ts, run on PostgreSQL by ./contract.test.ts): the seen set
 * bounded in SQL, warnings through its logger, transactions that roll back while the
 * case-number sequence does not, savepoints, and a closed pool refusing reads too.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DuplicateCaseError, StoreClosedError } from '../../../src/store/errors.js';
import type { StorePorts } from '../../../src/store/ports.js';
import type { PostgresStore } from '../../../src/store/postgres/postgres-store.js';
import { stateEntry } from '../../../src/store/state-entry.js';
import { makeAudit, makeCase, makeMember } from '../fixtures.js';
import { recordingLog, usePostgres, type RecordedLog } from './pg-harness.js';

const pg = usePostgres();
const ids = (cs: { id: string }[]): string[] => cs.map((c) => c.id);

describe('PostgreSQL store: beyond the contract', () => {
  let store: PostgresStore;
  let log: RecordedLog;

  beforeEach(async () => {
    log = recordingLog();
    store = await pg.open(await pg.freshDatabase(), { seenLimit: 3, log });
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

  it('reads a stored value that fails its entry as undefined, and says so once', async () => {
    const lastDigest = stateEntry('digest.lastSentAt', z.number().int());
    await store.state.write(stateEntry('digest.lastSentAt', z.string()), 'not a number');
    expect(await store.state.read(lastDigest)).toBeUndefined();
    expect(await store.state.read(lastDigest)).toBeUndefined();
    expect(log.warnings.map((w) => w.fields.key)).toEqual(['digest.lastSentAt']);
  });

  describe('atomically', () => {
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

  it('refuses reads too after close() (the pool is gone)', async () => {
    await store.close();
    await expect(store.cases.get('C1')).rejects.toThrow(StoreClosedError);
  });
});
