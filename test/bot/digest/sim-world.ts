import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activatePolicy, type ActivePolicy } from '../../../src/bot/active-policy.js';
import { fixedPolicyHolder } from '../../../src/bot/policy-holder.js';
import type { OutboxJob } from '../../../src/bot/outbox/index.js';
import { compileScreener } from '../../../src/policy/compile-screener.js';
import { silentLogger } from '../../../src/log/logger.js';
import { loadPolicy } from '../../../src/policy/load-policy.js';
import { createSimulation, type BotAction, type Simulation } from '../../../src/sandbox/simulation.js';
import { createSimClock, type SimClock } from '../../../src/schedule/sim-clock.js';
import type { Store } from '../../../src/store/index.js';
import { tempDirForFile } from '../../support/temp-dir.js';

/** Fictional people only. */
export const ADMIN = 'wxid_admin1';
export const PEOPLE = [
  { id: ADMIN, name: '行政人事部-张三', member: true },
  { id: 'u1', name: '销售部-李四', member: true },
  { id: 'u2', name: '小王' },
  { id: 'u3', name: '销售部-王五', member: true },
];
export const ROOM = { id: 'sales', topic: '销售部工作群' };

/** A policy folder with two small dictionaries; `digest` lines replace the default weekly-only schedule. */
export function writePolicy(digest: string[] = ['  weekly: "0 9 * * 1"', '  daily: null']): string {
  const dir = tempDirForFile('qunguard-digest-policy-');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'secret.txt'), '绝密文件\n');
  writeFileSync(join(dir, 'gambling.txt'), '赌博\n');
  writeFileSync(
    join(dir, 'policy.yaml'),
    [
      'version: 1',
      'dictionaries:',
      '  - { file: secret.txt, category: confidential, severity: high }',
      '  - { file: gambling.txt, category: gambling, severity: high }',
      'nickname: { departments: [销售部, 行政人事部] }',
      `admins: [${ADMIN}]`,
      'welcome: false',
      'work_hours: null',
      'escalation:',
      '  window: 30d',
      '  steps: [{ count: 1, action: warn }, { count: 2, action: warn_and_notify }, { count: 3, action: request_removal }]',
      'digest:',
      '  timezone: Asia/Shanghai',
      ...digest,
      '',
    ].join('\n'),
  );
  return join(dir, 'policy.yaml');
}

let compiled: { path: string; active: ActivePolicy } | null = null;
/** Loads and compiles a policy once per file (jieba loads once per process anyway). */
export function activePolicy(path: string): ActivePolicy {
  if (compiled?.path !== path) {
    const loaded = loadPolicy(path);
    compiled = { path, active: activatePolicy(loaded, compileScreener(loaded)) };
  }
  return compiled.active;
}

/** A running simulated group with the digest routine, and everything it sent. */
export interface World {
  sim: Simulation;
  clock: SimClock;
  actions: BotAction[];
  jobs: OutboxJob[];
  /** The digest routine's start-up work (scheduling and catch-up): resolves when it is done. */
  routine: Promise<void>;
  /** Runs timers up to `iso` (settling after each), then settles. */
  advance(iso: string): Promise<void>;
  /** Settles until `pred` holds: the digest routine runs outside the plugin's event tracking. */
  waitFor(pred: () => boolean, what: string): Promise<void>;
}

/** Starts a simulated group at `startIso` on `store`, with the digest routine installed. */
export async function world(policyPath: string, store: Store, startIso: string): Promise<World> {
  const clock = createSimClock(Date.parse(startIso));
  const actions: BotAction[] = [];
  const jobs: OutboxJob[] = [];
  const active = activePolicy(policyPath);
  const sim = createSimulation({
    policy: fixedPolicyHolder(active),
    schedules: ['digests'],
    store,
    clock,
    log: silentLogger(),
    room: ROOM,
    people: PEOPLE,
    onAction: (a) => actions.push(a),
    failSend: (job) => {
      jobs.push({ ...job });
      return null;
    },
  });
  await sim.start();
  const w: World = {
    sim,
    clock,
    actions,
    jobs,
    routine: sim.settle(),
    async advance(iso) {
      await clock.advanceTo(Date.parse(iso), () => sim.settle());
      await sim.settle();
    },
    async waitFor(pred, what) {
      // Real time for the routine's async work; sim time (at most a minute) for the outbox's pacing.
      const deadline = Date.now() + 20_000;
      const horizon = clock.now() + 60_000;
      while (!pred()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
        await sim.settle();
        const due = clock.nextDue();
        if (!pred() && due !== null && due <= horizon) await clock.advanceTo(due, () => sim.settle());
      }
    },
  };
  await w.routine;
  await sim.settle();
  return w;
}

/** The weekly digests among the bot's private messages. */
export function weeklyDigests(actions: readonly BotAction[]): Extract<BotAction, { kind: 'dm' }>[] {
  return actions.filter((a): a is Extract<BotAction, { kind: 'dm' }> => a.kind === 'dm' && a.text.startsWith('【群管家·周报】'));
}
