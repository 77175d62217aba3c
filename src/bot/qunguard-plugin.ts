import type { Logger } from 'pino';
import type { Message, Wechaty, WechatyPlugin } from 'wechaty';
import { createClockScheduler } from '../schedule/clock-scheduler.js';
import { systemClock, type Clock } from '../schedule/clock.js';
import { createCronScheduler } from '../schedule/cron-scheduler.js';
import type { Scheduler } from '../schedule/scheduler.js';
import type { Store } from '../store/index.js';
import { silentLogger } from '../log/logger.js';
import type { ActivePolicy } from './active-policy.js';
import type { BotContext } from './bot-context.js';
import { handleGroupMessage, type CommandHandler } from './handle-message.js';
import { createOutbox, type Outbox, type OutboxOptions, type SendPort } from './outbox/index.js';
import { createWechatyPlatform, createWechatySend } from './wechaty-platform.js';
import { wireRoomEvents } from './room-events.js';
import { startRoutines } from './routines.js';
import { toCoreMessage } from './to-core-message.js';

/** How QunGuard is set up on a Wechaty: the policy, the store, and optionally time and logging. */
export interface QunGuardOptions {
  /** The policy in force; a function so a hot reload can swap it. */
  policy: () => ActivePolicy;
  store: Store;
  clock?: Clock;
  /** Defaults to node-cron on the real clock, or a clock-driven scheduler when `clock` is given. */
  scheduler?: Scheduler;
  log?: Logger;
  /** Overrides of the outbox limits (the policy's `outbox:` section is the default). */
  outbox?: Partial<Omit<OutboxOptions, 'send' | 'logger' | 'timers'>>;
  /** Wraps the send port, e.g. to record every action in `simulate`. */
  wrapSend?: (send: SendPort) => SendPort;
  /** Admin and member commands (group and private). */
  commands?: CommandHandler;
  /** Extra recurring work (digests, reminders) started with the bot. */
  routines?: (ctx: BotContext, scheduler: Scheduler) => Promise<void> | void;
}

/** A running QunGuard: the plugin plus handles for the CLI, the simulator and tests. */
export interface QunGuardHandle {
  plugin: WechatyPlugin;
  /** Resolves when no event or scheduled job is being handled (outbox sends due later are not waited for). */
  settled(): Promise<void>;
  /** Events being handled right now. */
  inFlight(): number;
  context(): BotContext | null;
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
  let ctx: BotContext | null = null;
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
    const platform = createWechatyPlatform(bot);
    const send = createWechatySend(bot, platform);
    const policyOutbox = options.policy().compiled.outbox;
    outbox = createOutbox({
      send: options.wrapSend ? options.wrapSend(send) : send,
      logger: log,
      timers: clock,
      minRoomIntervalMs: policyOutbox.roomIntervalMs,
      maxPerMinute: policyOutbox.perMinute,
      ...options.outbox,
    });
    const context: BotContext = { store: options.store, outbox, clock, log, platform, policy: options.policy };
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
      track('login', {}, () => startRoutines(context, scheduler, options.routines));
    };
    const onMessage = (msg: Message): void => {
      if (msg.self()) return;
      track('message', { messageId: msg.id }, async () => {
        const core = await toCoreMessage(msg, clock.now());
        if (core.roomId) await handleGroupMessage(context, core, options.commands);
        else if (options.commands) await options.commands(context, core);
      });
    };
    const onError2 = (err: unknown): void => log.debug({ err: String(err) }, 'wechaty error event');
    bot.on('login', onLogin);
    bot.on('message', onMessage);
    bot.on('error', onError2);
    const unwireRooms = wireRoomEvents(bot, context, track);
    if (isLoggedIn(bot)) onLogin();

    return () => {
      bot.off('login', onLogin);
      bot.off('message', onMessage);
      bot.off('error', onError2);
      unwireRooms();
      scheduler.stop();
      outbox?.stop();
    };
  };

  return {
    plugin,
    inFlight: () => inFlight,
    context: () => ctx,
    async settled() {
      if (inFlight > 0) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}
