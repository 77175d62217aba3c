/**
 * PostgreSQL store benchmark (not a test): case write latency with many archived cases
 * in the table, and the time `qunguard migrate` takes for a lowdb folder of N cases.
 * Scale by environment: PG_BENCH_ARCHIVED (default 200,000), PG_BENCH_WRITES (500),
 * PG_BENCH_MIGRATE (20,000 cases), PG_BENCH_MESSAGES (6,000 messages of the two-account
 * day over PG_BENCH_GROUPS, 200 groups). Uses QUNGUARD_BENCH_DATABASE_URL (an empty
 * database, and its server for a second one) if set, else starts its own server.
 * Build with `npx tsc -p tsconfig.json`, run `node dist/bench/postgres-bench.js`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { fakeCase } from './fake-case.js';
import { percentile } from './percentiles.js';
import { monthKey } from '../src/store/archive.js';
import { importLowdbFolder } from '../src/store/postgres/import-lowdb.js';
import { openPostgresStore } from '../src/store/postgres/postgres-store.js';
import { stateFamily } from '../src/store/state-entry.js';
import { startPostgresServer } from '../test/support/postgres-server.js';
import { twoAccountsDay } from './postgres-traffic.js';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-11-23T09:00:00+08:00');
const ARCHIVED = Number(process.env.PG_BENCH_ARCHIVED ?? 200_000);
const WRITES = Number(process.env.PG_BENCH_WRITES ?? 500);
const MIGRATE = Number(process.env.PG_BENCH_MIGRATE ?? 20_000);
const MESSAGES = Number(process.env.PG_BENCH_MESSAGES ?? 6_000);
const GROUPS = Number(process.env.PG_BENCH_GROUPS ?? 200);
const HOT = 500;
const ROOMS = 200;
const MEMBERS = 20_000;
const SPREAD = { rooms: ROOMS, members: MEMBERS };


/** Loads archived cases straight into the table, in batches, as the archive would hold them after a year or more. */
async function loadArchived(url: string, count: number): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    for (let start = 1; start <= count; start += 5000) {
      const batch = Array.from({ length: Math.min(5000, count - start + 1) }, (_, i) => fakeCase(start + i, NOW - 400 * DAY + ((start + i) % 360) * DAY, 'closed', SPREAD));
      await pool.query(
        `INSERT INTO cases (id, num, room_id, member_id, created_at, status, message_id, archived, record)
         SELECT r->>'id', substr(r->>'id', 2)::bigint, r->>'roomId', r->>'memberId', (r->>'at')::bigint, r->>'status', r->>'messageId', true, r
         FROM jsonb_array_elements($1::jsonb) AS r`,
        [JSON.stringify(batch)],
      );
    }
    await pool.query(`SELECT setval('case_number', $1, true)`, [count]);
    await pool.query('ANALYZE cases');
  } finally {
    await pool.end();
  }
}

async function caseWrites(url: string): Promise<Record<string, number>> {
  const store = await openPostgresStore({ url, botName: 'bench' });
  const outbox = stateFamily('outbox.job.', z.object({ caseId: z.string(), text: z.string() }));
  try {
    for (let i = 0; i < HOT; i++) {
      await store.cases.add(fakeCase(ARCHIVED + i + 1, NOW - (i % 25) * DAY, i % 10 === 0 ? 'pending_decision' : 'open', SPREAD));
    }
    const atomic: number[] = [];
    const plain: number[] = [];
    const query: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const at = NOW + i * 1000;
      let t0 = performance.now();
      // What the bot does for a new case: number it, record it and its notice in one transaction.
      await store.atomically(async (tx) => {
        const id = await tx.cases.nextCaseId();
        await tx.cases.add({ ...fakeCase(Number(id.slice(1)), at, 'open', SPREAD), id });
        await tx.state.write(outbox.entry(id), { caseId: id, text: '请注意群规' });
      });
      atomic.push(performance.now() - t0);
      t0 = performance.now();
      const id = await store.cases.nextCaseId();
      await store.cases.add({ ...fakeCase(Number(id.slice(1)), at, 'open', SPREAD), id });
      plain.push(performance.now() - t0);
      t0 = performance.now();
      await store.cases.byMember(`room${i % ROOMS}@chatroom`, `wxid_member${i % MEMBERS}`, NOW - 30 * DAY);
      query.push(performance.now() - t0);
    }
    return {
      atomicWriteP50Ms: percentile(atomic, 50),
      atomicWriteP99Ms: percentile(atomic, 99),
      plainAddP50Ms: percentile(plain, 50),
      plainAddP99Ms: percentile(plain, 99),
      byMemberP50Ms: percentile(query, 50),
      byMemberP99Ms: percentile(query, 99),
    };
  } finally {
    await store.close();
  }
}

/** Writes a lowdb folder of n cases (90% archived in monthly JSONL files) and times the import. */
async function migration(url: string, n: number): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'qunguard-pg-bench-'));
  try {
    const archived = Math.floor(n * 0.9);
    const cases = Array.from({ length: n }, (_, i) => (i < archived ? fakeCase(i + 1, NOW - 400 * DAY + (i % 360) * DAY, 'closed', SPREAD) : fakeCase(i + 1, NOW - (i % 25) * DAY, 'open', SPREAD)));
    const byMonth = new Map<string, string[]>();
    for (const c of cases.slice(0, archived)) byMonth.set(monthKey(c.at), [...(byMonth.get(monthKey(c.at)) ?? []), JSON.stringify(c)]);
    await mkdir(join(dir, 'archive'));
    for (const [month, lines] of byMonth) await writeFile(join(dir, 'archive', `cases-${month}.jsonl`), `${lines.join('\n')}\n`);
    const hot = { version: 1, nextCase: n + 1, cases: cases.slice(archived), members: [], rooms: [], seen: [], state: {}, audit: [] };
    await writeFile(join(dir, 'qunguard.json'), JSON.stringify(hot));
    const t0 = performance.now();
    const report = await importLowdbFolder(dir, url);
    const ms = performance.now() - t0;
    if (report.counts.cases.inDatabase !== n) throw new Error(`migration check: ${report.counts.cases.inDatabase} of ${n}`);
    const t1 = performance.now();
    await importLowdbFolder(dir, url);
    return { migrateCases: n, migrateMs: Math.round(ms), migrateCasesPerSecond: Math.round(n / (ms / 1000)), rerunMs: Math.round(performance.now() - t1) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const given = process.env.QUNGUARD_BENCH_DATABASE_URL;
  const server = given ? null : await startPostgresServer({ durable: true });
  const fresh = async (): Promise<string> => (server ? server.createDatabase() : given!);
  try {
    const writesUrl = await fresh();
    await (await openPostgresStore({ url: writesUrl, botName: 'bench' })).close();
    const t0 = performance.now();
    await loadArchived(writesUrl, ARCHIVED);
    const loadMs = Math.round(performance.now() - t0);
    const writes = await caseWrites(writesUrl);
    const migrate = server ? await migration(await fresh(), MIGRATE) : { migrateSkipped: 1 };
    const day = server ? await twoAccountsDay(await fresh(), MESSAGES, GROUPS, percentile) : null;
    const result = { archivedCases: ARCHIVED, hotCases: HOT, writes: WRITES, loadArchivedMs: loadMs, ...writes, ...migrate, ...day };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stdout.write(
      `PostgreSQL, ${ARCHIVED.toLocaleString()} archived cases: case write (atomically: number + case + notice) p50 ${writes.atomicWriteP50Ms} ms, p99 ${writes.atomicWriteP99Ms} ms; ` +
        `plain add p50 ${writes.plainAddP50Ms} ms, p99 ${writes.plainAddP99Ms} ms; byMember p50 ${writes.byMemberP50Ms} ms\n`,
    );
    if (day) {
      process.stdout.write(
        `two accounts × ${GROUPS} groups, ${MESSAGES.toLocaleString()} messages: ${day.trafficWallMs} ms (${day.trafficMessagesPerSecond} messages/s), markSeen p50 ${day.markSeenP50Ms} ms p99 ${day.markSeenP99Ms} ms, ` +
          `speaker case write p50 ${day.speakerCaseWriteP50Ms} ms p99 ${day.speakerCaseWriteP99Ms} ms; ${day.casesWritten} cases, counted twice ${day.countedTwice}, never counted ${day.neverCounted}, duplicate ids ${day.duplicateCaseIds}, groups with two speakers ${day.groupsWithTwoSpeakers}\n`,
      );
    }
    if ('migrateMs' in migrate) process.stdout.write(`migrate ${MIGRATE.toLocaleString()} cases: ${migrate.migrateMs} ms (${migrate.migrateCasesPerSecond}/s), re-run ${migrate.rerunMs} ms\n`);
  } finally {
    await server?.stop();
  }
}

await main();
