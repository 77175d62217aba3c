/**
 * `qunguard start` on a real WeChat / WeCom account: runs the plugin on a Wechaty puppet until a stop signal, then
 * uninstalls it and flushes and closes the store within a bounded time, keeping the token out of the logs.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { log as wechatyLog, WechatyBuilder, type Contact } from 'wechaty';
import type { Logger } from 'pino';
import { createPolicyHolder } from '../bot/policy-holder.js';
import { createQunGuard } from '../bot/qunguard-plugin.js';
import type { PuppetConfig } from '../config/app-config.js';
import { localParts } from '../core/time/local-parts.js';
import { calendarKnowsYear } from '../policy/mainland-calendar.js';
import { calendarYearWarning, formatPolicyWarning } from '../policy/policy-warning.js';
import { openConfiguredStore, storeSummary } from './open-configured-store.js';
import { classifyPuppetError, redactSecrets, safeError, type PuppetFailure } from './puppet-failure.js';
import { scanMessage } from './scan-qr.js';

/** How `qunguard start` runs on a real account. */
export interface RealBotOptions {
  puppet: PuppetConfig;
  botName: string;
  policyPath: string;
  /** Keeps the login session (memory card), and the data unless databaseUrl is given. */
  dataDir: string;
  /** QUNGUARD_DATABASE_URL: the data on PostgreSQL, shared with the company's other accounts. */
  databaseUrl?: string | null;
  log: Logger;
  /** Human-readable status (QR code, login, failures); the JSON logs go to stdout. */
  say: (text: string) => void;
  /** Resolves when the bot should stop; default SIGINT or SIGTERM. */
  stopSignal?: Promise<string>;
}

/** How long a stop may take before the process gives up waiting (the puppet service can hang). */
const STOP_TIMEOUT_MS = 15_000;
/** After a failed start there is nothing to hand over: wait only briefly for the puppet. */
const FAILED_STOP_TIMEOUT_MS = 2_000;

/**
 * Runs QunGuard on a real WeChat / WeCom account through a Wechaty puppet until a
 * stop signal, then uninstalls the plugin and flushes and closes the store. A
 * configuration the puppet rejects at start-up ends the run with a clear message.
 * Throws PolicyError (bad policy) and StoreCorruptError (unusable data file).
 */
export async function runRealBot(opts: RealBotOptions): Promise<number> {
  const { puppet, log } = opts;
  const secrets = [puppet.token];
  quietWechatyLogs();
  const holder = createPolicyHolder(opts.policyPath);
  const rosterRead = holder.current().loaded.rosterRead;
  if (rosterRead) log.info(rosterRead, 'roster read');
  const loaded = holder.current().loaded;
  const year = localParts(Date.now(), loaded.compiled.timeZone).year;
  const calendar = calendarYearWarning(loaded.path, loaded.policy, year, calendarKnowsYear(year));
  for (const w of [...loaded.warnings, ...(calendar ? [calendar] : [])]) {
    log.warn({ file: w.file, line: w.line }, w.message);
    opts.say(`策略提示 / policy warning：${formatPolicyWarning(w)}`);
  }
  const opened = await openConfiguredStore({
    databaseUrl: opts.databaseUrl ?? null,
    botName: opts.botName,
    dataDir: opts.dataDir,
    onWriteError: (err) => log.error({ err }, 'data file write failed; retrying on the next change'),
    onWarning: (w) => log.warn({ kind: w.kind, file: w.file }, w.message),
    log,
  });
  const store = opened.store;
  for (const line of storeSummary(opened)) opts.say(line);
  log.info({ store: opened.kind, where: opened.where, migrationsRun: opened.migrationsRun, botName: opts.botName }, 'store opened');
  // The login session stays in the data folder, whichever store holds the data.
  if (opened.kind === 'postgres') await mkdir(resolve(opts.dataDir), { recursive: true });
  const puppetOptions = {
    ...(puppet.token ? { token: puppet.token } : {}),
    ...(puppet.endpoint ? { endpoint: puppet.endpoint } : {}),
    ...(puppet.tlsDisabled ? { tls: { disable: true } } : {}),
  };
  const bot = WechatyBuilder.build({
    name: join(resolve(opts.dataDir), opts.botName),
    // Wechaty's types list only the official puppets; any installed puppet package works at run time.
    puppet: puppet.name as 'wechaty-puppet-service',
    puppetOptions,
  });
  // A shared store: this account elects a speaker per group and runs schedules once per company.
  const handle = createQunGuard({ policy: holder, store, log, watchPolicy: true, ...(opened.shared ? { botName: opts.botName } : {}) });

  let starting = true;
  let fail: (f: PuppetFailure) => void = () => undefined;
  const failed = new Promise<PuppetFailure>((r) => (fail = r));
  const onProblem = (err: unknown, what: string): void => {
    log.error({ err: safeError(err, secrets) }, what);
    const failure = starting ? classifyPuppetError(err, puppet) : null;
    if (failure) fail(failure);
  };
  const onRejection = (reason: unknown): void => onProblem(reason, 'unhandled rejection in a dependency; the bot goes on');
  process.on('unhandledRejection', onRejection);
  bot.on('error', (err) => onProblem(err, 'wechaty error'));
  bot.on('scan', (qrcode, status) => {
    starting = false;
    log.info({ status }, 'scan');
    void scanMessage(qrcode, status).then((text) => text && opts.say(text));
  });
  bot.on('login', (user: Contact) => {
    starting = false;
    log.info({ userId: user.id }, 'logged in');
    opts.say(`已登录：${user.name()}。群管家开始工作，按 Ctrl-C 停止。`);
  });
  bot.on('logout', (user: Contact, reason?: string) => {
    log.warn({ userId: user.id, reason: reason ? redactSecrets(reason, secrets) : undefined }, 'logged out');
    opts.say(`已退出登录：${user.name()}。需要重新扫码时会再显示二维码。`);
  });
  const uninstall = bot.use(handle.plugin);
  const stopSignal = opts.stopSignal ?? waitForSignal();

  opts.say(`正在通过 ${puppet.name} 连接${puppet.endpoint ? ` ${puppet.endpoint}` : ''}……`);
  log.info({ puppet: puppet.name, endpoint: puppet.endpoint, policy: holder.current().loaded.path, dataDir: resolve(opts.dataDir), store: opened.kind }, 'starting');
  let outcome: PuppetFailure | string;
  try {
    outcome = await Promise.race([bot.start().then(() => Promise.race([failed, stopSignal])), failed, stopSignal]);
  } catch (err) {
    outcome = classifyPuppetError(err, puppet) ?? { exitCode: 1, message: `puppet 启动失败：${redactSecrets(err instanceof Error ? err.message : String(err), secrets)}` };
  }
  starting = false;
  const failure = typeof outcome === 'string' ? null : outcome;
  if (failure) opts.say(`启动失败 / start-up failed：${failure.message}`);
  else log.info({ signal: outcome }, 'stopping');

  uninstall();
  await handle.releaseLeases().catch((err: unknown) => log.warn({ err }, 'could not hand over the groups; the other account takes over when the leases run out'));
  await withTimeout(bot.stop(), failure ? FAILED_STOP_TIMEOUT_MS : STOP_TIMEOUT_MS).catch((err: unknown) => log.warn({ err: safeError(err, secrets) }, 'wechaty did not stop cleanly'));
  await store.flush().catch((err: unknown) => log.error({ err }, 'final flush failed'));
  await store.close();
  process.off('unhandledRejection', onRejection);
  log.info('stopped');
  if (!failure) opts.say('群管家已停止，数据已保存。');
  // The puppet's network handles may outlive stop(); never let them keep a stopped bot alive.
  setTimeout(() => process.exit(), failure ? 500 : 3_000).unref();
  return failure ? failure.exitCode : 0;
}

/**
 * Wechaty's own loggers (brolog: wechaty's instance and the global one that
 * wechaty-token uses) print the token in some warnings during service discovery;
 * the errors that matter reach our redacted log anyway. WECHATY_LOG overrides this.
 */
function quietWechatyLogs(): void {
  if (process.env.WECHATY_LOG || process.env.BROLOG_LEVEL) return;
  wechatyLog.level('error');
  const Brolog = wechatyLog.constructor as { instance?: (level: string) => unknown };
  Brolog.instance?.('error');
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      // A second Ctrl-C while stopping means: stop now.
      process.once('SIGINT', () => process.exit(130));
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
