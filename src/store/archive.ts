/**
 * The archive port: cold, append-only monthly storage for cases and audit records that left the hot document, read only
 * on demand (digests, reports) and only for the months asked for.
 */
import type { z } from 'zod';

/** Which append-only series a record belongs to: one file per series per month. */
export type ArchiveKind = 'cases' | 'audit';

/** Anything archived is filed by when it happened. */
export interface Timed {
  at: number;
}

/**
 * Cold storage for records that no longer belong in the hot document. Append-only;
 * reads happen only on demand (digests, reports) and only for the months asked for.
 */
export interface Archive {
  /** Appends records durably; when this resolves they may be dropped from the hot document. */
  append(kind: ArchiveKind, records: readonly Timed[]): Promise<void>;
  /** Records with sinceMs <= at < untilMs, in the order they were appended. */
  read<T extends Timed>(kind: ArchiveKind, schema: z.ZodType<T>, sinceMs?: number, untilMs?: number): Promise<T[]>;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM` of an instant in China time (UTC+8, no DST): the month file a record goes to. */
export function monthKey(atMs: number): string {
  return new Date(atMs + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/** Whether a month file can hold records in [sinceMs, untilMs). */
export function monthInRange(month: string, sinceMs?: number, untilMs?: number): boolean {
  if (sinceMs !== undefined && month < monthKey(sinceMs)) return false;
  if (untilMs !== undefined && month > monthKey(Math.max(0, untilMs - 1))) return false;
  return true;
}

/** Whether an instant lies in [sinceMs, untilMs). */
export function inRange(atMs: number, sinceMs?: number, untilMs?: number): boolean {
  return (sinceMs === undefined || atMs >= sinceMs) && (untilMs === undefined || atMs < untilMs);
}

/** The archive kept in memory, for tests and the in-memory store. */
export class MemoryArchive implements Archive {
  readonly #series = new Map<ArchiveKind, Timed[]>();

  async append(kind: ArchiveKind, records: readonly Timed[]): Promise<void> {
    const list = this.#series.get(kind) ?? [];
    for (const r of records) list.push(structuredClone(r));
    this.#series.set(kind, list);
  }

  async read<T extends Timed>(kind: ArchiveKind, schema: z.ZodType<T>, sinceMs?: number, untilMs?: number): Promise<T[]> {
    const list = this.#series.get(kind) ?? [];
    return list.filter((r) => inRange(r.at, sinceMs, untilMs)).map((r) => schema.parse(r));
  }

  /** How many records a series holds, for tests. */
  count(kind: ArchiveKind): number {
    return this.#series.get(kind)?.length ?? 0;
  }
}
