/**
 * `qunguard start`: the interactive simulated group when no puppet is configured, the real bot when one is; settings
 * from the command line win over the environment, and a fixable setting or data problem exits 2 with the data untouched.
 */
import { isAbsolute, join, relative } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { defaultPolicyPath, packageRoot } from '../config/package-root.js';
import { DataLockedError } from '../store/data-lock.js';
import { DataPathError, StoreCorruptError, StoreWriteError } from '../store/errors.js';
import { DatabaseUrlError } from '../store/postgres/database-url.js';
import { DatabaseOpenError } from '../store/postgres/postgres-store.js';
import { NewerSchemaError } from '../store/postgres/run-migrations.js';

/** The options `qunguard start` takes on the command line; they win over the environment. */
export interface StartArgs {
  policy?: string;
  data?: string;
}

/** Where `start` reads and writes; tests pass their own streams. */
export interface StartIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** The policy the simulation uses when none is given: it has a roster and an admin, so every flow shows. */
export function sandboxDefaultPolicyPath(): string {
  return join(packageRoot(), 'examples', 'policy.yaml');
}

/**
 * `qunguard start`: with no puppet configured, the interactive simulated group;
 * with one, the bot on a real account. Returns the exit code: 2 for a bad setting
 * or an unusable data file (left untouched). A bad policy throws PolicyError, which
 * the CLI turns into exit 2.
 */
export async function runStart(args: StartArgs, io: StartIo = process): Promise<number> {
  try {
    const config = loadConfig();
    // Wechaty, jieba and the rest load only after the config is known to be good.
    if (!config.puppet) {
      const { runConsole } = await import('../sandbox/console/run-console.js');
      const { createConsoleLogger } = await import('../sandbox/console/console-logger.js');
      const [policyPath, why] = args.policy
        ? [args.policy, '--policy']
        : config.policyFile
          ? [config.policyFile, 'QUNGUARD_POLICY']
          : [sandboxDefaultPolicyPath(), '未指定 --policy：使用带花名册的示例策略'];
      return await runConsole({
        policyPath,
        policyLabel: `${shown(policyPath)}（${why}）`,
        // Only --data: QUNGUARD_DATA_DIR belongs to the real bot, whose data a simulation must never touch.
        dataDir: args.data ?? null,
        databaseUrl: config.databaseUrl,
        botName: config.botName,
        log: createConsoleLogger(config.logLevel ?? 'warn'),
        input: io.stdin,
        output: io.stdout,
        interactive: Boolean(io.stdin.isTTY && io.stdout.isTTY),
        tokenWithoutPuppet: config.tokenWithoutPuppet,
      });
    }
    const { runRealBot } = await import('./real-bot.js');
    const { createLogger } = await import('../log/logger.js');
    return await runRealBot({
      puppet: config.puppet,
      botName: config.botName,
      policyPath: args.policy ?? config.policyFile ?? defaultPolicyPath(),
      dataDir: args.data ?? config.dataDir,
      databaseUrl: config.databaseUrl,
      log: createLogger({ level: config.logLevel ?? 'info', secrets: [config.puppet.token] }),
      say: (text) => io.stderr.write(`${text}\n`),
    });
  } catch (err) {
    if (START_ERRORS.some((kind) => err instanceof kind)) {
      // Each of these says in Chinese what to fix; a database URL is shown without its password.
      io.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}

/** Mistakes the operator can fix before the bot runs: a setting, the data folder, the database. Exit 2. */
const START_ERRORS = [ConfigError, StoreCorruptError, StoreWriteError, DataPathError, DataLockedError, DatabaseUrlError, DatabaseOpenError, NewerSchemaError];

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
