/**
 * Test support for several accounts on one PostgreSQL: each account is its own Wechaty
 * on its own mock puppet with its own QunGuard plugin, store (pool) and bot name, as one
 * process per account would be; all of them on one simulated clock and one database.
 * The same person's message reaches every account in the group (with different message
 * ids, as WeChat delivers it to each account).
 */
import { fixedPolicyHolder } from '../../../src/bot/policy-holder.js';
import type { ActivePolicy } from '../../../src/bot/active-policy.js';
import { silentLogger } from '../../../src/log/logger.js';
import { createSimulation, type BotAction, type SimPerson, type Simulation } from '../../../src/sandbox/simulation.js';
import type { SimClock } from '../../../src/schedule/sim-clock.js';
import { openPostgresStore, type PostgresStore } from '../../../src/store/postgres/postgres-store.js';

/** Fictional people of the shared group. */
export const PEOPLE: SimPerson[] = [
  { id: 'admin1', name: '销售部-张三', member: true },
  { id: 'u1', name: '销售部-李四', member: true },
  { id: 'u2', name: '销售部-何静', member: true },
];

/** One account: its simulation, its store and what it sent. */
export interface Account {
  botName: string;
  sim: Simulation;
  store: PostgresStore;
  actions: BotAction[];
  /** Ids of the group messages this account received. */
  messageIds: string[];
  /** Stops the bot and closes its store; `crash` skips handing over the leases, as a killed process would. */
  stop(opts?: { crash?: boolean }): Promise<void>;
  /** A process killed mid-stream: the store goes away at once under the work in flight, nothing is handed over. */
  kill(): Promise<void>;
}

/** Starts one account in `room` on the database at `url`; resolves once its start-up (meeting the group, schedules) is done. */
export async function startAccount(opts: {
  url: string;
  botName: string;
  botId: string;
  clock: SimClock;
  policy: ActivePolicy;
  room?: { id: string; topic: string };
  people?: SimPerson[];
}): Promise<Account> {
  const store = await openPostgresStore({ url: opts.url, botName: opts.botName });
  const actions: BotAction[] = [];
  const sim = createSimulation({
    policy: fixedPolicyHolder(opts.policy),
    store,
    clock: opts.clock,
    log: silentLogger(),
    botName: opts.botName,
    room: opts.room ?? { id: 'room1', topic: '销售部工作群' },
    people: opts.people ?? PEOPLE,
    bot: { id: opts.botId, name: `群管家-${opts.botName}` },
    onAction: (a) => actions.push(a),
  });
  const messageIds: string[] = [];
  sim.wechaty.on('message', (m) => {
    if (!m.self() && m.room()) messageIds.push(m.id);
  });
  await sim.start();
  let stopped = false;
  return {
    botName: opts.botName,
    sim,
    store,
    actions,
    messageIds,
    async kill() {
      if (stopped) return;
      stopped = true;
      await store.close();
      await sim.stop().catch(() => undefined);
    },
    async stop({ crash = false } = {}) {
      if (stopped) return;
      stopped = true;
      if (!crash) await sim.handle.releaseLeases();
      await sim.stop();
      await store.close();
    },
  };
}

/** Moves the shared clock to `time`, letting every running account react after each timer. */
export async function advanceAll(clock: SimClock, accounts: readonly Account[], time: number): Promise<void> {
  const settle = async (): Promise<void> => {
    for (const a of accounts) await a.sim.settle();
  };
  await clock.advanceTo(time, settle);
  await settle();
}

/** Group messages the accounts sent, with who sent them. */
export function roomSaysOf(accounts: readonly Account[]): Array<{ botName: string; text: string }> {
  return accounts.flatMap((a) => a.actions.flatMap((x) => (x.kind === 'room_say' ? [{ botName: a.botName, text: x.text }] : [])));
}

/** Private messages the accounts sent whose text starts with `prefix`. */
export function dmsStartingWith(accounts: readonly Account[], prefix: string): Array<{ botName: string; to: string; text: string }> {
  return accounts.flatMap((a) => a.actions.flatMap((x) => (x.kind === 'dm' && x.text.startsWith(prefix) ? [{ botName: a.botName, to: x.to, text: x.text }] : [])));
}
