/** The members of each group for the embedded stores, kept in memory and looked up by group and contact id. */
import { memberRecordSchema } from '../core/records.js';
import type { MemberRecord } from '../core/records.js';
import type { ChangeHooks } from './change-hooks.js';
import { checked } from './document.js';
import { RecordNotFoundError } from './errors.js';
import { applyPatch } from './patch.js';
import type { MemberStore, Patch } from './ports.js';

const key = (roomId: string, memberId: string): string => `${roomId}\u0000${memberId}`;

/** Members per group, kept in memory; shared by the in-memory and lowdb stores. */
export class MemberTable implements MemberStore {
  readonly #members = new Map<string, MemberRecord>();

  constructor(
    members: readonly MemberRecord[],
    private readonly hooks: ChangeHooks,
  ) {
    for (const m of members) this.#members.set(key(m.roomId, m.memberId), m);
  }

  async get(roomId: string, memberId: string): Promise<MemberRecord | undefined> {
    const m = this.#members.get(key(roomId, memberId));
    return m && structuredClone(m);
  }

  async upsert(record: MemberRecord): Promise<void> {
    this.hooks.before();
    const m = checked(memberRecordSchema, 'member', record);
    this.#members.set(key(m.roomId, m.memberId), m);
    this.hooks.after();
  }

  async update(roomId: string, memberId: string, patch: Patch<MemberRecord>): Promise<MemberRecord> {
    this.hooks.before();
    const k = key(roomId, memberId);
    const current = this.#members.get(k);
    if (!current) throw new RecordNotFoundError('member', `${roomId}/${memberId}`);
    const next = applyPatch(current, patch, memberRecordSchema, 'member', ['roomId', 'memberId']);
    this.#members.set(k, next);
    this.hooks.after();
    return structuredClone(next);
  }

  async markLeft(roomId: string, memberId: string): Promise<boolean> {
    this.hooks.before();
    const k = key(roomId, memberId);
    const current = this.#members.get(k);
    if (!current) return false;
    if (!current.left) {
      this.#members.set(k, { ...current, left: true });
      this.hooks.after();
    }
    return true;
  }

  async listByRoom(roomId: string, opts: { includeLeft?: boolean } = {}): Promise<MemberRecord[]> {
    return this.#select((m) => m.roomId === roomId && (opts.includeLeft === true || !m.left));
  }

  async list(opts: { includeLeft?: boolean } = {}): Promise<MemberRecord[]> {
    return this.#select((m) => opts.includeLeft === true || !m.left);
  }

  /** The stored records themselves, for persisting: callers must not change them. */
  records(): IterableIterator<MemberRecord> {
    return this.#members.values();
  }

  #select(keep: (m: MemberRecord) => boolean): MemberRecord[] {
    const out: MemberRecord[] = [];
    for (const m of this.#members.values()) if (keep(m)) out.push(structuredClone(m));
    return out;
  }
}
