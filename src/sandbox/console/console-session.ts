/**
 * The interactive simulated group behind `qunguard start` without a puppet: each typed line becomes a member's message or
 * a console command, and everything the bot does in reply is printed, the simulated clock moved on to deliver it.
 */
import { formatQuoteReply } from '../../core/message-kinds/parse-quote.js';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Logger } from 'pino';
import { formatDurationZh } from '../../core/policy/duration.js';
import type { SimClock } from '../../schedule/sim-clock.js';
import type { BotAction, Simulation } from '../simulation.js';
import { helpText, peopleText } from './console-texts.js';
import type { DemoGroup } from './demo-group.js';
import { formatBotAction, stamp } from './format-action.js';
import { parseConsoleLine, type ConsoleCommand } from './parse-console-line.js';
import type { PeopleDirectory, PersonState } from './people-directory.js';
import { shareInConsole } from './share-in-console.js';

/** How a printed block should look: the console colours them when it writes to a terminal. */
export type Tone = 'bot' | 'event' | 'info' | 'error';

/** What a console session drives and where it writes. */
export interface ConsoleSessionOptions {
  /** Builds the simulation; the session passes the function that shows every bot action. */
  simulate: (onAction: (action: BotAction) => void) => Simulation;
  clock: SimClock;
  group: DemoGroup;
  directory: PeopleDirectory;
  print: (text: string, tone: Tone) => void;
  formatTime: (ms: number) => string;
  log: Logger;
}

/** The interactive simulated group: one typed line at a time, everything the bot does printed. */
export interface ConsoleSession {
  simulation: Simulation;
  /** Starts the group (the bot's greeting and audit are printed). */
  start(): Promise<void>;
  /** Handles one typed line; false when the user asked to quit. Never throws. */
  handle(line: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** The outbox spaces messages a few seconds apart: the clock is moved on this far at most to deliver them. */
const DRAIN_HORIZON_MS = 10 * 60_000;

/** Jumps longer than this replay many scheduled runs; the console says it will take a moment. */
const SLOW_JUMP_MS = 2 * 86_400_000;

/** A mention as typed: `@李四`, up to a space or punctuation. */
const MENTION = /@([^\s@:：，,。！!？?、]+)/g;

/** Creates the session; call start() before handle(). */
export function createConsoleSession(opts: ConsoleSessionOptions): ConsoleSession {
  const { clock, directory, print, group } = opts;
  let actions = 0;
  const now = (): string => opts.formatTime(clock.now());
  const event = (text: string): void => print(stamp(now(), text), 'event');
  const sim = opts.simulate((action) => {
    actions++;
    if (action.kind === 'remove') directory.setMember(action.member, false);
    print(stamp(opts.formatTime(action.at), formatBotAction(action, { botName: group.bot.name, display: directory.display, roomTopic })), 'bot');
  });
  function roomTopic(roomId: string): string {
    return roomId === sim.roomId ? group.room.topic : roomId;
  }

  /** Lets the bot deliver what it queued: moves the clock to each due send while the outbox is not empty. */
  const drain = async (): Promise<void> => {
    await sim.settle();
    const outbox = sim.handle.context()?.outbox;
    for (let i = 0; outbox && outbox.pending() > 0 && i < 1000; i++) {
      const next = clock.nextDue();
      if (next === null || next - clock.now() > DRAIN_HORIZON_MS) break;
      await clock.advanceTo(next, () => sim.settle());
      await sim.settle();
    }
  };

  const person = (name: string, need: 'member' | 'outside' | 'any'): PersonState => {
    const found = directory.find(name);
    if ('error' in found) throw new ConsoleInputError(found.error);
    const handle = found.person.handle;
    if (need === 'member' && !found.member) throw new ConsoleInputError(`${handle} 不在群里。先用 /join ${handle} 让他入群。`);
    if (need === 'outside' && found.member) throw new ConsoleInputError(`${handle} 已经在群里了。`);
    return found;
  };

  const run = async (cmd: ConsoleCommand): Promise<boolean> => {
    switch (cmd.kind) {
      case 'empty':
        return true;
      case 'quit':
        return false;
      case 'invalid':
        throw new ConsoleInputError(cmd.message);
      case 'help':
        print(helpText(group.adminHandle), 'info');
        return true;
      case 'people':
        print(peopleText(directory.list(), group.people.find((p) => p.handle === group.adminHandle)!.id), 'info');
        return true;
      case 'time':
        return advance(cmd.advanceMs);
      case 'say': {
        const p = person(cmd.speaker, 'member');
        const { text, mentionIds } = mentions(cmd.text);
        event(`${directory.display(p.person.id)}：${text}`);
        await sim.say(p.person.id, text, mentionIds);
        break;
      }
      case 'file': {
        const p = person(cmd.person, 'member');
        event(`${directory.display(p.person.id)} 发送了文件：${cmd.fileName}`);
        await sim.sayFile(p.person.id, cmd.fileName);
        break;
      }
      case 'image': {
        const p = person(cmd.person, 'member');
        const image = await readFile(cmd.path).catch(() => null);
        if (!image) throw new ConsoleInputError(`读不到图片“${cmd.path}”，请检查路径（相对于启动沙盒的目录）`);
        event(`${directory.display(p.person.id)} 发送了图片：${basename(cmd.path)}`);
        await sim.sayImage(p.person.id, image, basename(cmd.path));
        break;
      }
      case 'quote': {
        const p = person(cmd.person, 'member');
        // The quoted member as WeChat shows them in the group (their nickname), or the name as typed for someone not here.
        const quoted = directory.find(cmd.quotedName);
        const name = 'error' in quoted ? cmd.quotedName : directory.display(quoted.person.id);
        event(`${directory.display(p.person.id)} 引用了 ${name} 的消息“${cmd.quoted}”并回复：${cmd.reply}`);
        await sim.say(p.person.id, formatQuoteReply({ name, quoted: cmd.quoted, reply: cmd.reply }));
        break;
      }
      case 'card':
      case 'mini':
      case 'link':
      case 'forward':
        await shareInConsole(cmd, person(cmd.person, 'member').person.id, { sim, directory, event });
        break;
      case 'dm': {
        const p = person(cmd.person, 'any');
        event(`${directory.display(p.person.id)} 私信${group.bot.name}：${cmd.text}`);
        const before = actions;
        await sim.dm(p.person.id, cmd.text);
        await drain();
        if (actions === before) print(`（${group.bot.name}没有回复）`, 'info');
        return true;
      }
      case 'join': {
        const p = person(cmd.person, 'outside');
        const by = person(cmd.by ?? group.adminHandle, 'member');
        directory.setMember(p.person.id, true);
        const nick = directory.display(p.person.id);
        event(`· ${p.person.handle}${nick === p.person.handle ? '' : `（${nick}）`} 由 ${directory.display(by.person.id)} 邀请入群`);
        await sim.join(p.person.id, by.person.id);
        break;
      }
      case 'leave': {
        const p = person(cmd.person, 'member');
        const by = cmd.by === null ? null : person(cmd.by, 'member');
        directory.setMember(p.person.id, false);
        event(by ? `· ${directory.display(by.person.id)} 把 ${directory.display(p.person.id)} 移出了群聊` : `· ${directory.display(p.person.id)} 退出了群聊`);
        await sim.leave(p.person.id, by?.person.id);
        break;
      }
      case 'rename': {
        const p = person(cmd.person, 'member');
        event(`· ${directory.display(p.person.id)} 把群昵称改为“${cmd.alias}”`);
        directory.setAlias(p.person.id, cmd.alias);
        await sim.rename(p.person.id, cmd.alias);
        break;
      }
    }
    await drain();
    return true;
  };

  const advance = async (ms: number | null): Promise<boolean> => {
    if (ms === null) {
      print(`现在是模拟时间 ${now()}。用 /time +1d 让时间前进。`, 'info');
      return true;
    }
    const target = clock.now() + ms;
    const slow = ms > SLOW_JUMP_MS ? '（期间的定时任务逐一执行，需要几秒钟）' : '';
    print(`· 时间前进 ${formatDurationZh(ms)}：${now()} → ${opts.formatTime(target)}${slow}`, 'event');
    await clock.advanceTo(target, () => sim.settle());
    await drain();
    return true;
  };

  const mentions = (text: string): { text: string; mentionIds: string[] } => {
    const ids: string[] = [];
    const shown = text.replace(MENTION, (whole, name: string) => {
      const found = directory.find(name);
      if ('error' in found || !found.member) return whole;
      if (!ids.includes(found.person.id)) ids.push(found.person.id);
      return `@${directory.display(found.person.id)}`;
    });
    return { text: shown, mentionIds: ids };
  };

  return {
    simulation: sim,
    async start() {
      await sim.start();
      await drain();
    },
    async handle(line) {
      try {
        return await run(parseConsoleLine(line));
      } catch (err) {
        if (err instanceof ConsoleInputError) print(`✗ ${err.message}`, 'error');
        else {
          opts.log.error({ err }, 'console command failed');
          print(`✗ 这一步出错了：${err instanceof Error ? err.message : String(err)}。模拟继续。`, 'error');
        }
        return true;
      }
    },
    /** Ends the session like a clean stop of the bot: the groups and schedules it holds are handed over at once (several accounts on one database). */
    async stop() {
      await sim.handle.releaseLeases().catch((err: unknown) => opts.log.warn({ err }, 'could not hand over the groups; the other account takes over when the leases run out'));
      await sim.stop();
    },
  };
}

/** A line the console cannot carry out as typed; its message says what to type instead. */
export class ConsoleInputError extends Error {
  override readonly name = 'ConsoleInputError';
}
