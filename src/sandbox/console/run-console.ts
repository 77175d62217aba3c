/**
 * What `qunguard start` runs when no puppet is configured: a try-out of the real bot in a simulated group, where nothing
 * reaches WeChat and the real dictionaries are never edited.
 */
import { createInterface } from 'node:readline';
import { styleText } from 'node:util';
import type { Logger } from 'pino';
import { createPolicyHolder } from '../../bot/policy-holder.js';
import { formatPolicyWarning } from '../../policy/policy-warning.js';
import { createSimClock } from '../../schedule/sim-clock.js';
import type { Store } from '../../store/index.js';
import { openConfiguredStore, storeSummary, type ConfiguredStore } from '../../cli/open-configured-store.js';
import { createSimulation } from '../simulation.js';
import { createConsoleSession, type Tone } from './console-session.js';
import { bannerText } from './console-texts.js';
import { demoGroup } from './demo-group.js';
import { simTimeFormatter } from './format-sim-time.js';
import { createPeopleDirectory } from './people-directory.js';
import { copyPolicyForSandbox } from './sandbox-policy.js';

/** How `qunguard start` runs the simulated group. */
export interface ConsoleRunOptions {
  policyPath: string;
  /** How the banner names the policy (path and why it was chosen). */
  policyLabel: string;
  /** Keep the data in this directory (lowdb); null keeps it in memory. */
  dataDir: string | null;
  /** QUNGUARD_DATABASE_URL: the simulation's data on PostgreSQL instead (wins over dataDir). */
  databaseUrl?: string | null;
  /** QUNGUARD_BOT_NAME: the account the simulated bot is on a shared database. */
  botName?: string;
  log: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** A person is typing at a terminal: show a prompt and colours. */
  interactive: boolean;
  tokenWithoutPuppet: boolean;
  /** When the simulated clock starts (epoch ms); default now, to the minute. */
  startAt?: number;
}

/** The bot's name in the simulated group. */
const BOT_DISPLAY_NAME = '群管家';

const TONE_STYLE: Record<Tone, Parameters<typeof styleText>[0] | null> = { bot: 'cyan', event: null, info: 'gray', error: 'red' };

/**
 * Runs the console sandbox until /quit or the end of the input: a real Wechaty with
 * QunGuard on the mock puppet, a demo group, a simulated clock. Returns the exit code.
 * Throws PolicyError for a bad policy and StoreCorruptError for an unusable data file.
 */
export async function runConsole(opts: ConsoleRunOptions): Promise<number> {
  const policyCopy = copyPolicyForSandbox(opts.policyPath);
  let store: Store | null = null;
  try {
    // The data folder first: a folder another process holds is refused before the slow screener load.
    const opened: ConfiguredStore = await openConfiguredStore({
      databaseUrl: opts.databaseUrl ?? null,
      botName: opts.botName ?? 'qunguard',
      dataDir: opts.dataDir,
      onWarning: (w) => opts.log.warn({ kind: w.kind, file: w.file }, w.message),
      log: opts.log,
    });
    store = opened.store;
    const holder = createPolicyHolder(policyCopy.path);
    const policy = holder.current();
    const timeZone = policy.compiled.timeZone;
    const clock = createSimClock(opts.startAt ?? Math.floor(Date.now() / 60_000) * 60_000);
    const group = demoGroup(policy, BOT_DISPLAY_NAME);
    const directory = createPeopleDirectory(group.people, group.bot);
    const colour = opts.interactive && !process.env.NO_COLOR;
    const print = (text: string, tone: Tone): void => {
      const style = TONE_STYLE[tone];
      opts.output.write(`${colour && style ? styleText(style, text) : text}\n`);
    };
    print(
      bannerText({
        group,
        startedAt: simTimeFormatter(timeZone, true)(clock.now()),
        policyLabel: opts.policyLabel,
        dataLabel: dataLabel(opened, opts.dataDir),
        people: directory.list(),
        tokenWithoutPuppet: opts.tokenWithoutPuppet,
      }),
      'info',
    );
    for (const w of policyCopy.warnings) print(`策略提示：${formatPolicyWarning(w)}`, 'error');
    const openedStore = store;
    const session = createConsoleSession({
      simulate: (onAction) =>
        createSimulation({
          policy: holder,
          watchPolicy: true,
          store: openedStore,
          // On a shared database the simulated account takes part in the speaker election like a real one.
          ...(opened.shared && opts.botName ? { botName: opts.botName } : {}),
          clock,
          log: opts.log,
          room: group.room,
          people: group.people,
          bot: group.bot,
          onAction,
        }),
      clock,
      group,
      directory,
      print,
      formatTime: simTimeFormatter(timeZone),
      log: opts.log,
    });
    await session.start();
    await readLines(opts, (line) => session.handle(line));
    await session.stop();
    print('模拟结束。', 'info');
    return 0;
  } finally {
    await store?.close();
    policyCopy.dispose();
  }
}

/** How the banner names where the simulation keeps its data (a database URL without its password). */
function dataLabel(opened: ConfiguredStore, dataDir: string | null): string {
  if (opened.kind === 'postgres') return `${storeSummary(opened).join('；').replace(/^数据存储：/, '')}（模拟的数据写入该数据库）`;
  return dataDir ? `${dataDir}（lowdb 文件，退出后保留）` : '内存（退出后丢弃；用 --data 目录 保存）';
}

/** Feeds input lines one at a time until `handle` says stop or the input ends; Ctrl-C and SIGTERM end it too. */
async function readLines(opts: ConsoleRunOptions, handle: (line: string) => Promise<boolean>): Promise<void> {
  const rl = createInterface({ input: opts.input, output: opts.interactive ? opts.output : undefined, terminal: opts.interactive });
  rl.setPrompt('> ');
  const close = (): void => rl.close();
  rl.on('SIGINT', close);
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  try {
    if (opts.interactive) rl.prompt();
    for await (const line of rl) {
      if (!(await handle(line))) break;
      if (opts.interactive) rl.prompt();
    }
  } finally {
    process.off('SIGINT', close);
    process.off('SIGTERM', close);
    rl.close();
  }
}
