/**
 * The entry point: `QunGuard(options)` / `createQunGuard(options)` install the whole bot on a Wechaty (message and room
 * events, commands, outbox, schedules, speaker lease, OCR) and give the CLI, sandbox and tests a handle to wait on it.
 */
import type { Logger } from 'pino';
import type { Message, Wechaty, WechatyPlugin } from 'wechaty';
import { createClockScheduler } from '../schedule/clock-scheduler.js';
import { systemClock, type Clock } from '../schedule/clock.js';
import { createCronScheduler } from '../schedule/cron-scheduler.js';
import type { Scheduler } from '../schedule/scheduler.js';
import type { Store } from '../store/index.js';
import { silentLogger } from '../log/logger.js';
import type { BotContext } from './bot-context.js';
import { createCommandHandler } from './commands/command-handler.js';
import { flushScreened, sendDigestNow } from './digest/index.js';
import { handleGroupMessage } from './handle-message.js';
import type { PolicyHolder } from './policy-holder.js';
import { reviewLeavers } from './review-leavers.js';
import type { Roster } from '../core/roster/roster.js';
import { startUp } from './schedules/start-up.js';
import type { ScheduleName } from './schedules/schedule-list.js';
import { createOutbox, type Outbox, type OutboxOptions, type SendPort } from './outbox/index.js';
import { createWechatyPlatform, createWechatySend } from './wechaty-platform.js';
import { wireRoomEvents } from './room-events.js';
import { toCoreMessage } from './to-core-message.js';
import { FloodDetector } from '../core/message-kinds/flood.js';
import { OcrService } from '../ocr/ocr-service.js';
import type { OcrServiceOptions } from '../ocr/ocr-types.js';
import { createStoreJournal } from './outbox-journal.js';
import { resendUnconfirmed } from './resend-unconfirmed.js';
import { createSpeaker, SPEAKER_RENEW_MS, type Speaker } from './speaker.js';
import { scheduleLease } from './schedules/schedule-lease.js';
import { SCHEDULE_NAMES } from './schedules/schedule-list.js';
import { loadJieba } from '../policy/jieba-segmenter.js';

/** How QunGuard is set up on a Wechaty: the policy, the store, and optionally time and logging. */
export interface QunGuardOptions {
  /** The policy in force, reloadable (hand edits, `#词库`). */
  policy: PolicyHolder;
  store: Store;
  /** Reload the policy when its files are edited by hand; the watcher stops with the plugin. Default false. */
  watchPolicy?: boolean;
  /** Which schedules to install (all by default): a test of one feature may run only its own. */
  schedules?: readonly ScheduleName[];
  clock?: Clock;
  /** Defaults to node-cron on the real clock, or a clock-driven scheduler when `clock` is given. */
  scheduler?: Scheduler;
  log?: Logger;
  /** Overrides of the outbox limits (the policy's `outbox:` section is the default). */
  outbox?: Partial<Omit<OutboxOptions, 'send' | 'logger' | 'timers'>>;
  /** How images are read (queue, limits, worker); the model loads on the first image while policy `images` is on. */
  ocr?: Omit<OcrServiceOptions, 'enabled'>;
  /** Wraps the send port, e.g. to record every action in `simulate`. */
  wrapSend?: (send: SendPort) => SendPort;
  /**
   * This account's name (QUNGUARD_BOT_NAME) when several accounts may share the store:
   * each group is then moderated by one speaker account and each schedule runs in one
   * process (leases), and the outbox journal keeps this account's jobs apart. Absent: one account.
   */
  botName?: string;
}

/** A running QunGuard: the plugin plus handles for the CLI, the simulator and tests. */
export interface QunGuardHandle {
  plugin: WechatyPlugin;
  /** Resolves when no event or scheduled job is being handled (outbox sends due later are not waited for). */
  settled(): Promise<void>;
  /** Events being handled right now. */
  inFlight(): number;
  context(): BotContext | null;
  /** Gives up this account's groups and schedules (a clean stop, before the store closes), so another account takes over at once. */
  releaseLeases(): Promise<void>;
}

/** A scheduler whose jobs count as events being handled, so settled() waits for them too. */
function trackedScheduler(inner: Scheduler, run: (name: string, fn: () => Promise<void> | void) => Promise<void>): Scheduler {
  return {
    cron: (name, expression, timezone, fn) => inner.cron(name, expression, timezone, () => run(name, fn)),
    every: (name, ms, fn) => inner.every(name, ms, () => run(name, fn)),
    stop: () => inner.stop(),
  };
}

/** Whether the bot is logged in, without Wechaty's warning when the puppet has not started yet. */
function isLoggedIn(bot: Wechaty): boolean {
  try {
    return bot.puppet.isLoggedIn;
  } catch {
    return false;
  }
}

/** QunGuard as a Wechaty plugin: `bot.use(QunGuard(options))`; the returned function uninstalls it. */
export function QunGuard(options: QunGuardOptions): WechatyPlugin {
  return createQunGuard(options).plugin;
}

/** Builds the plugin and its handle. */
export function createQunGuard(options: QunGuardOptions): QunGuardHandle {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger();
  const holder = options.policy;
  const commands = createCommandHandler({
    holder,
    digestNow: async (ctx, roomIds, adminId) => {
      await sendDigestNow(ctx, { adminId, roomIds });
      return '周报已私信发送给你。';
    },
  });
  let ctx: BotContext | null = null;
  let speaker: Speaker | null = null;
  let outbox: Outbox | null = null;
  let inFlight = 0;
  let waiters: (() => void)[] = [];

  const track = (event: string, fields: Record<string, unknown>, work: () => Promise<void>): void => {
    inFlight++;
    work()
      .catch((err: unknown) => log.error({ ...fields, event, err }, 'event handling failed; the bot goes on'))
      .finally(() => {
        inFlight--;
        if (inFlight === 0) for (const w of waiters.splice(0)) w();
      });
  };

  const plugin: WechatyPlugin = (bot: Wechaty) => {
    // jieba's dictionaries load here, before any message arrives, not on the first violation's path.
    loadJieba();
    const platform = createWechatyPlatform(bot);
    const send = createWechatySend(bot, platform);
    const policyOutbox = holder.current().compiled.outbox;
    const journal = createStoreJournal(options.store, options.botName);
    outbox = createOutbox({
      send: options.wrapSend ? options.wrapSend(send) : send,
      logger: log,
      timers: clock,
      journal,
      minRoomIntervalMs: policyOutbox.roomIntervalMs,
      maxPerMinute: policyOutbox.perMinute,
      ...options.outbox,
    });
    // One OCR worker per plugin, loaded on the first image; policy `images: off` (read per message, so a reload applies) reads none.
    const ocr = new OcrService(options.ocr);
    speaker = options.botName
      ? createSpeaker({
          leases: options.store.leases,
          botName: options.botName,
          clock,
          onChange: async (roomId, speaking) => {
            log.info({ roomId, botName: options.botName }, speaking ? 'this account speaks in the group' : 'another account speaks in the group; staying silent');
            // Taking a group over (the other account was removed from it or stopped): the shared record says a bot is in it again.
            const room = speaking ? await options.store.rooms.get(roomId) : undefined;
            if (room && !room.botIsMember) await options.store.rooms.update(roomId, { botIsMember: true });
          },
        })
      : null;
    const context: BotContext = { store: options.store, outbox, clock, log, platform, policy: holder.current, ocr, flood: new FloodDetector(), ...(speaker ? { speaker } : {}) };
    ctx = context;
    const onError = (name: string, err: unknown): void => log.error({ job: name, err }, 'scheduled job failed');
    const scheduler = trackedScheduler(
      options.scheduler ?? (options.clock ? createClockScheduler(clock, onError) : createCronScheduler(onError)),
      (name, fn) => new Promise<void>((resolve) => track(`job:${name}`, {}, async () => {
        try {
          await fn();
        } finally {
          resolve();
        }
      })),
    );
    let started = false;

    const onLogin = (): void => {
      if (started) return;
      started = true;
      track('login', {}, async () => {
        // What was queued before a restart and not confirmed sent goes first.
        await resendUnconfirmed(context, journal).catch((err: unknown) => log.error({ err }, 'resending unconfirmed jobs failed'));
        const accountSpeaker = speaker;
        if (accountSpeaker) {
          // Between events, the groups this account is in are claimed again: renewed while it speaks, taken over when the other account went away.
          scheduler.every('speaker-renewal', SPEAKER_RENEW_MS, async () => void (await accountSpeaker.renew(await platform.roomIds())));
        }
        await startUp(context, scheduler, options.schedules);
      });
    };
    const onMessage = (msg: Message): void => {
      if (msg.self()) return;
      track('message', { messageId: msg.id }, async () => {
        const core = await toCoreMessage(msg, clock.now(), { readImages: holder.current().compiled.kinds.images.enabled });
        if (core.roomId) await handleGroupMessage(context, core, commands);
        else await commands(context, core);
      });
    };
    const onError2 = (err: unknown): void => log.debug({ err: String(err) }, 'wechaty error event');
    bot.on('login', onLogin);
    bot.on('message', onMessage);
    bot.on('error', onError2);
    const unwireRooms = wireRoomEvents(bot, context, track);
    const stopWatching = options.watchPolicy ? holder.watch(log) : () => undefined;
    // A roster edit (hot reload): members it no longer lists are put to the admins, group by group.
    const stopLeaverReview = holder.onReload((before, after) => {
      if (!after.loaded.roster || sameRoster(before.loaded.roster, after.loaded.roster)) return;
      track('roster-reload', {}, async () => void (await reviewLeavers(context, before.loaded.roster)));
    });
    if (isLoggedIn(bot)) onLogin();

    return () => {
      bot.off('login', onLogin);
      bot.off('message', onMessage);
      bot.off('error', onError2);
      unwireRooms();
      stopWatching();
      stopLeaverReview();
      // The screening counter gathered in memory is written before the store closes (callers await settled()).
      track('stop', {}, () => flushScreened(context));
      scheduler.stop();
      outbox?.stop();
      void ocr.close();
    };
  };

  return {
    plugin,
    inFlight: () => inFlight,
    context: () => ctx,
    async releaseLeases() {
      if (!speaker) return;
      await speaker.release();
      for (const name of SCHEDULE_NAMES) await options.store.leases.release(scheduleLease(name), speaker.botName);
    },
    async settled() {
      if (inFlight > 0) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

/** Two rosters list the same people (a reload that did not touch the roster file). */
function sameRoster(a: Roster | null, b: Roster | null): boolean {
  return JSON.stringify(a?.entries ?? null) === JSON.stringify(b?.entries ?? null);
}
