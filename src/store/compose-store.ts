/**
 * Builds a Store from a hot document and an archive, with every query, retention and archiving rule in one place, so the
 * in-memory and lowdb stores differ only in how they persist.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Archive } from './archive.js';
import { AuditTable } from './audit-table.js';
import { CaseTable } from './case-table.js';
import type { ChangeHooks } from './change-hooks.js';
import { DOCUMENT_VERSION, type HotDocument } from './document.js';
import { StoreClosedError } from './errors.js';
import { LeaseTable } from './lease-table.js';
import { MemberTable } from './member-table.js';
import { RoomTable } from './room-table.js';
import { DEFAULT_SEEN_LIMIT, SeenSet } from './seen-set.js';
import type { ArchiveResult, Store, StorePorts } from './ports.js';
import { StateTable } from './state-table.js';
import { unreadableStateWarning, warnOnStderr, type StoreWarning } from './store-warning.js';

/** Default retention of closed cases in the hot document: the escalation window. */
export const DEFAULT_RETENTION_MS = 30 * 24 * 3600 * 1000;

/** Tuning shared by every store implementation. */
export interface StoreOptions {
  /** Closed/overturned cases and audit entries older than this move to the archive (default 30 days). */
  retentionMs?: number;
  /** How many handled message ids are remembered for dedup (default 5000). */
  seenLimit?: number;
  /** Something got past without stopping (a skipped archive line, an unreadable state value); default: a line on stderr. */
  onWarning?: (warning: StoreWarning) => void;
}

/** What an implementation supplies: persistence only. */
export interface Persistence {
  /** Called after every mutation applied in memory; `lazy` when it may wait for a slower cadence. */
  onChange(lazy?: boolean): void;
  /** Resolves once every change so far is durable (after any unit of work holding writes back). */
  flush(): Promise<void>;
  /** Holds writes back until the returned release is called: a unit of work's changes land together. */
  hold(): () => void;
  /** When a new unit may begin: null for now, else after the write waiting for running units has started. */
  turn?(): Promise<void> | null;
}

/** Persistence that keeps nothing: the in-memory store's. */
export const NOTHING_PERSISTED: Persistence = { onChange() {}, flush: async () => {}, hold: () => () => {} };

/** A composed store plus what persistence writes: the hot document without its members, and the member table. */
export interface ComposedStore {
  store: Store;
  /** The current hot document, members, cases, state and dedup ids left out (they are persisted in parts); shares the stored records, so serialise it at once. */
  snapshot(): HotDocument;
  /** The members, for persisting the groups whose members changed. */
  members: MemberTable;
  /** The cases, for persisting the blocks whose cases changed. */
  cases: CaseTable;
  /** The key-value state, for persisting the buckets that changed. */
  state: StateTable;
  /** The dedup ids, for persisting the blocks that changed. */
  seen: SeenSet;
}

/**
 * Builds a Store over a hot document and an archive. All query and archive logic lives
 * here and in the tables, so the in-memory and lowdb stores differ only in persistence.
 */
export function composeStore(doc: HotDocument, archive: Archive, io: Persistence, opts: StoreOptions = {}): ComposedStore {
  const checkRetention = (ms: number): number => {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`retentionMs must be >= 0, got ${ms}`);
    return ms;
  };
  const defaultRetentionMs = checkRetention(opts.retentionMs ?? DEFAULT_RETENTION_MS);
  let closed = false;
  const hooks: ChangeHooks = {
    before() {
      if (closed) throw new StoreClosedError();
    },
    after(lazy) {
      io.onChange(lazy);
    },
  };
  const cases = new CaseTable(doc.nextCase, doc.cases, hooks, archive);
  const members = new MemberTable(doc.members, hooks);
  const rooms = new RoomTable(doc.rooms, hooks);
  const seen = new SeenSet(doc.seen, hooks, opts.seenLimit ?? DEFAULT_SEEN_LIMIT, doc.seenFrom ?? 0);
  const warn = opts.onWarning ?? warnOnStderr;
  const state = new StateTable(doc.state, hooks, (key, problem) => warn(unreadableStateWarning(key, problem)));
  const audit = new AuditTable(doc.audit, hooks, archive);
  const ports: StorePorts = { cases, members, rooms, seen, state, audit };
  // Marks the async work of a running unit, so a unit started inside it joins it instead of waiting for it.
  const units = new AsyncLocalStorage<{ open: boolean }>();

  const snapshot = (): HotDocument => ({
    version: DOCUMENT_VERSION,
    nextCase: cases.nextCaseNumber,
    cases: [],
    members: [],
    rooms: [...rooms.records()],
    seen: [],
    state: {},
    audit: [...audit.records()],
  });

  let running: Promise<ArchiveResult> | null = null;
  const archiveOld = async (nowMs: number, retentionMs: number): Promise<ArchiveResult> => {
    const cutoff = nowMs - retentionMs;
    const oldCases = cases.archivable(cutoff);
    const oldAudit = audit.archivable(cutoff);
    // Durable in the archive first; only then dropped from the hot document.
    await archive.append('cases', oldCases);
    await archive.append('audit', oldAudit);
    const result = { cases: cases.dropArchived(oldCases), audit: audit.dropArchived(oldAudit) };
    await io.flush();
    return result;
  };

  const store: Store = {
    ...ports,
    leases: new LeaseTable(),
    // Writes are held back while work runs, then its changes are flushed in one write. A unit
    // started inside it joins it; a flush() awaited inside it would wait for the unit itself.
    async atomically<T>(work: (tx: StorePorts) => Promise<T>): Promise<T> {
      if (units.getStore()?.open === true) return work(ports);
      if (closed) throw new StoreClosedError();
      const turn = io.turn?.() ?? null;
      if (turn) {
        await turn;
        if (closed) throw new StoreClosedError();
      }
      const unit = { open: true };
      const release = io.hold();
      let result: T;
      try {
        result = await units.run(unit, () => work(ports));
      } finally {
        unit.open = false;
        release();
      }
      await io.flush();
      return result;
    },
    archive(nowMs, archiveOpts = {}): Promise<ArchiveResult> {
      if (closed) return Promise.reject(new StoreClosedError());
      const retentionMs = checkRetention(archiveOpts.retentionMs ?? defaultRetentionMs);
      running ??= archiveOld(nowMs, retentionMs).finally(() => {
        running = null;
      });
      return running;
    },
    flush: () => io.flush(),
    async close(): Promise<void> {
      if (running) await running.catch(() => undefined);
      closed = true;
      await io.flush();
    },
  };
  return { store, snapshot, members, cases, state, seen };
}
