/**
 * The hot cases and their indexes (by member, by contact, by message) for the embedded stores: the case queries
 * the in-memory and lowdb stores share, in a stable order.
 */
import { awaitsDecision } from '../core/cases/awaits-decision.js';
import { archivable } from '../core/cases/archivable.js';
import type { CaseRecord } from '../core/records.js';
import { inRange, type Archive } from './archive.js';
import type { ChangeHooks } from './change-hooks.js';
import { storedCaseSchema, checked } from './document.js';
import { DuplicateCaseError, RecordNotFoundError } from './errors.js';
import { applyPatch } from './patch.js';
import { caseBlock, ChangedParts, type PartedRecords } from './parted-tables.js';
import type { CaseStore, Patch } from './ports.js';

const caseNumber = (id: string): number => Number(id.slice(1));

/** Oldest first; ties by case number, so lists are stable. */
const byTime = (a: CaseRecord, b: CaseRecord): number => a.at - b.at || caseNumber(a.id) - caseNumber(b.id);

const memberKey = (roomId: string, memberId: string): string => `${roomId}\u0000${memberId}`;

/** The hot cases with their indexes: the query logic shared by the in-memory and lowdb stores. */
export class CaseTable implements CaseStore, PartedRecords {
  readonly #cases = new Map<string, CaseRecord>();
  readonly #byMessage = new Map<string, Set<string>>();
  readonly #byMember = new Map<string, Set<string>>();
  readonly #byMemberId = new Map<string, Set<string>>();
  /** Case ids by the block they are filed under, and the blocks changed since the last takeChangedParts(). */
  readonly #byBlock = new Map<string, Set<string>>();
  readonly #changedBlocks = new ChangedParts();
  #nextCase: number;

  constructor(
    nextCase: number,
    cases: readonly CaseRecord[],
    private readonly hooks: ChangeHooks,
    private readonly archive: Archive,
  ) {
    let highest = 0;
    for (const c of cases) {
      this.#insert(c);
      highest = Math.max(highest, caseNumber(c.id));
    }
    this.#nextCase = Math.max(nextCase, highest + 1);
    this.#changedBlocks.take();
  }

  async nextCaseId(): Promise<string> {
    this.hooks.before();
    const id = `C${this.#nextCase}`;
    this.#nextCase += 1;
    this.hooks.after();
    return id;
  }

  async add(record: CaseRecord): Promise<void> {
    this.hooks.before();
    const c = checked(storedCaseSchema, 'case', record);
    if (this.#cases.has(c.id)) throw new DuplicateCaseError(c.id);
    this.#insert(c);
    if (caseNumber(c.id) >= this.#nextCase) this.#nextCase = caseNumber(c.id) + 1;
    this.hooks.after();
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const c = this.#cases.get(id);
    return c && structuredClone(c);
  }

  async update(id: string, patch: Patch<CaseRecord>): Promise<CaseRecord> {
    this.hooks.before();
    const current = this.#cases.get(id);
    if (!current) throw new RecordNotFoundError('case', id);
    const next = applyPatch(current, patch, storedCaseSchema, 'case', ['id']);
    this.#remove(current);
    this.#insert(next);
    this.hooks.after();
    return structuredClone(next);
  }

  async byMember(roomId: string, memberId: string, sinceMs?: number): Promise<CaseRecord[]> {
    return this.#pick(this.#byMember.get(memberKey(roomId, memberId)), sinceMs);
  }

  async byMemberEverywhere(memberId: string, sinceMs?: number): Promise<CaseRecord[]> {
    return this.#pick(this.#byMemberId.get(memberId), sinceMs);
  }

  async byRoom(roomId: string, sinceMs?: number): Promise<CaseRecord[]> {
    return this.#select((c) => c.roomId === roomId && inRange(c.at, sinceMs));
  }

  async findByMessageId(messageId: string): Promise<CaseRecord | undefined> {
    return this.#pick(this.#byMessage.get(messageId))[0];
  }

  async all(sinceMs?: number, untilMs?: number): Promise<CaseRecord[]> {
    const merged = new Map<string, CaseRecord>();
    // A case can sit in both places after a crash mid-archive; the hot copy wins.
    for (const c of await this.archive.read('cases', storedCaseSchema, sinceMs, untilMs)) merged.set(c.id, c);
    for (const c of this.#cases.values()) {
      if (inRange(c.at, sinceMs, untilMs)) merged.set(c.id, structuredClone(c));
    }
    return [...merged.values()].sort(byTime);
  }

  async pending(): Promise<CaseRecord[]> {
    return this.#select(awaitsDecision);
  }

  /** Number the next case id will carry, for persisting. */
  get nextCaseNumber(): number {
    return this.#nextCase;
  }

  /** The blocks that hold cases. */
  parts(): string[] {
    return [...this.#byBlock.keys()];
  }

  /** Settled cases opened before cutoffMs that may leave the hot set (a removal stays: see core `archivable`). */
  archivable(cutoffMs: number): CaseRecord[] {
    return [...this.#cases.values()].filter((c) => archivable(c, cutoffMs));
  }

  /** Drops archived cases, except any changed meanwhile (compared by identity); returns how many went. */
  dropArchived(archived: readonly CaseRecord[]): number {
    let n = 0;
    for (const c of archived) {
      if (this.#cases.get(c.id) !== c) continue;
      this.#remove(c);
      n += 1;
    }
    if (n > 0) this.hooks.after();
    return n;
  }

  #pick(ids: Set<string> | undefined, sinceMs?: number): CaseRecord[] {
    if (!ids) return [];
    const out: CaseRecord[] = [];
    for (const id of ids) {
      const c = this.#cases.get(id);
      if (c && inRange(c.at, sinceMs)) out.push(structuredClone(c));
    }
    return out.sort(byTime);
  }

  #select(keep: (c: CaseRecord) => boolean): CaseRecord[] {
    const out: CaseRecord[] = [];
    for (const c of this.#cases.values()) if (keep(c)) out.push(structuredClone(c));
    return out.sort(byTime);
  }

  /** The stored cases of one block, for persisting it. */
  recordsOf(block: string): CaseRecord[] {
    const out: CaseRecord[] = [];
    for (const id of this.#byBlock.get(block) ?? []) out.push(this.#cases.get(id)!);
    return out;
  }

  /** The blocks whose cases changed since the last call, which it forgets: a persister writes just those. */
  takeChangedParts(): string[] {
    return this.#changedBlocks.take();
  }

  /** Marks blocks as changed again, when writing them failed and must be retried. */
  markChanged(blocks: Iterable<string>): void {
    this.#changedBlocks.mark(blocks);
  }

  #insert(c: CaseRecord): void {
    this.#cases.set(c.id, c);
    const block = caseBlock(c);
    addTo(this.#byBlock, block, c.id);
    this.#changedBlocks.add(block);
    addTo(this.#byMember, memberKey(c.roomId, c.memberId), c.id);
    addTo(this.#byMemberId, c.memberId, c.id);
    if (c.messageId !== null) addTo(this.#byMessage, c.messageId, c.id);
  }

  #remove(c: CaseRecord): void {
    this.#cases.delete(c.id);
    const block = caseBlock(c);
    removeFrom(this.#byBlock, block, c.id);
    this.#changedBlocks.add(block);
    removeFrom(this.#byMember, memberKey(c.roomId, c.memberId), c.id);
    removeFrom(this.#byMemberId, c.memberId, c.id);
    if (c.messageId !== null) removeFrom(this.#byMessage, c.messageId, c.id);
  }
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  if (set) set.add(id);
  else index.set(key, new Set([id]));
}

function removeFrom(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  set?.delete(id);
  if (set?.size === 0) index.delete(key);
}
