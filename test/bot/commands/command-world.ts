/**
 * Test support for the command and reminder suites: the flow harness's world
 * (a real Wechaty with QunGuard on the sandbox puppet) over a private copy of
 * test/fixtures/commands, loaded through a real PolicyHolder so #词库 and
 * #白名单 edit files on disk and reload — never the repository's own files.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPolicyHolder, type PolicyHolder } from '../../../src/bot/policy-holder.js';
import { compileScreener } from '../../../src/policy/compile-screener.js';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { MINUTE, SALES_PEOPLE, startWorld, type World, type WorldOptions } from '../flows/harness.js';
import { wholeMessage } from '../../support/segmenters.js';
import { tempDirForFile } from '../../support/temp-dir.js';

export { dmsTo, HOUR, MINUTE, MONDAY_9AM, removals, roomSays, SALES_PEOPLE, t, texts, type World } from '../flows/harness.js';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/commands/', import.meta.url));


/** A private copy of the command-test policy folder, removed when the process exits. */
export interface PolicyCopy {
  dir: string;
  policyPath: string;
  /** Absolute path of a file in the copy (`confidential.txt`). */
  file(name: string): string;
  read(name: string): string;
}

/** Copies test/fixtures/commands to a fresh temp dir. */
export function copyPolicy(): PolicyCopy {
  const dir = tempDirForFile('qunguard-commands-');
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  const file = (name: string): string => join(dir, name);
  return { dir, policyPath: file('policy.yaml'), file, read: (name) => readFileSync(file(name), 'utf8') };
}

/** A reloadable holder over a policy copy, compiled without jieba. */
export function holderFor(copy: PolicyCopy): PolicyHolder {
  return createPolicyHolder(copy.policyPath, (loaded) => compileScreener(loaded, wholeMessage));
}

/** A world plus the files its policy lives in. */
export interface CommandWorld extends World {
  holder: PolicyHolder;
  files: PolicyCopy;
  /** A group message (with @-mentions of people by id: `@u1` in the text becomes `@<nickname>`), then a simulated minute. */
  ask(who: string, text: string): Promise<BotAction[]>;
  /** A private message to the bot, then a simulated minute. */
  askDm(who: string, text: string): Promise<BotAction[]>;
}

/** Options of startWorld, with people and policy copy defaults for these suites. */
export type CommandWorldOptions = Omit<WorldOptions, 'policy' | 'holder'> & { files?: PolicyCopy };

/** Starts a world on a fresh copy of the command-test policy (or the copy given). */
export async function startCommandWorld(opts: CommandWorldOptions = {}): Promise<CommandWorld> {
  const files = opts.files ?? copyPolicy();
  const holder = holderFor(files);
  const people = opts.people ?? SALES_PEOPLE;
  const w = await startWorld({ ...opts, people, holder });
  const nameOf = (id: string): string => people.find((p) => p.id === id)?.alias ?? people.find((p) => p.id === id)?.name ?? id;
  const ask = async (who: string, text: string): Promise<BotAction[]> => {
    const mentions: string[] = [];
    const written = text.replace(/@([A-Za-z_][\w]*)/g, (whole, id: string) => {
      if (!people.some((p) => p.id === id)) return whole;
      mentions.push(id);
      return `@${nameOf(id)}\u2005`;
    });
    const mark = w.mark();
    await w.say(who, written, mentions);
    await w.advance(MINUTE);
    return w.since(mark);
  };
  const askDm = async (who: string, text: string): Promise<BotAction[]> => {
    const mark = w.mark();
    await w.dm(who, text);
    await w.advance(MINUTE);
    return w.since(mark);
  };
  return Object.assign(w, { holder, files, ask, askDm });
}

/** What the bot answered one person: @-mentions in the group and private messages, in order. */
export function answersTo(actions: readonly BotAction[], who: string): string[] {
  return actions.flatMap((a) => (a.kind === 'dm' && a.to === who) || (a.kind === 'room_say' && a.mentions.includes(who)) ? [a.text] : []);
}

/**
 * A second group in the same puppet that the bot is added to while running
 * (as in production: a room-join of the bot, so it greets and audits the members).
 */
export async function openSecondRoom(w: World, room: { id: string; topic: string; memberIds: string[]; owner?: string; addedBy?: string }): Promise<string> {
  const mocker = w.sim.puppet.mocker;
  const roomId = `${room.id}@chatroom`;
  const addedBy = room.addedBy ?? room.memberIds[0]!;
  const roomMock = mocker.createRoom({ id: roomId, topic: room.topic, memberIdList: room.memberIds, ownerId: room.owner ?? addedBy });
  roomMock.add(mocker.ContactMock.load(w.sim.botId)).by(mocker.ContactMock.load(addedBy));
  for (const deadline = Date.now() + 10_000; !(await w.store.rooms.get(roomId))?.greetedAt; ) {
    if (Date.now() > deadline) throw new Error(`the bot never registered ${roomId}`);
    await new Promise((r) => setTimeout(r, 2));
  }
  await w.sim.settle();
  return roomId;
}
