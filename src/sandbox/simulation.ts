/**
 * A simulated group: a real Wechaty with QunGuard installed on the sandbox puppet and a clock the caller moves, driven
 * step by step by the console, `simulate` and tests, with every bot action recorded.
 */
import { WechatyBuilder, type Wechaty } from 'wechaty';
import type { Logger } from 'pino';
import type { OutboxJob } from '../bot/outbox/index.js';
import { createQunGuard, type QunGuardHandle, type QunGuardOptions } from '../bot/qunguard-plugin.js';
import type { Clock } from '../schedule/clock.js';
import type { SimClock } from '../schedule/sim-clock.js';
import { renderChatHistory, type RecordToRender } from '../core/message-kinds/render-chat-history.js';
import { mock, SandboxPuppet, type SandboxShared } from './sandbox-puppet.js';

/** A person in a simulated group. */
export interface SimPerson {
  id: string;
  /** WeChat name; also the group nickname unless `alias` is given. */
  name: string;
  alias?: string;
  /** In the room at the start. */
  member?: boolean;
  /** The bot may message them privately (a friend). Default true. */
  friend?: boolean;
}

/** One thing the bot did, as `simulate` prints it. */
export type BotAction =
  | { at: number; kind: 'room_say'; room: string; mentions: string[]; text: string }
  | { at: number; kind: 'dm'; to: string; text: string }
  | { at: number; kind: 'remove'; room: string; member: string };

/** How to build a simulated group: the plugin's options (the clock and log required) plus the simulation's own. */
export interface SimulationOptions extends Omit<QunGuardOptions, 'clock' | 'log' | 'wrapSend'> {
  clock: SimClock | Clock;
  log: Logger;
  room: { id: string; topic: string; owner?: string; botMember?: boolean };
  /** More groups the bot is in from the start (owned by the bot), each with members from `people`: for load runs. */
  otherRooms?: ReadonlyArray<{ id: string; topic: string; memberIds: readonly string[] }>;
  people: readonly SimPerson[];
  bot?: { id: string; name: string };
  onAction?: (action: BotAction) => void;
  /** Makes a send fail, to rehearse failures: return an Error to throw. */
  failSend?: (job: OutboxJob) => Error | null;
}

/** The Wechaty events a simulation step waits for. */
export type SimEvent = 'login' | 'message' | 'room-join' | 'room-leave' | 'room-topic';

/** A real Wechaty with QunGuard installed, on the mock puppet, driven by the caller. */
export interface Simulation {
  wechaty: Wechaty;
  puppet: SandboxPuppet;
  handle: QunGuardHandle;
  roomId: string;
  botId: string;
  start(): Promise<void>;
  /** Waits until the bot has finished reacting to everything so far. */
  settle(): Promise<void>;
  /** Runs `act` (which makes the puppet emit one `kind` event), waits until Wechaty delivered it, then settles. */
  deliver(kind: SimEvent, act: () => void): Promise<void>;
  say(personId: string, text: string, mentionIds?: string[]): Promise<void>;
  /** A message in one of the `otherRooms`. */
  sayIn(roomId: string, personId: string, text: string): Promise<void>;
  sayFile(personId: string, fileName: string): Promise<void>;
  /** An image (PNG or JPEG bytes) sent to the group, as a phone sends a screenshot. */
  sayImage(personId: string, image: Uint8Array, fileName?: string): Promise<void>;
  /** A contact card, mini-program or link shared in the group. */
  share(personId: string, item: Exclude<SandboxShared, { kind: 'chat_history' }>): Promise<void>;
  /** A chat history forwarded to the group, as WeChat's XML. */
  forwardChat(personId: string, records: readonly RecordToRender[]): Promise<void>;
  dm(personId: string, text: string): Promise<void>;
  join(personId: string, byId: string): Promise<void>;
  leave(personId: string, byId?: string): Promise<void>;
  rename(personId: string, alias: string | null): Promise<void>;
  setTopic(topic: string, byId: string): Promise<void>;
  addBot(byId: string): Promise<void>;
  removeBot(byId: string): Promise<void>;
  stop(): Promise<void>;
}

const isSimClock = (c: Clock): c is SimClock => 'runDue' in c;
const realTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));
/** How many real ticks (about 1 ms each) a settle waits, at most, for sends in flight. */
const MAX_SEND_WAITS = 2_000;
/** How long (real time) a step waits for Wechaty to deliver its event. */
const EVENT_WAIT_MS = 10_000;

/** Builds the simulated world; call start() before anything else. */
export function createSimulation(opts: SimulationOptions): Simulation {
  const mocker = new mock.Mocker();
  const puppet = new SandboxPuppet({ mocker });
  const wechaty = WechatyBuilder.build({ puppet, name: `qunguard-sim-${opts.room.id}` });
  const botInfo = opts.bot ?? { id: 'qunguard-bot', name: '群管家' };
  const roomId = opts.room.id.includes('@') ? opts.room.id : `${opts.room.id}@chatroom`;
  const record = (action: BotAction): void => opts.onAction?.(action);
  const { room: _room, otherRooms: _otherRooms, people: _people, bot: _bot, onAction: _onAction, failSend: _failSend, ...pluginOptions } = opts;
  const otherRooms = new Map<string, ReturnType<mock.Mocker['createRoom']>>();
  const handle = createQunGuard({
    ...pluginOptions,
    wrapSend: (send) => async (job, budget) => {
      const failure = opts.failSend?.(job);
      if (failure) throw failure;
      await send(job, budget);
      const at = opts.clock.now();
      if (job.kind === 'room_say') record({ at, kind: 'room_say', room: job.roomId, mentions: job.mentionIds, text: job.text });
      else if (job.kind === 'dm') record({ at, kind: 'dm', to: job.contactId, text: job.text });
      else record({ at, kind: 'remove', room: job.roomId, member: job.memberId });
    },
  });
  wechaty.on('error', (err) => opts.log.debug({ err: String(err) }, 'mock puppet error event'));
  const contacts = new Map<string, ReturnType<typeof mocker.createContact>>();
  let roomMock: ReturnType<typeof mocker.createRoom> | null = null;
  const contact = (id: string) => {
    const c = contacts.get(id);
    if (!c) throw new Error(`unknown person "${id}"`);
    return c;
  };

  // Events Wechaty has handed to listeners, so a step can wait for its own event
  // before settling (Wechaty takes several event-loop turns per event).
  const seen: Record<SimEvent, number> = { login: 0, message: 0, 'room-join': 0, 'room-leave': 0, 'room-topic': 0 };
  const countEvents = (): void => {
    wechaty.on('login', () => void seen.login++);
    wechaty.on('message', (m) => {
      if (!m.self()) seen.message++;
    });
    wechaty.on('room-join', () => void seen['room-join']++);
    wechaty.on('room-leave', () => void seen['room-leave']++);
    wechaty.on('room-topic', () => void seen['room-topic']++);
  };
  const emit = async (kind: SimEvent, act: () => void): Promise<void> => {
    const target = seen[kind] + 1;
    act();
    const deadline = Date.now() + EVENT_WAIT_MS;
    while (seen[kind] < target && Date.now() < deadline) await realTick();
    if (seen[kind] < target) opts.log.warn({ kind }, 'simulated event not delivered in time');
    await settle();
  };

  const settle = async (): Promise<void> => {
    // A send the platform has not answered yet (a removal on a busy machine) is waited for too, a bounded while:
    // a send that never answers (a test's hanging puppet) must not hang the simulation.
    let sendWaits = 0;
    for (let quiet = 0; quiet < 4; ) {
      await realTick();
      const ran = isSimClock(opts.clock) ? opts.clock.runDue() : false;
      if (ran || handle.inFlight() > 0) {
        quiet = 0;
        await handle.settled();
        continue;
      }
      if ((handle.context()?.outbox.sending() ?? 0) > 0 && sendWaits < MAX_SEND_WAITS) {
        sendWaits++;
        quiet = 0;
        continue;
      }
      quiet++;
    }
  };

  let uninstall: (() => void) | null = null;
  return {
    wechaty,
    puppet,
    handle,
    roomId,
    botId: botInfo.id,
    async start() {
      uninstall = wechaty.use(handle.plugin);
      countEvents();
      await wechaty.start();
      contacts.set(botInfo.id, mocker.createContact({ id: botInfo.id, name: botInfo.name, friend: true }));
      for (const p of opts.people) contacts.set(p.id, mocker.createContact({ id: p.id, name: p.name, friend: p.friend ?? true }));
      const members = opts.people.filter((p) => p.member).map((p) => p.id);
      if (opts.room.botMember !== false) members.unshift(botInfo.id);
      const owner = !opts.room.owner || opts.room.owner === 'bot' ? botInfo.id : opts.room.owner;
      roomMock = mocker.createRoom({ id: roomId, topic: opts.room.topic, memberIdList: members, ownerId: owner });
      for (const p of opts.people) if (p.alias) puppet.setRoomAlias(roomId, p.id, p.alias);
      for (const r of opts.otherRooms ?? []) otherRooms.set(r.id, mocker.createRoom({ id: r.id, topic: r.topic, memberIdList: [botInfo.id, ...r.memberIds], ownerId: botInfo.id }));
      await emit('login', () => mocker.login(contact(botInfo.id)));
    },
    settle,
    deliver: emit,
    async say(personId, text, mentionIds = []) {
      await emit('message', () => contact(personId).say(text, mentionIds.map(contact)).to(roomMock!));
    },
    async sayIn(otherRoomId, personId, text) {
      const room = otherRooms.get(otherRoomId);
      if (!room) throw new Error(`no such simulated room: ${otherRoomId}`);
      await emit('message', () => contact(personId).say(text).to(room));
    },
    async sayFile(personId, fileName) {
      const { FileBox } = await import('file-box');
      await emit('message', () => contact(personId).say(FileBox.fromBase64(Buffer.from('simulated file').toString('base64'), fileName)).to(roomMock!));
    },
    async sayImage(personId, image, fileName = 'screenshot.png') {
      const { FileBox } = await import('file-box');
      await emit('message', () => contact(personId).say(FileBox.fromBase64(Buffer.from(image).toString('base64'), fileName)).to(roomMock!));
    },
    async share(personId, item) {
      contact(personId);
      await emit('message', () => void puppet.shareInRoom(personId, roomId, opts.clock.now(), item));
    },
    async forwardChat(personId, records) {
      contact(personId);
      await emit('message', () => void puppet.shareInRoom(personId, roomId, opts.clock.now(), { kind: 'chat_history', xml: renderChatHistory(records) }));
    },
    async dm(personId, text) {
      await emit('message', () => contact(personId).say(text).to(contact(botInfo.id)));
    },
    async join(personId, byId) {
      await emit('room-join', () => roomMock!.add(contact(personId)).by(contact(byId)));
    },
    async leave(personId, byId) {
      await emit('room-leave', () => roomMock!.remove(contact(personId)).by(contact(byId ?? personId)));
    },
    async rename(personId, alias) {
      puppet.setRoomAlias(roomId, personId, alias);
      await settle();
    },
    async setTopic(topic, byId) {
      await emit('room-topic', () => roomMock!.topic(topic).by(contact(byId)));
    },
    async addBot(byId) {
      await emit('room-join', () => roomMock!.add(contact(botInfo.id)).by(contact(byId)));
    },
    async removeBot(byId) {
      await emit('room-leave', () => roomMock!.remove(contact(botInfo.id)).by(contact(byId)));
    },
    async stop() {
      await settle();
      await wechaty.stop();
      uninstall?.(); // stops the schedules and the outbox, ends the OCR worker
      uninstall = null;
    },
  };
}
