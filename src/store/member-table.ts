/**
 * The members of each group for the embedded stores, kept in memory, indexed by group and contact id, and handed out
 * frozen so reads never copy; the lowdb store persists only the groups whose members changed.
 */
import { memberRecordSchema } from '../core/records.js';
import type { MemberRecord } from '../core/records.js';
import type { ChangeHooks } from './change-hooks.js';
import { checked } from './document.js';
import { RecordNotFoundError } from './errors.js';
import { applyPatch } from './patch.js';
import { ChangedParts, type PartedRecords } from './parted-tables.js';
import type { MemberStore, Patch } from './ports.js';

/**
 * Members per group, kept in memory; shared by the in-memory and lowdb stores. Stored records
 * are frozen and replaced on every change, never edited in place, so reads return them as they
 * are: a company digest or an outsiders check reads tens of thousands of members without a copy.
 */
export class MemberTable implements MemberStore, PartedRecords {
  readonly #rooms = new Map<string, Map<string, MemberRecord>>();
  /** Groups whose members changed since the last takeChangedRooms(). */
  readonly #changedRooms = new ChangedParts();

  constructor(
    members: readonly MemberRecord[],
    private readonly hooks: ChangeHooks,
  ) {
    for (const m of members) this.#put(Object.freeze({ ...m }));
    this.#changedRooms.take();
  }

  async get(roomId: string, memberId: string): Promise<MemberRecord | undefined> {
    return this.#rooms.get(roomId)?.get(memberId);
  }

  async upsert(record: MemberRecord): Promise<void> {
    this.hooks.before();
    this.#put(Object.freeze(checked(memberRecordSchema, 'member', record)));
    this.hooks.after();
  }

  async update(roomId: string, memberId: string, patch: Patch<MemberRecord>): Promise<MemberRecord> {
    this.hooks.before();
    const current = this.#rooms.get(roomId)?.get(memberId);
    if (!current) throw new RecordNotFoundError('member', `${roomId}/${memberId}`);
    const next = Object.freeze(applyPatch(current, patch, memberRecordSchema, 'member', ['roomId', 'memberId']));
    this.#put(next);
    this.hooks.after();
    return next;
  }

  async markLeft(roomId: string, memberId: string): Promise<boolean> {
    this.hooks.before();
    const current = this.#rooms.get(roomId)?.get(memberId);
    if (!current) return false;
    if (!current.left) {
      this.#put(Object.freeze({ ...current, left: true }));
      this.hooks.after();
    }
    return true;
  }

  async listByRoom(roomId: string, opts: { includeLeft?: boolean } = {}): Promise<MemberRecord[]> {
    const room = this.#rooms.get(roomId);
    return room ? kept(room.values(), opts.includeLeft === true) : [];
  }

  async list(opts: { includeLeft?: boolean } = {}): Promise<MemberRecord[]> {
    const out: MemberRecord[] = [];
    for (const room of this.#rooms.values()) out.push(...kept(room.values(), opts.includeLeft === true));
    return out;
  }

  /** The groups the bot knows members of. */
  parts(): string[] {
    return [...this.#rooms.keys()];
  }

  /** The stored records (frozen) of one group, for persisting it; empty when the bot knows no one there. */
  recordsOf(roomId: string): MemberRecord[] {
    return [...(this.#rooms.get(roomId)?.values() ?? [])];
  }

  /** The groups whose members changed since the last call, which it forgets: a persister writes just those. */
  takeChangedParts(): string[] {
    return this.#changedRooms.take();
  }

  /** Marks groups as changed again, when writing them failed and must be retried. */
  markChanged(roomIds: Iterable<string>): void {
    this.#changedRooms.mark(roomIds);
  }

  #put(m: MemberRecord): void {
    let room = this.#rooms.get(m.roomId);
    if (!room) this.#rooms.set(m.roomId, (room = new Map()));
    room.set(m.memberId, m);
    this.#changedRooms.add(m.roomId);
  }
}

function kept(members: Iterable<MemberRecord>, includeLeft: boolean): MemberRecord[] {
  const out: MemberRecord[] = [];
  for (const m of members) if (includeLeft || !m.left) out.push(m);
  return out;
}
