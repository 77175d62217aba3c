/**
 * The `qunguard` command line: parses the sub-command and hands off to it; an operator's mistake ends with one clear
 * message and exit 2, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileScreener } from '../policy/compile-screener.js';
import { defaultPolicyPath } from '../config/package-root.js';
import { LOG_LEVELS, type LogLevel } from '../config/app-config.js';
import { loadPolicy } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-error.js';
import { runCheck } from './check-command.js';
import { runNick } from './nick-command.js';
import { createJsonLinesWriter } from './json-lines.js';

/** A wrong command line: the message and the usage go to stderr, exit 2. */
class UsageError extends Error {}

const USAGE = `群管家 QunGuard

用法 / usage:
  qunguard start    [--policy FILE] [--data DIR]   启动机器人（未配置 WECHATY_PUPPET 时进入模拟群；设置 QUNGUARD_DATABASE_URL 时数据在 PostgreSQL）
  qunguard check    --policy FILE                  从标准输入逐行检查消息，输出 JSON lines
  qunguard nick     --policy FILE                  从标准输入逐行检查群昵称，输出 JSON lines
  qunguard simulate --script FILE                  按脚本模拟一个群，输出机器人的每个动作
  qunguard digest   [--policy FILE] [--data DIR] [--since 7d] [--until 2026-11-30] [--json] [--chart FILE]
                                                   根据数据文件（或 QUNGUARD_DATABASE_URL 的数据库）离线生成周报（--json 输出 JSON，--chart 另存图表 PNG）
  qunguard migrate  --from DIR [--to postgres://…] [--json]
                                                   把数据目录迁移到 PostgreSQL（默认 QUNGUARD_DATABASE_URL；可重复执行）
`;

/** The CLI: parses the sub-command and hands off; user mistakes exit 2 with a clear message, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      policy: { type: 'string' },
      script: { type: 'string' },
      data: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      json: { type: 'boolean' },
      chart: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (!command || values.help || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'start': {
      const { runStart } = await import('./start-command.js');
      return runStart({ policy: values.policy, data: values.data });
    }
    case 'check': {
      const screener = compileScreener(loadPolicy(values.policy ?? defaultPolicyPath()));
      await runCheck(screener, process.stdin, process.stdout);
      return 0;
    }
    case 'nick': {
      await runNick(loadPolicy(values.policy ?? defaultPolicyPath()), process.stdin, process.stdout);
      return 0;
    }
    case 'simulate': {
      if (!values.script) throw new UsageError('simulate 需要 --script FILE');
      // A missing script is a missing file, not a policy problem.
      if (!existsSync(values.script)) {
        process.stderr.write(`模拟脚本不存在：${resolve(values.script)}\nSimulation script not found: ${resolve(values.script)}\n`);
        return 2;
      }
      const out = createJsonLinesWriter(process.stdout);
      const pending: Promise<void>[] = [];
      const { runScript } = await import('../sandbox/run-script.js');
      const { createLogger } = await import('../log/logger.js');
      await runScript(values.script, (line) => pending.push(out.write(line)), { log: createLogger({ level: scriptLogLevel(process.env.LOG_LEVEL), destination: process.stderr }) });
      await Promise.all(pending);
      await out.end();
      return 0;
    }
    case 'digest': {
      const policy = loadPolicy(values.policy ?? defaultPolicyPath()).compiled;
      const { DigestCommandError, runDigest } = await import('./digest-command.js');
      const { ConfigError } = await import('../config/config-error.js');
      try {
        // The database (QUNGUARD_DATABASE_URL, checked with the rest of the settings) when one is configured.
        const { loadConfig } = await import('../config/load-config.js');
        const config = loadConfig();
        await runDigest({ policy, data: values.data, databaseUrl: config.databaseUrl, botName: config.botName, since: values.since, until: values.until, json: values.json, chart: values.chart, now: Date.now() }, process.stdout);
        return 0;
      } catch (err) {
        if (!(err instanceof DigestCommandError) && !(err instanceof ConfigError)) throw err;
        process.stderr.write(`${err.message}\n`);
        return 2;
      }
    }
    case 'migrate': {
      const { runMigrate } = await import('./migrate-command.js');
      return runMigrate({ from: values.from, to: values.to, json: values.json }, process.stdout, process.stderr);
    }
    default:
      process.stderr.write(`未知命令 "${command}"\n\n${USAGE}`);
      return 2;
  }
}

/** Runs main and turns known user errors into exit code 2 with a one-line message. */
export function run(argv: string[]): void {
  // A reader that goes away (`| head`) ends the run quietly, like any Unix filter.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof PolicyError) {
        process.stderr.write(`策略错误 / policy error: ${err.message}\n`);
        process.exitCode = 2;
      } else if (err instanceof UsageError) {
        process.stderr.write(`${err.message}\n\n${USAGE}`);
        process.exitCode = 2;
      } else if (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`${err.message}\n\n${USAGE}`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`内部错误 / internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
        process.exitCode = 1;
      }
    },
  );
}

/** `simulate` logs nothing unless LOG_LEVEL names a pino level; an unknown value is said once and ignored (the run's output is its JSON lines). */
function scriptLogLevel(value: string | undefined): LogLevel {
  const level = value?.trim().toLowerCase();
  if (!level) return 'silent';
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  process.stderr.write(`LOG_LEVEL“${value}”无效（应为 ${LOG_LEVELS.join('、')} 之一），模拟不记录日志。\n`);
  return 'silent';
}
