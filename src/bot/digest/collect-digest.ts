/**
 * Reading what a digest reports from the store, archived cases included, in one read shared by all the per-admin
 * digests (for `#周报`, the scheduled digests and the offline `qunguard digest`).
 */
import { buildDigest } from '../../core/digest/build-digest.js';
import type { DigestPeriod } from '../../core/digest/digest-period.js';
import type { Digest, DigestInput, DigestRoom } from '../../core/digest/digest-types.js';
import type { CaseRecord } from '../../core/records.js';
import type { Store } from '../../store/index.js';
import { screenedInPeriod } from './record-screened.js';
import { currentAllowProposals } from '../learning/allow-proposals-now.js';

/** The parts of the store a digest reads. */
export type DigestSource = Pick<Store, 'cases' | 'rooms' | 'members' | 'state'>;

/** What to report on: a period, and optionally only some groups. */
export interface CollectOptions {
  period: DigestPeriod;
  timeZone: string;
  /** Only these group ids; default: every group the bot is in, plus any with cases in the period. */
  roomIds?: readonly string[];
  /** The allow-list in force: given, the digest proposes entries from the admins' overturned cases. */
  allowList?: readonly string[];
}

/** Reads a digest of the store (archived cases included): for `#周报` and the offline `qunguard digest`. */
export async function collectDigest(store: DigestSource, opts: CollectOptions): Promise<Digest> {
  return buildDigest(await readDigestInput(store, opts));
}

/**
 * Reads what a digest needs from the store, once; a digest of fewer groups is
 * `buildDigest({ ...input, rooms: subset })`, so per-admin digests share one read.
 */
export async function readDigestInput(store: DigestSource, opts: CollectOptions): Promise<DigestInput> {
  const cases = await store.cases.all(opts.period.since, opts.period.until);
  const rooms = await digestRooms(store, cases, opts.roomIds);
  const ids = rooms.map((r) => r.roomId);
  return {
    period: opts.period,
    timeZone: opts.timeZone,
    rooms,
    cases,
    pending: await store.cases.pending(),
    members: await store.members.list({ includeLeft: true }),
    screened: await screenedInPeriod(store.state, ids, opts.period, opts.timeZone),
    ...(opts.allowList ? { allowProposals: await currentAllowProposals(store, opts.allowList) } : {}),
  };
}

/** The groups a digest covers, in a stable order (by topic). */
export async function digestRooms(store: Pick<Store, 'rooms'>, cases: readonly CaseRecord[], only?: readonly string[]): Promise<DigestRoom[]> {
  const known = new Map((await store.rooms.list()).map((r) => [r.roomId, r]));
  const ids = new Set(only ?? [...[...known.values()].filter((r) => r.botIsMember).map((r) => r.roomId), ...cases.map((c) => c.roomId)]);
  const topicFromCases = new Map(cases.map((c) => [c.roomId, c.roomTopic]));
  return [...ids]
    .map((roomId) => {
      const r = known.get(roomId);
      return { roomId, topic: r?.topic ?? topicFromCases.get(roomId) ?? roomId, paused: r?.paused ?? false };
    })
    .sort((a, b) => a.topic.localeCompare(b.topic, 'zh-CN') || a.roomId.localeCompare(b.roomId));
}
