import { describe, expect, it } from 'vitest';
import { makeAudit, makeCase, NOW } from '../fixtures.js';
import { usePostgres } from './pg-harness.js';

const pg = usePostgres();

/** Two stores on one database, each with its own pool: two accounts' processes as far as PostgreSQL can tell. */
async function twoProcesses(): Promise<Awaited<ReturnType<typeof pg.open>>[]> {
  const url = await pg.freshDatabase();
  return Promise.all([pg.open(url, { botName: 'bot-a' }), pg.open(url, { botName: 'bot-b' })]);
}

describe('PostgreSQL store: two processes on one database', () => {
  it('hands out 100 concurrent case ids, all different, and both can add their cases', async () => {
    const [a, b] = await twoProcesses();
    const taken = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? a! : b!).cases.nextCaseId()));
    expect(new Set(taken).size).toBe(100);
    expect(taken.map((id) => Number(id.slice(1))).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    await Promise.all(taken.map((id, i) => (i % 2 === 0 ? a! : b!).cases.add(makeCase({ id }))));
    expect((await b!.cases.all()).length).toBe(100);
  });

  it('counts a message both receive exactly once', async () => {
    const [a, b] = await twoProcesses();
    const ids = Array.from({ length: 50 }, (_, i) => `msg-${i}`);
    const answers = await Promise.all(ids.flatMap((id) => [a!.seen.markSeen(id), b!.seen.markSeen(id)]));
    for (let i = 0; i < ids.length; i++) expect([answers[2 * i], answers[2 * i + 1]].filter(Boolean)).toHaveLength(1);
    expect(await a!.seen.seen('msg-49')).toBe(true);
  });

  it('gives a lease to one of two claiming at once, and to the other once it expires', async () => {
    const [a, b] = await twoProcesses();
    const [gotA, gotB] = await Promise.all([a!.leases.claim('schedule', 'bot-a', NOW, 60_000), b!.leases.claim('schedule', 'bot-b', NOW, 60_000)]);
    expect([gotA, gotB].filter(Boolean)).toHaveLength(1);
    const [winner, loser, loserName] = gotA ? [a!, b!, 'bot-b'] : [b!, a!, 'bot-a'];
    expect(await loser.leases.claim('schedule', loserName, NOW + 59_999, 60_000)).toBe(false);
    expect(await winner.leases.holder('schedule', NOW + 59_999)).toBe(gotA ? 'bot-a' : 'bot-b');
    expect(await loser.leases.claim('schedule', loserName, NOW + 60_000, 60_000)).toBe(true);
    expect(await winner.leases.holder('schedule', NOW + 60_001)).toBe(loserName);
  });

  it('keeps nothing of a rolled-back unit of work from the other process', async () => {
    const [a, b] = await twoProcesses();
    let seenInside: unknown;
    await expect(
      a!.atomically(async (tx) => {
        await tx.cases.add(makeCase({ id: 'C1' }));
        await tx.audit.append(makeAudit());
        seenInside = await b!.cases.get('C1');
        throw new Error('crash before commit');
      }),
    ).rejects.toThrow('crash before commit');
    expect(seenInside).toBeUndefined();
    expect(await b!.cases.get('C1')).toBeUndefined();
    expect(await b!.audit.list()).toEqual([]);
  });

  it('applies two processes\' concurrent edits of one case, neither lost', async () => {
    const [a, b] = await twoProcesses();
    await a!.cases.add(makeCase({ id: 'C1' }));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a! : b!).cases.update('C1', (c) => void c.history.push({ type: 'noted', at: NOW + i, by: 'bot', text: `第${i}条` })),
      ),
    );
    expect((await a!.cases.get('C1'))!.history).toHaveLength(21);
  });
});
