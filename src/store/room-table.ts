/** The groups the bot knows for the embedded stores, kept in memory by room id. */
import { roomRecordSchema } from '../core/records.js';
import type { RoomRecord } from '../core/records.js';
import type { ChangeHooks } from './change-hooks.js';
import { checked } from './document.js';
import { RecordNotFoundError } from './errors.js';
import { applyPatch } from './patch.js';
import type { Patch, RoomStore } from './ports.js';

/** The groups, kept in memory; shared by the in-memory and lowdb stores. */
export class RoomTable implements RoomStore {
  readonly #rooms = new Map<string, RoomRecord>();

  constructor(
    rooms: readonly RoomRecord[],
    private readonly hooks: ChangeHooks,
  ) {
    for (const r of rooms) this.#rooms.set(r.roomId, r);
  }

  async get(roomId: string): Promise<RoomRecord | undefined> {
    const r = this.#rooms.get(roomId);
    return r && structuredClone(r);
  }

  async upsert(record: RoomRecord): Promise<void> {
    this.hooks.before();
    const r = checked(roomRecordSchema, 'room', record);
    this.#rooms.set(r.roomId, r);
    this.hooks.after();
  }

  async update(roomId: string, patch: Patch<RoomRecord>): Promise<RoomRecord> {
    this.hooks.before();
    const current = this.#rooms.get(roomId);
    if (!current) throw new RecordNotFoundError('room', roomId);
    const next = applyPatch(current, patch, roomRecordSchema, 'room', ['roomId']);
    this.#rooms.set(roomId, next);
    this.hooks.after();
    return structuredClone(next);
  }

  async list(): Promise<RoomRecord[]> {
    return [...this.#rooms.values()].map((r) => structuredClone(r));
  }

  /** The stored records themselves, for persisting: callers must not change them. */
  records(): IterableIterator<RoomRecord> {
    return this.#rooms.values();
  }
}
