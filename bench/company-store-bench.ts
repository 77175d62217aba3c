/**
 * The lowdb store at company size (issue 12): 300 groups × 200 members and a year at 50 cases a day. Prints, from one
 * run, what a write costs (a case, a member change), the persistence CPU at 50 messages a second, start-up and the
 * weekly digest build, next to the same writes in the one-file layout the store had before (the whole document,
 * members included, serialised and written atomically on every change), and the machine's load.
 * Build with `npm run build`, run `node dist/bench/company-store-bench.js [--seconds S]`.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDigest } from '../src/bot/digest/collect-digest.js';
import { scheduledPeriod } from '../src/core/digest/digest-period.js';
import { writeFileAtomic } from '../src/store/atomic-file.js';
import { openStore } from '../src/store/lowdb-store.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { Store } from '../src/store/ports.js';
import { fakeCase, fakeMember } from './fake-case.js';
import { percentile } from './percentiles.js';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-11-23T09:00:00+08:00');
const TIME_ZONE = 'Asia/Shanghai';
const GROUPS = 300;
const MEMBERS_PER_GROUP = 200;
const CASES_PER_DAY = 50;
const SPREAD = { rooms: GROUPS, members: GROUPS * MEMBERS_PER_GROUP };
const MESSAGES_PER_SECOND = 50;
/** Of the simulated messages, one in this many opens a case and one in MEMBER_CHANGE_EVERY changes a member. */
const CASE_EVERY = 50;
const MEMBER_CHANGE_EVERY = 500;

const caseNumber = (id: string): number => Number(id.slice(1));
const roomId = (g: number): string => `room${g}@chatroom`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A year of a company's cases, its groups and members, the dedup ids and some admin actions; archived and flushed. */
async function fill(store: Store): Promise<void> {
  for (let g = 0; g < GROUPS; g++) {
    await store.rooms.upsert({ roomId: roomId(g), topic: `第${g}工作群`, paused: false, botIsMember: true, botCanRemove: true, greetedAt: NOW - 300 * DAY });
    for (let m = 0; m < MEMBERS_PER_GROUP; m++) await store.members.upsert(fakeMember(roomId(g), g * MEMBERS_PER_GROUP + m, NOW - ((m * 7) % 365) * DAY));
  }
  const total = 365 * CASES_PER_DAY;
  for (let n = 1; n <= total; n++) {
    const at = NOW - Math.floor(((total - n) / total) * 365 * DAY);
    const recent = at > NOW - 30 * DAY;
    await store.cases.add(fakeCase(caseNumber(await store.cases.nextCaseId()), at, recent && n % 4 === 0 ? 'open' : n % 10 === 0 ? 'overturned' : 'closed', SPREAD));
  }
  for (let i = 0; i < 5000; i++) await store.seen.markSeen(`wechaty-msg-${i}`);
  for (let i = 0; i < 300; i++) await store.audit.append({ at: NOW - (i % 29) * DAY, by: 'wxid_admin1', action: 'pardon', roomId: roomId(i % GROUPS), target: `C${i + 1}` });
  await store.archive(NOW);
  await store.flush();
}

/** Milliseconds of `n` flushed writes, each made by `change(i)`. */
async function flushedWrites(store: Store, n: number, change: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await store.atomically(() => change(i));
    ms.push(performance.now() - t0);
  }
  return ms;
}

/**
 * CPU (% of one core) spent while `seconds` of traffic at 50 messages a second arrive: every message is
 * marked seen, one in 50 opens a case (flushed), one in 500 changes a member (flushed).
 */
async function trafficCpu(store: Store, seconds: number, offset: number): Promise<{ cpuPercent: number; messages: number }> {
  const messages = seconds * MESSAGES_PER_SECOND;
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < messages; i++) {
    const n = offset + i;
    await store.seen.markSeen(`traffic-${n}`);
    if (i % CASE_EVERY === 0) await store.atomically(() => store.cases.add(fakeCase(caseNumber(`C${1_000_000 + n}`), NOW, 'open', SPREAD)));
    if (i % MEMBER_CHANGE_EVERY === 0) await store.atomically(() => store.members.update(roomId(n % GROUPS), `wxid_member${(n % GROUPS) * MEMBERS_PER_GROUP}`, { nickname: `销售部-改名${n}` }));
    const due = started + ((i + 1) * 1000) / MESSAGES_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const used = process.cpuUsage(before);
  const wallMs = performance.now() - started;
  return { cpuPercent: Number((((used.user + used.system) / 1000 / wallMs) * 100).toFixed(2)), messages };
}

/** The one-file layout's cost for one change: the whole document, members included, serialised and written atomically. */
async function oneFileWrites(dir: string, store: Store, n: number): Promise<number[]> {
  const doc = { version: 1, cases: await store.cases.all(NOW - 30 * DAY), members: await store.members.list({ includeLeft: true }), rooms: await store.rooms.list(), seen: [] as string[], audit: [] as unknown[] };
  const file = join(dir, 'one-file.json');
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await writeFileAtomic(file, JSON.stringify(doc));
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

const p = (ms: number[]) => ({ n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99) });

async function main(): Promise<void> {
  const secondsArg = process.argv.indexOf('--seconds');
  const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 20;
  const dir = await mkdtemp(join(tmpdir(), 'qunguard-company-store-'));
  try {
    const loadBefore = loadavg()[0]!;
    const fillStarted = performance.now();
    let store = await openStore(dir);
    await fill(store);
    const fillMs = performance.now() - fillStarted;
    await store.close();

    const openStarted = performance.now();
    store = await openStore(dir);
    const startUpMs = performance.now() - openStarted;

    const caseWrites = await flushedWrites(store, 200, (i) => store.cases.add(fakeCase(caseNumber(`C${2_000_000 + i}`), NOW, 'open', SPREAD)));
    const memberWrites = await flushedWrites(store, 200, (i) => store.members.update(roomId(i % GROUPS), `wxid_member${(i % GROUPS) * MEMBERS_PER_GROUP + 1}`, { nickname: `销售部-新名${i}` }));
    const oneFile = await oneFileWrites(dir, store, 20);

    const digestMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await collectDigest(store, { period: scheduledPeriod('weekly', NOW, TIME_ZONE), timeZone: TIME_ZONE });
      digestMs.push(performance.now() - t0);
    }

    // Persistence CPU: the same traffic on the lowdb store and on the in-memory store (same tables, nothing written).
    const lowdbTraffic = await trafficCpu(store, seconds, 0);
    const memory = createMemoryStore();
    for (let g = 0; g < GROUPS; g++) for (let m = 0; m < MEMBERS_PER_GROUP; m++) await memory.members.upsert(fakeMember(roomId(g), g * MEMBERS_PER_GROUP + m, NOW));
    const memoryTraffic = await trafficCpu(memory, seconds, 0);
    await store.close();

    const result = {
      scale: { groups: GROUPS, membersPerGroup: MEMBERS_PER_GROUP, casesPerDay: CASES_PER_DAY, days: 365 },
      hotFileBytes: (await stat(join(dir, 'qunguard.json'))).size,
      memberFilesBytes: await dirBytes(join(dir, 'members')),
      memberFiles: (await readdir(join(dir, 'members'))).length,
      fillSeconds: Number((fillMs / 1000).toFixed(1)),
      startUpMs: Number(startUpMs.toFixed(1)),
      caseWriteMs: p(caseWrites),
      memberWriteMs: p(memberWrites),
      oneFileLayoutWriteMs: p(oneFile),
      weeklyDigestMs: p(digestMs),
      persistenceAt50MsgsPerSecond: {
        seconds,
        lowdbCpuPercent: lowdbTraffic.cpuPercent,
        inMemoryCpuPercent: memoryTraffic.cpuPercent,
        persistenceCpuPercent: Number((lowdbTraffic.cpuPercent - memoryTraffic.cpuPercent).toFixed(2)),
      },
      goals: {
        writeP99Under10ms: Math.max(percentile(caseWrites, 99), percentile(memberWrites, 99)) <= 10,
        persistenceUnder5PercentOfACore: lowdbTraffic.cpuPercent - memoryTraffic.cpuPercent <= 5,
        weeklyDigestUnder100ms: percentile(digestMs, 50) <= 100,
      },
      loadavg: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2)) },
      node: process.version,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
