/**
 * Flood detection (刷屏): too many messages, or the same text repeated, by one member within a window. A burst opens one
 * case and one notice only, however long it goes on, and the detector's memory stays bounded.
 */
import type { Finding, Severity } from '../types.js';
import { repeatKey } from './repeat-key.js';

/** A group's flood rule, compiled: more than `messages` within `withinMs`, or one text more than `repeats` times. */
export interface FloodPolicy {
  messages: number;
  withinMs: number;
  repeats: number;
  severity: Severity;
}

/** The policy's defaults: `flood: { messages: 10, within: 60s, repeats: 3 }`, low severity. */
export const DEFAULT_FLOOD_POLICY: FloodPolicy = { messages: 10, withinMs: 60_000, repeats: 3, severity: 'low' };

/** One message as the flood rule sees it; `text` is '' for images, stickers and other kinds without text. */
export interface FloodInput {
  roomId: string;
  memberId: string;
  text: string;
  /** Epoch milliseconds. */
  at: number;
}

/** Which limit the burst broke. */
export type FloodReason = 'messages' | 'repeats';

/**
 * `normal`: not a flood. `flood`: a burst just crossed a limit — open ONE case
 * and send one notice. `ongoing`: the message belongs to a burst already
 * reported — no new case, no notice.
 */
export type FloodVerdict =
  | { kind: 'normal' }
  | { kind: 'flood'; reason: FloodReason; count: number; since: number; finding: Finding }
  | { kind: 'ongoing'; since: number };

/** Bounds on what the detector remembers. */
export interface FloodMemory {
  /** Members (per room) tracked at once; the least recently active are forgotten first. */
  maxMembers: number;
}

interface Entry {
  at: number;
  key: number;
}

interface MemberWindow {
  entries: Entry[];
  /** Start of the burst already reported, or null when the member is not flooding. */
  burstSince: number | null;
  lastAt: number;
  withinMs: number;
}

/**
 * Flood detection per (room, member) over a sliding window. A burst is reported
 * once, when it first crosses a limit; it stays one burst while the window still
 * breaks a limit, and ends when the window is back within limits (the member
 * slowed down, or the copies aged out). Memory is bounded: each member keeps at
 * most max(messages, repeats) + 1 entries, idle members are dropped once their
 * window has passed, and at most `maxMembers` members are tracked. Time comes in
 * with each message; nothing here reads a clock.
 */
export class FloodDetector {
  private readonly members = new Map<string, MemberWindow>();
  private readonly maxMembers: number;
  private lastSweep = Number.NEGATIVE_INFINITY;
  private longestWindow = 0;

  constructor(memory: Partial<FloodMemory> = {}) {
    this.maxMembers = memory.maxMembers ?? 20_000;
  }

  /** Adds one message to its sender's window and says whether it starts, continues or is no flood. */
  observe(input: FloodInput, policy: FloodPolicy): FloodVerdict {
    this.sweep(input.at, policy.withinMs);
    const id = `${input.roomId}\u0000${input.memberId}`;
    const window = this.members.get(id) ?? { entries: [], burstSince: null, lastAt: input.at, withinMs: policy.withinMs };
    this.members.delete(id); // re-inserted last: the Map's order is least recently active first
    this.members.set(id, window);
    if (this.members.size > this.maxMembers) this.members.delete(this.members.keys().next().value!);

    const cutoff = input.at - policy.withinMs;
    const cap = Math.max(policy.messages, policy.repeats) + 1;
    window.entries = window.entries.filter((e) => e.at > cutoff);
    window.entries.push({ at: input.at, key: repeatKey(input.text) });
    if (window.entries.length > cap) window.entries.splice(0, window.entries.length - cap);
    window.lastAt = Math.max(window.lastAt, input.at);
    window.withinMs = policy.withinMs;

    const broken = brokenLimit(window.entries, policy);
    if (!broken) {
      window.burstSince = null;
      return { kind: 'normal' };
    }
    if (window.burstSince !== null) return { kind: 'ongoing', since: window.burstSince };
    const since = Math.min(...window.entries.map((e) => e.at));
    window.burstSince = since;
    return { kind: 'flood', reason: broken.reason, count: broken.count, since, finding: floodFinding(broken.reason, policy.severity) };
  }

  /** How many (room, member) windows are held, for tests and the status page. */
  trackedMembers(): number {
    return this.members.size;
  }

  /** Drops members whose window has passed; runs at most once per window length. */
  private sweep(now: number, withinMs: number): void {
    this.longestWindow = Math.max(this.longestWindow, withinMs);
    if (now - this.lastSweep < this.longestWindow) return;
    this.lastSweep = now;
    for (const [id, window] of this.members) {
      if (window.lastAt + window.withinMs <= now) this.members.delete(id);
    }
  }
}

/** The limit the window breaks, messages first (the larger burst), or null. */
function brokenLimit(entries: readonly Entry[], policy: FloodPolicy): { reason: FloodReason; count: number } | null {
  if (entries.length > policy.messages) return { reason: 'messages', count: entries.length };
  const counts = new Map<number, number>();
  let most = 0;
  for (const { key } of entries) {
    if (key === 0) continue;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    most = Math.max(most, n);
  }
  return most > policy.repeats ? { reason: 'repeats', count: most } : null;
}

/** The core finding for a flood case, so it follows the same ladder, notices and cases as a text finding. */
export function floodFinding(reason: FloodReason, severity: Severity): Finding {
  return { category: 'flood', severity, term: reason === 'messages' ? 'flood_messages' : 'flood_repeats', match: '', start: 0, end: 0, source: 'detector' };
}
