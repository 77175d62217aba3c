/**
 * `qunguard digest`: prints, offline and read-only, the digest the bot would send (from the data folder or the shared
 * PostgreSQL database), so an operator can reprint or check a past digest while the bot keeps running.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { collectDigest } from '../bot/digest/collect-digest.js';
import { renderDigestChart } from '../bot/digest/render-chart.js';
import { PERIOD_DAYS, type DigestPeriod } from '../core/digest/digest-period.js';
import type { Digest } from '../core/digest/digest-types.js';
import { addLocalDays, isLocalMidnight, localMidnight } from '../core/digest/local-day.js';
import { renderDigest } from '../core/digest/render-digest.js';
import { parseDuration } from '../core/policy/duration.js';
import type { CompiledPolicy } from '../policy/compile-policy.js';
import { DataPathError, DEFAULT_DATA_FILE, StoreCorruptError, StoreWriteError, type Store } from '../store/index.js';
import { DatabaseUrlError } from '../store/postgres/database-url.js';
import { DatabaseOpenError } from '../store/postgres/postgres-store.js';
import { openConfiguredStore } from './open-configured-store.js';

/** Where `start` keeps its data unless told otherwise. */
export const DEFAULT_DATA_DIR = 'data';

/** What `qunguard digest` was asked for. */
export interface DigestCommandOptions {
  /** The compiled policy: its time zone is the digest's. */
  policy: Pick<CompiledPolicy, 'timeZone'>;
  data?: string;
  /** QUNGUARD_DATABASE_URL: read the digest from PostgreSQL (every account's groups) instead of the folder. */
  databaseUrl?: string | null;
  /** QUNGUARD_BOT_NAME: names the database connection. */
  botName?: string;
  /** A policy duration (`7d`, `24h`); default `7d`. */
  since?: string;
  /** End of the period: `YYYY-MM-DD` (local midnight, policy timezone) or an ISO time; default now. */
  until?: string;
  /** Print the digest as one JSON object instead of text. */
  json?: boolean;
  /** Also write the chart PNG to this file. */
  chart?: string;
  now: number;
}

/** A mistake on the command line or in the data folder: one clear line, exit 2. */
export class DigestCommandError extends Error {
  override readonly name = 'DigestCommandError';
}

/**
 * `qunguard digest`: the digest the bot would send, printed from the data folder (or the
 * PostgreSQL database every account shares) offline, read-only. A whole-day span of 7 (1) days is labelled as the weekly
 * (daily) digest, so `--until 2026-11-30` reprints the digest sent that Monday.
 */
export async function runDigest(opts: DigestCommandOptions, out: Writable): Promise<void> {
  const tz = opts.policy.timeZone;
  const period = parsePeriod(opts.since ?? '7d', opts.until, opts.now, tz);
  if (opts.chart) checkChartPath(resolve(opts.chart));
  let store: Store;
  try {
    store = (await openDigestStore(opts)).store;
  } catch (err) {
    if (READ_ERRORS.some((kind) => err instanceof kind)) throw new DigestCommandError((err as Error).message, { cause: err });
    throw err;
  }
  try {
    const digest = await collectDigest(store, { period, timeZone: tz });
    if (opts.chart) await writeChart(digest, resolve(opts.chart));
    out.write(opts.json ? `${JSON.stringify(digestJson(digest))}\n` : `${renderDigest(digest)}\n`);
  } finally {
    await store.close();
  }
}

/** What opening the digest's store may fail with that the operator can fix: one message, exit 2. */
const READ_ERRORS = [StoreCorruptError, StoreWriteError, DataPathError, DatabaseUrlError, DatabaseOpenError];

/** The database when one is configured, else the data folder, read without its lock so the bot may run meanwhile. */
function openDigestStore(opts: DigestCommandOptions): ReturnType<typeof openConfiguredStore> {
  const botName = opts.botName ?? 'qunguard';
  if (opts.databaseUrl) return openConfiguredStore({ databaseUrl: opts.databaseUrl, botName, dataDir: null, readOnly: true });
  const dir = resolve(opts.data ?? DEFAULT_DATA_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DigestCommandError(`数据目录不存在：${dir}（用 --data DIR 指定机器人的数据目录）\nData directory not found: ${dir} (pass --data DIR)`);
  }
  if (!existsSync(join(dir, DEFAULT_DATA_FILE))) {
    throw new DigestCommandError(`数据目录中没有 ${DEFAULT_DATA_FILE}：${dir}（机器人尚未在此目录运行过？）\nNo ${DEFAULT_DATA_FILE} in ${dir} (has the bot run with this data directory?)`);
  }
  return openConfiguredStore({ databaseUrl: null, botName, dataDir: dir, readOnly: true, onWarning: (w) => process.stderr.write(`${w.message}\n`) });
}

/** The period from `--since` and `--until`. */
export function parsePeriod(since: string, until: string | undefined, now: number, timeZone: string): DigestPeriod {
  const span = parseDuration(since);
  if (span === null || span <= 0) throw new DigestCommandError(`--since 应为时长，例如 7d、24h（收到 "${since}"）\n--since takes a duration such as 7d or 24h (got "${since}")`);
  const end = until === undefined ? now : parseUntil(until, timeZone);
  const start = end - span;
  const days = span / 86_400_000;
  const wholeDays = isLocalMidnight(start, timeZone) && isLocalMidnight(end, timeZone) && addLocalDays(end, -days, timeZone) === start;
  const kind = wholeDays && days === PERIOD_DAYS.weekly ? 'weekly' : wholeDays && days === PERIOD_DAYS.daily ? 'daily' : 'custom';
  return { kind, since: start, until: end };
}

function parseUntil(text: string, timeZone: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    // A calendar date only: 2026-13-01 or 2026-02-30 would otherwise roll over into another day.
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      throw new DigestCommandError(`--until 不是有效日期："${text}"（月份 01–12，日期须在该月内）\n--until is not a valid date: "${text}" (month 01-12, day within the month)`);
    }
    return localMidnight(year, month, day, timeZone);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text.trim()) && !validIsoDate(text.trim())) {
    throw new DigestCommandError(`--until 不是有效时间："${text}"\n--until is not a valid time: "${text}"`);
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new DigestCommandError(`--until 应为日期 2026-11-30 或 ISO 时间（收到 "${text}"）\n--until takes a date (2026-11-30) or an ISO time (got "${text}")`);
  return ms;
}

/** True when the date part of an ISO time is a real calendar date (Date.parse accepts 2026-02-30T…). */
function validIsoDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Refuses a chart path whose folder does not exist (or is a file), before any work is done. */
function checkChartPath(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DigestCommandError(`图表目录不存在：${dir}（请先创建，或换一个 --chart 路径）\nChart folder not found: ${dir} (create it or pass another --chart path)`);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new DigestCommandError(`--chart 应为文件路径，而 ${path} 是目录\n--chart takes a file path; ${path} is a directory`);
  }
}

async function writeChart(digest: Digest, path: string): Promise<void> {
  const png = await renderDigestChart(digest);
  if (!png) {
    process.stderr.write('本期没有案件，未生成图表。\nNo cases in the period: no chart written.\n');
    return;
  }
  try {
    await writeFile(path, png);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new DigestCommandError(`无法写入图表 ${path}（${code}）\nCannot write the chart to ${path} (${code})`, { cause: err });
  }
}

/** `--json`: the digest with ISO times next to the epoch milliseconds. */
export function digestJson(digest: Digest): Record<string, unknown> {
  const iso = (ms: number): string => new Date(ms).toISOString();
  return {
    ...digest,
    period: { ...digest.period, sinceIso: iso(digest.period.since), untilIso: iso(digest.period.until) },
    days: digest.days.map((d) => ({ ...d, dayIso: iso(d.day) })),
  };
}
