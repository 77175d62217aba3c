/**
 * The operator's settings for `qunguard start`, read from the environment and checked once: puppet and token, bot name,
 * data folder or database, log level. A bad value is refused with a clear message, and secrets are never shown in one.
 */
import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { DatabaseUrlError, parseDatabaseUrl } from '../store/postgres/database-url.js';

/** pino's levels; LOG_LEVEL must be one of them. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A pino level name. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The puppet that connects the bot to a real account. */
export interface PuppetConfig {
  /** npm package of the puppet, e.g. `wechaty-puppet-service`. */
  name: string;
  token: string | null;
  /** `host:port` of the puppet service; null lets the puppet discover it from the token. */
  endpoint: string | null;
  /** Talk to the puppet service without TLS (self-hosted gateways that have none). */
  tlsDisabled: boolean;
}

/** Everything `qunguard start` takes from the environment, checked once. */
export interface AppConfig {
  /** null: no real account configured, so `start` runs the simulated group. */
  puppet: PuppetConfig | null;
  /** QUNGUARD_POLICY; `--policy` overrides it. */
  policyFile: string | null;
  /** QUNGUARD_DATA_DIR for the real bot; `--data` overrides it. */
  dataDir: string;
  /** QUNGUARD_DATABASE_URL: cases, members and history on PostgreSQL (several accounts); null keeps the lowdb data folder. */
  databaseUrl: string | null;
  /** null: each mode's default (info for the real bot, warn in the console). */
  logLevel: LogLevel | null;
  /** Names this bot instance: its login session is kept in `<data>/<name>.memory-card.json`. */
  botName: string;
  /** A service token is set but WECHATY_PUPPET is not: the user probably forgot one line. */
  tokenWithoutPuppet: boolean;
}

/** The puppet that means "no real account": the built-in simulation runs instead. */
export const SANDBOX_PUPPET = 'wechaty-puppet-mock';

/** The puppet that needs a token: a hosted or self-hosted Wechaty puppet service. */
export const SERVICE_PUPPET = 'wechaty-puppet-service';

const blank = (v: unknown): unknown => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v);
/** Wechaty puppets are published as `wechaty-puppet-*`, optionally under a scope. */
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?wechaty-puppet-[a-z0-9][a-z0-9._~-]*$/;
/** Wechaty tokens are `<sni>_<secret>`: `puppet_padlocal_…`, `puppet_workpro_…`, `insecure_…`. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9.-]*(_[A-Za-z0-9.-]+)*_[A-Za-z0-9.-]+$/;
const ENDPOINT = /^(?:(?:dns|ipv4|ipv6|unix):(?:\/\/[^\s/]*\/)?)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;
const BOT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

const envSchema = z.object({
  WECHATY_PUPPET: z.preprocess(blank, z.string().regex(PACKAGE_NAME, { error: `应为 Wechaty puppet 的 npm 包名（wechaty-puppet-…），例如 ${SERVICE_PUPPET}` }).optional()),
  WECHATY_PUPPET_SERVICE_TOKEN: z.preprocess(
    blank,
    z
      .string()
      .regex(TOKEN, { error: '格式不对：令牌应为“前缀_密钥”，例如 puppet_padlocal_… 或 insecure_…，中间不能有空格或引号（令牌内容不会显示）' })
      .optional(),
  ),
  WECHATY_PUPPET_SERVICE_ENDPOINT: z.preprocess(
    blank,
    z
      .string()
      .regex(ENDPOINT, { error: '应为“主机:端口”，例如 127.0.0.1:8788 或 puppet.example.com:443', abort: true })
      .refine((v) => validPort(v), { error: '端口应在 1 到 65535 之间' })
      .optional(),
  ),
  WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT: z.preprocess(
    (v) => blank(typeof v === 'string' ? v.toLowerCase() : v),
    z.enum([...TRUE, ...FALSE], { error: '应为 true 或 false' }).optional(),
  ),
  QUNGUARD_POLICY: z.preprocess(blank, z.string().optional()),
  QUNGUARD_DATA_DIR: z.preprocess(blank, z.string().default('data/')),
  QUNGUARD_DATABASE_URL: z.preprocess(
    blank,
    z
      .string()
      .superRefine((url, ctx) => {
        try {
          parseDatabaseUrl(url);
        } catch (err) {
          // The parser's message shows the URL without its password; the variable itself is never shown.
          ctx.addIssue({ code: 'custom', message: err instanceof DatabaseUrlError ? err.message.split('\n')[0]! : '数据库地址无法使用' });
        }
      })
      .optional(),
  ),
  QUNGUARD_BOT_NAME: z.preprocess(
    blank,
    z.string().regex(BOT_NAME, { error: '只能用字母、数字、点、横线和下划线（最多 64 个），因为它会成为文件名' }).default('qunguard'),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => blank(typeof v === 'string' ? v.toLowerCase() : v),
    z.enum(LOG_LEVELS, { error: `应为 ${LOG_LEVELS.join('、')} 之一` }).optional(),
  ),
});

/** Variables whose value is never shown, not even in an error message. */
const SECRET = new Set(['WECHATY_PUPPET_SERVICE_TOKEN', 'QUNGUARD_DATABASE_URL']);

function validPort(endpoint: string): boolean {
  const port = Number(ENDPOINT.exec(endpoint)?.[2]);
  return port >= 1 && port <= 65535;
}

/** Every variable QunGuard reads, in the order `.env.example` documents them. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

/**
 * Checks the environment once and turns it into the app's config; every mistake
 * is reported together as a ConfigError. `envFile` only names where values came from.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, envFile: string | null = null): AppConfig {
  const raw = Object.fromEntries(CONFIG_VARIABLES.map((k) => [k, env[k]]));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems: ConfigProblem[] = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '?');
      const value = env[variable]?.trim();
      const shown = SECRET.has(variable) || value === undefined ? '' : `当前为“${value}”，`;
      return { variable, problem: `${shown}${issue.message}` };
    });
    throw new ConfigError(problems, envFile);
  }
  const e = parsed.data;
  const puppetName = e.WECHATY_PUPPET && e.WECHATY_PUPPET !== SANDBOX_PUPPET ? e.WECHATY_PUPPET : null;
  if (puppetName === SERVICE_PUPPET && !e.WECHATY_PUPPET_SERVICE_TOKEN) {
    throw new ConfigError(
      [{ variable: 'WECHATY_PUPPET_SERVICE_TOKEN', problem: `使用 ${SERVICE_PUPPET} 时必须设置（向 puppet 服务商申请的令牌）` }],
      envFile,
    );
  }
  return {
    puppet: puppetName
      ? {
          name: puppetName,
          token: e.WECHATY_PUPPET_SERVICE_TOKEN ?? null,
          endpoint: e.WECHATY_PUPPET_SERVICE_ENDPOINT ?? null,
          tlsDisabled: TRUE.includes(e.WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_CLIENT ?? 'false'),
        }
      : null,
    policyFile: e.QUNGUARD_POLICY ?? null,
    dataDir: e.QUNGUARD_DATA_DIR,
    databaseUrl: e.QUNGUARD_DATABASE_URL ?? null,
    logLevel: e.LOG_LEVEL ?? null,
    botName: e.QUNGUARD_BOT_NAME,
    tokenWithoutPuppet: !puppetName && Boolean(e.WECHATY_PUPPET_SERVICE_TOKEN),
  };
}
