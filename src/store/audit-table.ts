/** The audit log of admin actions in the embedded stores: recent entries in memory, older ones moved to the archive. */
import { auditRecordSchema } from '../core/records.js';
import type { AuditRecord } from '../core/records.js';
import { inRange, type Archive } from './archive.js';
import type { ChangeHooks } from './change-hooks.js';
import { checked } from './document.js';
import type { AuditLog } from './ports.js';

/** Recent admin actions in memory, older ones in the archive; shared by both stores. */
export class AuditTable implements AuditLog {
  #entries: AuditRecord[];

  constructor(
    entries: readonly AuditRecord[],
    private readonly hooks: ChangeHooks,
    private readonly archive: Archive,
  ) {
    this.#entries = [...entries];
  }

  async append(entry: AuditRecord): Promise<void> {
    this.hooks.before();
    this.#entries.push(checked(auditRecordSchema, 'audit', entry));
    this.hooks.after();
  }

  async list(sinceMs?: number, untilMs?: number): Promise<AuditRecord[]> {
    // An entry can sit in both places after a crash mid-archive; identical entries count once.
    const merged = new Map<string, AuditRecord>();
    for (const e of await this.archive.read('audit', auditRecordSchema, sinceMs, untilMs)) merged.set(JSON.stringify(e), e);
    for (const e of this.#entries) {
      if (inRange(e.at, sinceMs, untilMs)) merged.set(JSON.stringify(e), structuredClone(e));
    }
    return [...merged.values()].sort((a, b) => a.at - b.at);
  }

  /** The stored entries themselves, for persisting: callers must not change them. */
  records(): readonly AuditRecord[] {
    return this.#entries;
  }

  /** Entries older than cutoffMs: ready for the archive. */
  archivable(cutoffMs: number): AuditRecord[] {
    return this.#entries.filter((e) => e.at < cutoffMs);
  }

  /** Drops entries that were archived (by identity); returns how many went. */
  dropArchived(archived: readonly AuditRecord[]): number {
    const gone = new Set(archived);
    const before = this.#entries.length;
    this.#entries = this.#entries.filter((e) => !gone.has(e));
    const n = before - this.#entries.length;
    if (n > 0) this.hooks.after();
    return n;
  }
}
