/**
 * Loading the operator's configuration: `.env` in the working folder fills what the environment leaves unset, then
 * everything is validated in one place before the bot starts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { parseConfig, type AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';

/**
 * Reads `.env` from `cwd` into `env` (values already set in the environment win),
 * then checks everything once. Throws ConfigError for a bad value or an unreadable `.env`.
 */
export function loadConfig(opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): AppConfig {
  const env = opts.env ?? process.env;
  const file = join(opts.cwd ?? process.cwd(), '.env');
  const present = existsSync(file);
  if (present) {
    const result = loadDotenv({ path: file, processEnv: env as Record<string, string>, quiet: true });
    if (result.error) {
      throw new ConfigError([{ variable: '.env', problem: `无法读取 ${file}：${result.error.message}` }], file);
    }
  }
  return parseConfig(env, present ? file : null);
}
