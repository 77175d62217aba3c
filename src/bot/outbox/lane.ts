/** A lane: the FIFO of one room (or one DM contact), sent strictly in order, one job at a time. */
import { Fifo } from './fifo.js';
import type { OutboxJob } from './job.js';
import type { MergedSay } from './merge.js';

/** One queued message: a job, or a growing merge of room_say jobs until its first attempt. */
export interface Entry {
  job: OutboxJob;
  /** Set while other jobs may still be merged in; frozen into `job` at the first attempt. */
  merged: MergedSay | null;
  /** Merge-index key while this entry accepts merges. */
  mergeIndexKey: string | null;
  enqueuedAt: number;
  attempts: number;
  /** Journal ids of the jobs in this message (several once merged); forgotten when it is sent or given up. */
  journalIds: string[];
}

/** Per-lane state; lanes are kept for the life of the outbox (one per room or DM contact). */
export interface Lane {
  key: string;
  queue: Fifo<Entry>;
  /** The entry being sent or waiting for its retry; stays at the head of the lane. */
  current: Entry | null;
  inFlight: boolean;
  /** In the due-heap right now. */
  scheduled: boolean;
  /** When the heap should start this lane. */
  due: number;
  /** Tie-breaker for equal due times: first scheduled, first served. */
  seq: number;
  /** Completion time of the last successful room_say in this lane. */
  lastSayAt: number;
  /** Earliest retry time of `current` after a failed attempt. */
  retryAt: number;
}

/** A fresh, empty lane. */
export function newLane(key: string): Lane {
  return {
    key,
    queue: new Fifo<Entry>(),
    current: null,
    inFlight: false,
    scheduled: false,
    due: 0,
    seq: 0,
    lastSayAt: Number.NEGATIVE_INFINITY,
    retryAt: Number.NEGATIVE_INFINITY,
  };
}

/** The entry the lane will send next, if any. */
export function laneHead(lane: Lane): Entry | undefined {
  return lane.current ?? lane.queue.peek();
}

/**
 * Earliest time the lane's head may go out: after its retry delay, and for a
 * room message after the room interval. Removals skip the room interval (they
 * are not messages) but still wait their turn behind earlier jobs of the room.
 */
export function laneDueAt(lane: Lane, now: number, minRoomIntervalMs: number): number {
  const head = laneHead(lane);
  let due = Math.max(now, lane.retryAt);
  if (head?.job.kind === 'room_say') due = Math.max(due, lane.lastSayAt + minRoomIntervalMs);
  return due;
}

/** Orders lanes in the due-heap. */
export function laneBefore(a: Lane, b: Lane): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
