/**
 * The embedded archive on disk, where old closed cases and audit records go once they leave the hot document, so the hot
 * file stays small while the history stays readable for digests and reports.
 */
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { inRange, monthInRange, monthKey, type Archive, type ArchiveKind, type Timed } from './archive.js';
import { describeIssues } from './document.js';
import { StoreCorruptError } from './errors.js';

/** An archive line that could not be read: where it is and why; the line is skipped. */
export interface BadArchiveLine {
  file: string;
  line: number;
  problem: string;
}

/**
 * The archive as append-only JSON-lines files, one per series and month (UTC+8):
 * `<dir>/cases-2026-11.jsonl`. Appends are fsynced before they resolve, because the
 * caller then drops the records from the hot document. A corrupt line is skipped and
 * reported to `onBadLine`, so one bad line never hides a month of history.
 */
export class JsonlArchive implements Archive {
  constructor(
    readonly dir: string,
    private readonly onBadLine: (bad: BadArchiveLine) => void = () => undefined,
  ) {}

  /** Path of the file holding one series for one `YYYY-MM` month. */
  fileFor(kind: ArchiveKind, month: string): string {
    return join(this.dir, `${kind}-${month}.jsonl`);
  }

  async append(kind: ArchiveKind, records: readonly Timed[]): Promise<void> {
    if (records.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    const byMonth = new Map<string, string[]>();
    for (const r of records) {
      const m = monthKey(r.at);
      const lines = byMonth.get(m) ?? [];
      lines.push(JSON.stringify(r));
      byMonth.set(m, lines);
    }
    for (const [month, lines] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
      await appendLines(this.fileFor(kind, month), lines.join('\n') + '\n', this.dir);
    }
  }

  async read<T extends Timed>(kind: ArchiveKind, schema: z.ZodType<T>, sinceMs?: number, untilMs?: number): Promise<T[]> {
    const pattern = new RegExp(`^${kind}-(\\d{4}-\\d{2})\\.jsonl$`);
    const months = (await listDir(this.dir))
      .map((name) => pattern.exec(name)?.[1])
      .filter((m): m is string => m !== undefined && monthInRange(m, sinceMs, untilMs))
      .sort();
    const out: T[] = [];
    for (const month of months) {
      const file = this.fileFor(kind, month);
      for (const r of parseLines(file, await readText(file), schema, this.onBadLine)) {
        if (inRange(r.at, sinceMs, untilMs)) out.push(r);
      }
    }
    return out;
  }
}

/**
 * Appends text to a file. A tail without a final newline can only be an append that
 * never completed (so its records are still in the hot document): it is cut off first.
 */
async function appendLines(file: string, text: string, dir: string): Promise<void> {
  const fh = await open(file, 'a+');
  let created = false;
  try {
    const { size } = await fh.stat();
    created = size === 0;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await fh.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) {
        const whole = await fh.readFile();
        await fh.truncate(whole.lastIndexOf(0x0a) + 1);
      }
    }
    await fh.appendFile(text, 'utf8');
    await fh.datasync();
  } finally {
    await fh.close();
  }
  if (created) await syncDir(dir);
}

/** Makes a new file's directory entry durable; best effort where directories cannot be opened. */
async function syncDir(dir: string): Promise<void> {
  try {
    const d = await open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Not supported on every platform; the data itself is already synced.
  }
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StoreCorruptError(dir, 'unreadable', (e as Error).message, { cause: e });
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new StoreCorruptError(file, 'unreadable', (e as Error).message, { cause: e });
  }
}

/** Parses and checks every line; a torn last line (no final newline) is skipped silently, any other bad line is reported and skipped. */
function parseLines<T>(file: string, text: string, schema: z.ZodType<T>, onBadLine: (bad: BadArchiveLine) => void): T[] {
  const lines = text.split('\n');
  const tornTail = !text.endsWith('\n');
  if (!tornTail) lines.pop();
  const out: T[] = [];
  lines.forEach((line, i) => {
    const isTail = tornTail && i === lines.length - 1;
    const bad = (problem: string): void => {
      if (!isTail) onBadLine({ file, line: i + 1, problem });
    };
    if (line.trim() === '') return bad('空行 / empty line');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      return bad(`不是有效的 JSON / not JSON: ${(e as Error).message}`);
    }
    const r = schema.safeParse(value);
    if (r.success) out.push(r.data);
    else bad(`内容结构不符合预期 / wrong shape: ${describeIssues(r.error)}`);
  });
  return out;
}
