/**
 * Bot latency benchmark: real time from a message event on the mock puppet to
 * the group warning being queued in the outbox, through the real QunGuard
 * plugin on a real Wechaty (src/sandbox/simulation.ts), the shipped example
 * policy and the violation fixtures. One message at a time, so the figure is
 * the bot's own work (Wechaty loading the message, screening, the store, the
 * ladder, the wording), not queueing. Sends are paced on a simulated clock
 * that moves 10 s per message, so the outbox and reminder sweeps run as in a
 * busy group.
 * The store is in memory, or with `--lowdb` the real lowdb store in a temp
 * directory (a case is flushed to disk before its warning is queued).
 * It also prints the start-up time, the first violation's latency (no warm-up) and their sum: start to first warning.
 * `--rate R`: messages arrive at R a second in real time (one in five a violation, the rest ordinary chat from
 * the work-talk fixture), each violation measured from its event to its first notice queued: the issue's
 * "10,000 messages a minute" is `--rate 167`. Without it, one message (or one `--burst`) at a time.
 * `--rooms N` (with `--rate`): N more busy groups of 20 members, each with ordinary chat at `--room-rate` messages a
 * second (default 0.5), arriving alongside: issue 9's "10,000 messages in a minute into one room, plus 200 busy rooms"
 * is `2000 --lowdb --rate 167 --rooms 200`.
 * `--burst N`: N members' violations arrive at once (a group's burst), each measured
 * from its event to its own first notice queued (the member's notice or the group line).
 * Build with `npm run build`, run `node dist/bench/bot-latency.js [messages] [--lowdb] [--burst N]`; prints JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activatePolicy } from '../src/bot/active-policy.js';
import { fixedPolicyHolder } from '../src/bot/policy-holder.js';
import type { OutboxJob } from '../src/bot/outbox/index.js';
import { compileScreener } from '../src/policy/compile-screener.js';
import { packageRoot } from '../src/config/package-root.js';
import { silentLogger } from '../src/log/logger.js';
import { loadPolicy } from '../src/policy/load-policy.js';
import { createSimulation, type SimPerson } from '../src/sandbox/simulation.js';
import { createSimClock } from '../src/schedule/sim-clock.js';
import { createMemoryStore, openStore } from '../src/store/index.js';
import { createCleanChat } from './chat-corpus.js';
import { createRng } from './prng.js';
import { readLines } from './workload.js';

const args = process.argv.slice(2);
const LOWDB = args.includes('--lowdb');
const MESSAGES = Number(args.find((a) => /^\d+$/.test(a)) ?? 500);
const WARM_UP = 20;
const MEMBERS = 250;
const STEP_MS = 10_000;
const burstArg = args.indexOf('--burst');
const BURST = burstArg >= 0 ? Number(args[burstArg + 1]) : 1;
const rateArg = args.indexOf('--rate');
const RATE = rateArg >= 0 ? Number(args[rateArg + 1]) : 0;
const VIOLATION_EVERY = 5;
const roomsArg = args.indexOf('--rooms');
/** Other busy groups (issue 9's "plus 200 busy rooms"), each with its own members and ordinary chat. */
const BUSY_ROOMS = roomsArg >= 0 ? Number(args[roomsArg + 1]) : 0;
const roomRateArg = args.indexOf('--room-rate');
/** Messages a second in each busy group. */
const BUSY_ROOM_RATE = roomRateArg >= 0 ? Number(args[roomRateArg + 1]) : 0.5;
const BUSY_ROOM_MEMBERS = 20;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** p-th percentile (nearest rank). */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

async function main(): Promise<void> {
  const root = packageRoot();
  const loaded = loadPolicy(join(root, 'examples/policy.yaml'));
  const active = activatePolicy(loaded, compileScreener(loaded));
  const texts = readFileSync(join(root, 'test/fixtures/violations.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t')[2]!);
  const people: SimPerson[] = [{ id: 'wxid_admin1', name: '销售部-张三', member: true }];
  // Paced arrivals: every violation from a member of its own (a member's third would remove them), and enough
  // ordinary speakers that none of them reaches the flood rule's 10 messages a minute.
  const violators = RATE > 0 ? MESSAGES : 0;
  const talkers = RATE > 0 ? Math.max(MEMBERS, Math.ceil((MESSAGES * (VIOLATION_EVERY - 1)) / 8)) : MEMBERS;
  for (let i = 0; i < talkers; i++) people.push({ id: `m${i}`, name: `销售部-测试员${i}`, member: true });
  for (let i = 0; i < violators; i++) people.push({ id: `v${i}`, name: `销售部-违规员${i}`, member: true });
  const otherRooms = Array.from({ length: BUSY_ROOMS }, (_, k) => ({ id: `busy${k}@chatroom`, topic: `第${k}业务群`, memberIds: Array.from({ length: BUSY_ROOM_MEMBERS }, (_, j) => `b${k}-${j}`) }));
  for (const r of otherRooms) for (const id of r.memberIds) people.push({ id, name: `市场部-同事${id}`, member: false });

  const dataDir = LOWDB ? mkdtempSync(join(tmpdir(), 'qunguard-latency-')) : null;
  const store = dataDir ? await openStore(dataDir) : createMemoryStore();
  const clock = createSimClock(Date.parse('2026-11-23T09:00:00+08:00'));
  const sim = createSimulation({ policy: fixedPolicyHolder(active), schedules: [], store, clock, log: silentLogger(), room: { id: 'bench', topic: '销售部工作群' }, otherRooms, people });
  const startedAt = performance.now();
  await sim.start();
  const startMs = performance.now() - startedAt;

  // The hook: the moment the first notice for each member's message in flight is queued.
  const queuedAt = new Map<string, number>();
  const outbox = sim.handle.context()!.outbox;
  const enqueue = outbox.enqueue.bind(outbox);
  outbox.enqueue = (job: OutboxJob) => {
    const member = job.kind === 'dm' ? job.contactId : typeof job.context?.memberId === 'string' ? job.context.memberId : null;
    if (member !== null && !queuedAt.has(member) && (job.kind === 'dm' || job.kind === 'room_say')) queuedAt.set(member, performance.now());
    enqueue(job);
  };

  const latencies: number[] = [];
  let firstViolationMs: number | null = null;
  let missed = 0;
  let busyMessages = 0;
  if (RATE > 0) {
    // Paced arrivals: each violation's member is watched from its event until its first notice is queued.
    const chat = createCleanChat(readLines(join(root, 'test/fixtures/work-talk.txt')), createRng(7));
    const watching = new Map<string, { sentAt: number; measured: boolean }>();
    const interval = 1000 / RATE;
    const busyInterval = BUSY_ROOMS > 0 ? 1000 / (BUSY_ROOMS * BUSY_ROOM_RATE) : Infinity;
    const t0 = performance.now();
    const inFlight: Promise<void>[] = [];
    let violations = 0;
    let busySent = 0;
    for (let i = 0; i < MESSAGES * VIOLATION_EVERY; i++) {
      const wait = t0 + i * interval - performance.now();
      if (wait > 1) await sleep(wait);
      // The busy groups' ordinary chat due by now, round robin over the groups.
      for (; t0 + busySent * busyInterval <= performance.now(); busySent++) {
        const room = otherRooms[busySent % BUSY_ROOMS]!;
        inFlight.push(sim.sayIn(room.id, room.memberIds[Math.floor(busySent / BUSY_ROOMS) % BUSY_ROOM_MEMBERS]!, chat.message()));
      }
      const violation = i % VIOLATION_EVERY === 0;
      const member = violation ? `v${i / VIOLATION_EVERY}` : `m${i % talkers}`;
      if (violation) {
        queuedAt.delete(member);
        watching.set(member, { sentAt: performance.now(), measured: violations++ >= WARM_UP });
      }
      inFlight.push(sim.say(member, violation ? texts[(i / VIOLATION_EVERY) % texts.length]! : chat.message()));
      if (inFlight.length >= 64) await Promise.all(inFlight.splice(0, 32));
      for (const [who, w] of watching) {
        const at = queuedAt.get(who);
        if (at === undefined) continue;
        if (w.measured) latencies.push(at - w.sentAt);
        watching.delete(who);
      }
    }
    await Promise.all(inFlight);
    busyMessages = busySent;
    await sim.settle();
    for (const [who, w] of watching) {
      const at = queuedAt.get(who);
      if (at === undefined) missed++;
      else if (w.measured) latencies.push(at - w.sentAt);
    }
  }
  for (let i = 0; RATE === 0 && i < WARM_UP + MESSAGES; i += BURST) {
    queuedAt.clear();
    const batch = Array.from({ length: BURST }, (_, k) => ({ member: `m${(i + k) % MEMBERS}`, text: texts[(i + k) % texts.length]! }));
    const sentAt = performance.now();
    await Promise.all(batch.map((b) => sim.say(b.member, b.text)));
    await sim.settle();
    for (const b of batch) {
      const at = queuedAt.get(b.member);
      if (at === undefined) missed++;
      else if (i >= WARM_UP) latencies.push(at - sentAt);
      else if (firstViolationMs === null) firstViolationMs = at - sentAt;
    }
    await clock.advanceTo(clock.now() + STEP_MS, () => sim.settle());
  }
  await sim.stop();
  await store.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  process.stdout.write(
    `${JSON.stringify(
      {
        what: 'message event on the mock puppet -> first notice for it queued in the outbox (real plugin, real Wechaty)',
        burst: BURST,
        ratePerSecond: RATE > 0 ? RATE : null,
        violationEvery: RATE > 0 ? VIOLATION_EVERY : null,
        busyRooms: BUSY_ROOMS > 0 ? { rooms: BUSY_ROOMS, members: BUSY_ROOM_MEMBERS, messagesPerSecondEach: BUSY_ROOM_RATE, sent: busyMessages } : null,
        store: LOWDB ? 'lowdb (temp dir)' : 'memory',
        messages: MESSAGES,
        warmUp: WARM_UP,
        measured: sorted.length,
        notScreenedAsViolations: missed,
        // The bot loads jieba when it is installed (start-up), so the first violation pays no load.
        startMs: round(startMs),
        firstViolationMs: firstViolationMs === null ? null : round(firstViolationMs),
        startToFirstWarningMs: firstViolationMs === null ? null : round(startMs + firstViolationMs),
        ms: { p50: round(percentile(sorted, 50)), p90: round(percentile(sorted, 90)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1)!), mean: round(mean) },
        node: process.version,
      },
      null,
      2,
    )}\n`,
  );
}

await main();
