/**
 * Test support for the bot flows: a real Wechaty with QunGuard on the sandbox
 * puppet (src/sandbox/simulation.ts), a simulated clock, a recording logger,
 * and every bot action kept in order.
 */
import { Writable } from 'node:stream';
import { types } from 'wechaty';
import type { ActivePolicy } from '../../../src/bot/active-policy.js';
import { fixedPolicyHolder, type PolicyHolder } from '../../../src/bot/policy-holder.js';
import type { OutboxJob } from '../../../src/bot/outbox/index.js';
import { createLogger } from '../../../src/log/logger.js';
import { createSimulation, type BotAction, type SimPerson, type Simulation, type SimulationOptions } from '../../../src/sandbox/simulation.js';
import { createSimClock, type SimClock } from '../../../src/schedule/sim-clock.js';
import { createMemoryStore, type Store } from '../../../src/store/index.js';
import { policyWith } from './test-policy.js';

export { policyWith, warmUpScreening, type SegmenterChoice } from './test-policy.js';

/** Monday 23 Nov 2026, 09:00 in Shanghai: a work day, in work hours. */
export const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+08:00');
/** One minute of simulated time. */
export const MINUTE = 60_000;
/** One hour of simulated time. */
export const HOUR = 60 * MINUTE;

/** A time on the simulated calendar, Shanghai time: `t('2026-11-23 10:00')`. */
export function t(local: string): number {
  return Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
}

/** One pino line as the bot logged it. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** The sales group used by most suites: an admin, two regular members, one outsider who is not a friend of the bot. */
export const SALES_PEOPLE: SimPerson[] = [
  { id: 'admin1', name: '销售部-张三', member: true },
  { id: 'u1', name: '销售部-李四', member: true },
  { id: 'u2', name: '销售部-何静', member: true },
  { id: 'u3', name: '市场部-马丽', member: true, friend: false },
];

/** How a test world is built; everything has a default. */
export interface WorldOptions {
  policy?: ActivePolicy;
  /** The policy through a holder that can reload it (dictionary edits, hand edits); wins over `policy`. */
  holder?: PolicyHolder;
  store?: Store;
  start?: number;
  room?: SimulationOptions['room'];
  people?: SimPerson[];
  failSend?: (job: OutboxJob) => Error | null;
  outbox?: SimulationOptions['outbox'];
}

/** The simulation's steps; each waits until Wechaty has handed its event to the bot, then settles. */
type Steps = Pick<Simulation, 'say' | 'sayFile' | 'dm' | 'join' | 'leave' | 'rename' | 'setTopic' | 'addBot' | 'removeBot' | 'stop'>;

/** A started simulation plus what the tests read: actions, logs, incoming message ids. */
export interface World extends Steps {
  sim: Simulation;
  clock: SimClock;
  store: Store;
  /** The policy in force now (a holder's reload replaces it). */
  readonly policy: ActivePolicy;
  actions: BotAction[];
  logs: LogLine[];
  /** Ids of group messages the bot received, in order. */
  messageIds: string[];
  /** Index into `actions` now: pass to `since`. */
  mark(): number;
  /** Actions after a mark. */
  since(mark: number): BotAction[];
  /** Moves the simulated clock to `time`, firing due timers (reminder sweeps, outbox pacing) in order. */
  advanceTo(time: number): Promise<void>;
  advance(ms: number): Promise<void>;
  /** Delivers the same message (same id) to the bot a second time. */
  redeliver(messageId: string): Promise<void>;
  /**
   * A link message with this title (and description) from a member. The mock
   * cannot send links and answers every link with "mock title for <id>", so the
   * world's puppet answers with the title given here.
   */
  sayLink(personId: string, title: string, description?: string): Promise<void>;
}

/** Builds and starts a world on the simulated clock; the bot's start-up (hello, audit) has happened when it resolves. */
export async function startWorld(opts: WorldOptions = {}): Promise<World> {
  const clock = createSimClock(opts.start ?? MONDAY_9AM);
  const store = opts.store ?? createMemoryStore();
  const holder = opts.holder ?? fixedPolicyHolder(opts.policy ?? policyWith());
  const actions: BotAction[] = [];
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const sim = createSimulation({
    policy: holder,
    store,
    clock,
    log: createLogger({ level: 'debug', destination: sink }),
    room: opts.room ?? { id: 'room1', topic: '销售部工作群' },
    people: opts.people ?? SALES_PEOPLE,
    onAction: (a) => actions.push(a),
    failSend: opts.failSend,
    outbox: opts.outbox,
  });
  const messageIds: string[] = [];
  sim.wechaty.on('message', (m) => {
    if (!m.self() && m.room()) messageIds.push(m.id);
  });
  const links = new Map<string, { title: string; description?: string; url: string }>();
  const originalMessageUrl = sim.puppet.messageUrl.bind(sim.puppet);
  sim.puppet.messageUrl = async (id: string) => links.get(id) ?? originalMessageUrl(id);
  await sim.start();
  let seq = 0;
  const world: World = {
    sim,
    clock,
    store,
    get policy() {
      return holder.current();
    },
    actions,
    logs,
    messageIds,
    mark: () => actions.length,
    since: (mark) => actions.slice(mark),
    async advanceTo(time) {
      await clock.advanceTo(time, () => sim.settle());
      await sim.settle();
    },
    advance(ms) {
      return world.advanceTo(clock.now() + ms);
    },
    say: (personId, text, mentionIds) => sim.say(personId, text, mentionIds),
    sayFile: (personId, fileName) => sim.sayFile(personId, fileName),
    dm: (personId, text) => sim.dm(personId, text),
    join: (personId, byId) => sim.join(personId, byId),
    leave: (personId, byId) => sim.leave(personId, byId),
    rename: (personId, alias) => sim.rename(personId, alias), // no event: read on the next message or reminder run
    setTopic: (topic, byId) => sim.setTopic(topic, byId),
    addBot: (byId) => sim.addBot(byId),
    removeBot: (byId) => sim.removeBot(byId),
    redeliver: (messageId) => sim.deliver('message', () => void sim.puppet.emit('message', { messageId })),
    sayLink: (personId, title, description) =>
      sim.deliver('message', () => {
        const id = `link-${++seq}-${sim.roomId}`;
        links.set(id, { title, description, url: 'https://example.com/article' });
        sim.puppet.mocker.MessageMock.create({ id, talkerId: personId, roomId: sim.roomId, mentionIdList: [], timestamp: clock.now(), type: types.Message.Url } as never);
        sim.puppet.emit('message', { messageId: id });
      }),
    async stop() {
      await sim.stop();
    },
  };
  return world;
}

/** Every text the bot sent (group and private), for "never repeats X" checks. */
export function texts(actions: readonly BotAction[]): string[] {
  return actions.flatMap((a) => (a.kind === 'remove' ? [] : [a.text]));
}

/** Private messages to one contact. */
export function dmsTo(actions: readonly BotAction[], to: string): string[] {
  return actions.flatMap((a) => (a.kind === 'dm' && a.to === to ? [a.text] : []));
}

/** Group messages (text and mentions). */
export function roomSays(actions: readonly BotAction[]): Extract<BotAction, { kind: 'room_say' }>[] {
  return actions.filter((a): a is Extract<BotAction, { kind: 'room_say' }> => a.kind === 'room_say');
}

/** Removals. */
export function removals(actions: readonly BotAction[]): Extract<BotAction, { kind: 'remove' }>[] {
  return actions.filter((a): a is Extract<BotAction, { kind: 'remove' }> => a.kind === 'remove');
}
