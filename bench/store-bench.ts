/**
 * Store benchmark: a year of history (100,000 archived cases) plus a realistic hot set,
 * then the latency of one hot write, with the single-document layout for comparison.
 * Build with `npx tsc -p tsconfig.json`, run `node dist/bench/store-bench.js`; prints JSON.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { z } from 'zod';
import type { CaseRecord } from '../src/core/records.js';
import { fakeCase, fakeMember } from './fake-case.js';
import { percentile } from './percentiles.js';
import { openStore } from '../src/store/lowdb-store.js';
import { stateFamily } from '../src/store/state-entry.js';

const COUNTER = stateFamily('screened:', z.number());

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-11-23T09:00:00+08:00');
const ARCHIVED = 100_000;
const HOT_CASES = 500;
const ROOMS = 20;
const MEMBERS = 2_000;
const SPREAD = { rooms: ROOMS, members: MEMBERS };
const WRITES = 200;

const caseNumber = (id: string): number => Number(id.slice(1));

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, Number((performance.now() - t0).toFixed(1))];
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qunguard-store-bench-'));
  try {
    const writeMs: number[] = [];
    const store = await openStore(dir, { onWrite: (ms) => writeMs.push(ms) });

    // A year of closed history, all older than the 30-day retention window.
    for (let n = 1; n <= ARCHIVED; n++) {
      const at = NOW - 31 * DAY - Math.floor(((ARCHIVED - n) / ARCHIVED) * 335 * DAY);
      await store.cases.add(fakeCase(caseNumber(await store.cases.nextCaseId()), at, n % 10 === 0 ? 'overturned' : 'closed', SPREAD));
    }
    const [archived, archiveMs] = await timed(() => store.archive(NOW));

    // The hot set: open cases of the last 30 days, members, rooms, dedup ids, admin actions.
    for (let i = 0; i < HOT_CASES; i++) {
      await store.cases.add(fakeCase(caseNumber(await store.cases.nextCaseId()), NOW - (i % 30) * DAY, 'open', SPREAD));
    }
    for (let r = 0; r < ROOMS; r++) {
      const room = { roomId: `room${r}@chatroom`, topic: `第${r}工作群`, paused: false, botIsMember: true };
      await store.rooms.upsert({ ...room, botCanRemove: true, greetedAt: NOW - 90 * DAY });
    }
    for (let m = 0; m < MEMBERS; m++) {
      await store.members.upsert(fakeMember(`room${m % ROOMS}@chatroom`, m, NOW - 100 * DAY));
    }
    for (let i = 0; i < 5000; i++) await store.seen.markSeen(`wechaty-msg-${i}`);
    for (let i = 0; i < 200; i++) {
      await store.audit.append({ at: NOW - (i % 29) * DAY, by: 'wxid_admin1', action: 'pardon', roomId: 'room1@chatroom', target: `C${i + 1}` });
    }
    await store.flush();

    // One hot write = one mutation (a screened-message counter) and flush().
    writeMs.length = 0;
    const flushMs: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      await store.state.write(COUNTER.entry(`room${i % ROOMS}@chatroom`), i); // the per-message counter write
      const t0 = performance.now();
      await store.flush();
      flushMs.push(performance.now() - t0);
    }

    // CPU share of a hot write: serialising the hot document alone.
    const hotDoc: unknown = JSON.parse(await readFile(join(dir, 'qunguard.json'), 'utf8'));
    const stringifyMs: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      JSON.stringify(hotDoc);
      stringifyMs.push(performance.now() - t0);
    }

    const [week, allWeekMs] = await timed(() => store.cases.all(NOW - 7 * DAY));
    const [year, allYearMs] = await timed(() => store.cases.all());
    await store.close();
    const [reopened, reopenMs] = await timed(() => openStore(dir));
    await reopened.close();

    // The same data in one lowdb document, as if nothing were archived.
    const naiveFile = join(dir, 'naive.json');
    const naive = new Low<{ cases: CaseRecord[] }>(new DataFile(naiveFile, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), { cases: year });
    const naiveMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await naive.write();
      naiveMs.push(performance.now() - t0);
    }

    const result = {
      archivedCases: archived.cases,
      hot: { cases: HOT_CASES, members: MEMBERS, rooms: ROOMS, seenIds: 5000, auditEntries: 200 },
      hotFileBytes: (await stat(join(dir, 'qunguard.json'))).size,
      archiveBytes: await dirBytes(join(dir, 'archive')),
      archiveFiles: (await readdir(join(dir, 'archive'))).length,
      hotWriteMs: { n: writeMs.length, p50: percentile(writeMs, 50), p99: percentile(writeMs, 99) },
      hotStringifyMs: { n: stringifyMs.length, p50: percentile(stringifyMs, 50), p99: percentile(stringifyMs, 99) },
      flushMs: { n: flushMs.length, p50: percentile(flushMs, 50), p99: percentile(flushMs, 99) },
      archiveRunMs: archiveMs,
      allLast7DaysMs: allWeekMs,
      allLast7DaysCases: week.length,
      allCasesMs: allYearMs,
      allCases: year.length,
      reopenMs,
      singleDocument: {
        cases: year.length,
        fileBytes: (await stat(naiveFile)).size,
        writeMs: { n: naiveMs.length, p50: percentile(naiveMs, 50), p99: percentile(naiveMs, 99) },
      },
      node: process.version,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
