import type { AuditRecord, CaseRecord, MemberRecord, RoomRecord } from '../core/records.js';

/**
 * The store ports the bot, the scheduler and the CLI code against. Reads of the hot
 * set are synchronous; mutations apply at once and are persisted in the background —
 * `await store.flush()` before acting on one that must survive a crash.
 * Every record handed out is a copy: change records through `update`, never in place.
 */

/** A change to a record: fields to overwrite, or a function that edits (or returns) a copy. */
export type Patch<T> = Partial<T> | ((draft: T) => T | void);

/** A JSON value, the only thing the key-value state may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Numbered moderation cases: the hot set (recent or unresolved) plus the monthly archive. */
export interface CaseStore {
  /** Hands out the next case id (`C1`, `C2`, …); never reused, even if the case is never added. */
  nextCaseId(): string;
  /** Records a new case; throws DuplicateCaseError if the id is taken. */
  add(record: CaseRecord): void;
  /** A hot case by id; archived cases (closed long ago) are not returned. */
  get(id: string): CaseRecord | undefined;
  /** Changes a hot case (the id cannot change); throws RecordNotFoundError if it is not hot. */
  update(id: string, patch: Patch<CaseRecord>): CaseRecord;
  /** One member's hot cases in one group, oldest first, optionally only those at or after sinceMs. */
  byMember(roomId: string, memberId: string, sinceMs?: number): CaseRecord[];
  /** One group's hot cases, oldest first. */
  byRoom(roomId: string, sinceMs?: number): CaseRecord[];
  /** The hot case made from a message, so a redelivered message never makes a second case. */
  findByMessageId(messageId: string): CaseRecord | undefined;
  /** Every case in [sinceMs, untilMs), archived ones included, oldest first: for digests and reports. */
  all(sinceMs?: number, untilMs?: number): Promise<CaseRecord[]>;
  /** Cases waiting for an admin's decision: a pending removal or a pending appeal. */
  pending(): CaseRecord[];
}

/** What the bot knows about members, per group. */
export interface MemberStore {
  get(roomId: string, memberId: string): MemberRecord | undefined;
  /** Inserts or replaces the member's record. */
  upsert(record: MemberRecord): void;
  /** Changes a known member (room and member id cannot change); throws RecordNotFoundError otherwise. */
  update(roomId: string, memberId: string, patch: Patch<MemberRecord>): MemberRecord;
  /** Marks a member as gone from the group; false if the member was unknown. */
  markLeft(roomId: string, memberId: string): boolean;
  /** The members of one group, by default only those still in it. */
  listByRoom(roomId: string, opts?: { includeLeft?: boolean }): MemberRecord[];
  /** Members of every group, for sweeps such as nickname reminders. */
  list(opts?: { includeLeft?: boolean }): MemberRecord[];
}

/** The groups the bot is or was in. */
export interface RoomStore {
  get(roomId: string): RoomRecord | undefined;
  upsert(record: RoomRecord): void;
  /** Changes a known group (the id cannot change); throws RecordNotFoundError otherwise. */
  update(roomId: string, patch: Patch<RoomRecord>): RoomRecord;
  list(): RoomRecord[];
}

/** Message ids already handled, so duplicate event deliveries never count twice; bounded. */
export interface SeenMessages {
  seen(messageId: string): boolean;
  /** Remembers the id; true if it was new (check-and-set in one step). */
  markSeen(messageId: string): boolean;
}

/** The bot's own small state (last digest sent, schedule markers), as JSON values. */
export interface StateStore {
  get(key: string): JsonValue | undefined;
  set(key: string, value: JsonValue): void;
  delete(key: string): void;
  /** Keys starting with `prefix`, in insertion order (the durable outbox lists its jobs this way). */
  keys(prefix: string): string[];
}

/** Admin actions, append-only; old entries move to the archive with old cases. */
export interface AuditLog {
  append(entry: AuditRecord): void;
  /** Entries in [sinceMs, untilMs), archived ones included, oldest first. */
  list(sinceMs?: number, untilMs?: number): Promise<AuditRecord[]>;
}

/** What one archive run moved out of the hot document. */
export interface ArchiveResult {
  cases: number;
  audit: number;
}

/** All the ports over one data set, with its persistence. */
export interface Store {
  readonly cases: CaseStore;
  readonly members: MemberStore;
  readonly rooms: RoomStore;
  readonly seen: SeenMessages;
  readonly state: StateStore;
  readonly audit: AuditLog;
  /**
   * Moves closed/overturned cases and audit entries older than the retention window
   * into the monthly archive, then flushes. Run at start-up and nightly. The bot passes
   * the policy's longest escalation window, so an archived case never stops counting.
   */
  archive(nowMs: number, opts?: { retentionMs?: number }): Promise<ArchiveResult>;
  /** Resolves once every mutation made so far is on disk; rejects with StoreWriteError if it cannot be. */
  flush(): Promise<void>;
  /** Flushes, then refuses further mutations. */
  close(): Promise<void>;
}
