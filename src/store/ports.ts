/**
 * The store ports the bot, the scheduler and the CLI code against. Every call returns a
 * promise, so the same code runs on the embedded lowdb folder (one account) and on
 * PostgreSQL (several accounts, several processes). A mutation has resolved once it is
 * applied; `await store.flush()` (or `store.atomically`) before acting on one that must
 * survive a crash. Every record handed out is a copy: change records through `update`.
 * Users declare the narrow part they need (`Pick<Store, 'cases' | 'audit'>`), not the whole.
 */
import type { AuditRecord, CaseRecord, MemberRecord, RoomRecord } from '../core/records.js';
import type { StateEntry, StateFamily } from './state-entry.js';

/** A change to a record: fields to overwrite, or a function that edits (or returns) a copy. */
export type Patch<T> = Partial<T> | ((draft: T) => T | void);

/** A JSON value, the only thing the key-value state may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Numbered moderation cases: the hot set (recent or unresolved) plus the monthly archive. */
export interface CaseStore {
  /** Hands out the next case id (`C1`, `C2`, …); never reused, unique across every process sharing the store. */
  nextCaseId(): Promise<string>;
  /** Records a new case; rejects with DuplicateCaseError if the id is taken. */
  add(record: CaseRecord): Promise<void>;
  /** A hot case by id; archived cases (closed long ago) are not returned. */
  get(id: string): Promise<CaseRecord | undefined>;
  /** Changes a hot case (the id cannot change); rejects with RecordNotFoundError if it is not hot. */
  update(id: string, patch: Patch<CaseRecord>): Promise<CaseRecord>;
  /** One member's hot cases in one group, oldest first, optionally only those at or after sinceMs. */
  byMember(roomId: string, memberId: string, sinceMs?: number): Promise<CaseRecord[]>;
  /** One member's hot cases in every group of the company, oldest first: `#记录` and the blocklist. */
  byMemberEverywhere(memberId: string, sinceMs?: number): Promise<CaseRecord[]>;
  /** One group's hot cases, oldest first. */
  byRoom(roomId: string, sinceMs?: number): Promise<CaseRecord[]>;
  /** The hot case made from a message, so a redelivered message never makes a second case. */
  findByMessageId(messageId: string): Promise<CaseRecord | undefined>;
  /** Every case in [sinceMs, untilMs), archived ones included, oldest first: for digests and reports. */
  all(sinceMs?: number, untilMs?: number): Promise<CaseRecord[]>;
  /** Cases waiting for an admin's decision: a pending removal or a pending appeal. */
  pending(): Promise<CaseRecord[]>;
}

/** What the bot knows about members, per group. */
export interface MemberStore {
  get(roomId: string, memberId: string): Promise<MemberRecord | undefined>;
  /** Inserts or replaces the member's record. */
  upsert(record: MemberRecord): Promise<void>;
  /** Changes a known member (room and member id cannot change); rejects with RecordNotFoundError otherwise. */
  update(roomId: string, memberId: string, patch: Patch<MemberRecord>): Promise<MemberRecord>;
  /** Marks a member as gone from the group; false if the member was unknown. */
  markLeft(roomId: string, memberId: string): Promise<boolean>;
  /** The members of one group, by default only those still in it. */
  listByRoom(roomId: string, opts?: { includeLeft?: boolean }): Promise<MemberRecord[]>;
  /** Members of every group, for sweeps such as nickname reminders. */
  list(opts?: { includeLeft?: boolean }): Promise<MemberRecord[]>;
}

/** The groups the bot is or was in. */
export interface RoomStore {
  get(roomId: string): Promise<RoomRecord | undefined>;
  upsert(record: RoomRecord): Promise<void>;
  /** Changes a known group (the id cannot change); rejects with RecordNotFoundError otherwise. */
  update(roomId: string, patch: Patch<RoomRecord>): Promise<RoomRecord>;
  list(): Promise<RoomRecord[]>;
}

/** Message ids already handled, so duplicate event deliveries never count twice; bounded. */
export interface SeenMessages {
  seen(messageId: string): Promise<boolean>;
  /** Remembers the id; true if it was new (check-and-set in one step, also across processes). */
  markSeen(messageId: string): Promise<boolean>;
}

/**
 * The bot's own small state (last digest sent, schedule markers, the outbox journal) as
 * typed entries: each entry names its key and checks what it reads back, so no caller casts.
 * A stored value that fails its entry's check reads as undefined (and is reported once).
 */
export interface StateStore {
  read<T>(entry: StateEntry<T>): Promise<T | undefined>;
  write<T>(entry: StateEntry<T>, value: T): Promise<void>;
  remove(entry: StateEntry<unknown>): Promise<void>;
  /** Every stored member of a family (`outbox.job.*`), in key order, with its checked value. */
  list<T>(family: StateFamily<T>): Promise<Array<{ entry: StateEntry<T>; value: T }>>;
}

/** Admin actions, append-only; old entries move to the archive with old cases. */
export interface AuditLog {
  append(entry: AuditRecord): Promise<void>;
  /** Entries in [sinceMs, untilMs), archived ones included, oldest first. */
  list(sinceMs?: number, untilMs?: number): Promise<AuditRecord[]>;
}

/**
 * Named, expiring claims shared by every process on the store: one account is a group's
 * speaker (`speaker:<roomId>`), one process runs a company's schedule. A claim held by
 * someone else and not expired is refused; the holder renews by claiming again.
 * On the embedded stores (one process) every claim by the one holder succeeds.
 */
export interface Leases {
  /** Takes or renews `name` for `holder` until nowMs + ttlMs; false if another holder has it. */
  claim(name: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean>;
  /** Gives `name` up if `holder` has it (on a clean stop). */
  release(name: string, holder: string): Promise<void>;
  /** Who holds `name` at nowMs, if anyone. */
  holder(name: string, nowMs: number): Promise<string | undefined>;
}

/** What one archive run moved out of the hot set. */
export interface ArchiveResult {
  cases: number;
  audit: number;
}

/** The record ports of one data set, without its lifecycle: what a unit of work sees. */
export interface StorePorts {
  readonly cases: CaseStore;
  readonly members: MemberStore;
  readonly rooms: RoomStore;
  readonly seen: SeenMessages;
  readonly state: StateStore;
  readonly audit: AuditLog;
}

/** All the ports over one data set, with its persistence. */
export interface Store extends StorePorts {
  readonly leases: Leases;
  /**
   * Runs `work` as one unit: everything it changes becomes durable together or not at all
   * (one flush of the lowdb file; one PostgreSQL transaction). Resolves with work's result
   * once durable; if work rejects nothing it changed is kept (PostgreSQL) or — lowdb, one
   * writer — what it already applied stays in memory and is flushed with the next change.
   * A case and the notices it queues are recorded this way before anything is sent.
   */
  atomically<T>(work: (tx: StorePorts) => Promise<T>): Promise<T>;
  /**
   * Moves closed/overturned cases and audit entries older than the retention window
   * into the monthly archive, then flushes. Run at start-up and nightly. The bot passes
   * the policy's longest escalation window, so an archived case never stops counting.
   */
  archive(nowMs: number, opts?: { retentionMs?: number }): Promise<ArchiveResult>;
  /** Resolves once every mutation made so far is durable; rejects with StoreWriteError if it cannot be. */
  flush(): Promise<void>;
  /** Flushes, then refuses further mutations. */
  close(): Promise<void>;
}
