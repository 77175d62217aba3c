/**
 * Leases (the speaker lease, schedule leases) for the embedded stores, where one process owns the data folder: claims
 * live in memory and vanish with the process.
 */
import type { Leases } from './ports.js';

/**
 * Leases of the embedded stores: one process owns the data folder, so the claims live in
 * memory (holder and expiry) and vanish with the process, like the process itself.
 */
export class LeaseTable implements Leases {
  readonly #held = new Map<string, { holder: string; untilMs: number }>();

  async claim(name: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`lease ttl must be > 0 ms, got ${ttlMs}`);
    const current = this.#held.get(name);
    if (current && current.holder !== holder && current.untilMs > nowMs) return false;
    this.#held.set(name, { holder, untilMs: nowMs + ttlMs });
    return true;
  }

  async release(name: string, holder: string): Promise<void> {
    if (this.#held.get(name)?.holder === holder) this.#held.delete(name);
  }

  async holder(name: string, nowMs: number): Promise<string | undefined> {
    const current = this.#held.get(name);
    return current && current.untilMs > nowMs ? current.holder : undefined;
  }
}
