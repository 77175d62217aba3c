/**
 * The outbox: the single queue every bot send goes through, so the bot never
 * floods WeChat. Per-room FIFO lanes with a minimum interval, a global
 * per-minute budget, coalescing of same-key room notices, retries with
 * backoff, and a send timeout. It never throws out of enqueue and never
 * crashes the process on a failed send.
 *
 * Scheduling: lanes that have work and are not in flight sit in a min-heap by
 * due time; one timer is armed for the earliest moment something can go out.
 * Lanes run concurrently, so a room waiting for its interval, its retry, or a
 * hung send never holds up other rooms or DMs.
 */
import { backoffDelay } from './backoff.js';
import { isPermanentFailure, SendTimeoutError } from './errors.js';
import { jobLogFields, jobProblem, laneKeyOf, safeJobLogFields, type OutboxJob, type RoomSayJob } from './job.js';
import { laneBefore, laneDueAt, laneHead, newLane, type Entry, type Lane } from './lane.js';
import { canMerge, MergedSay } from './merge.js';
import { MinHeap } from './min-heap.js';
import { resolveOutboxOptions, type OutboxOptions } from './options.js';
import type { SendBudget, TimerHandle } from './ports.js';
import { RateWindow } from './rate-window.js';
import { startSendAttempt, type SendAttempt } from './send-attempt.js';
import { createSafeLog } from './safe-log.js';
import { capJobText } from './text-cap.js';
import type { Outbox, OutboxStats } from './outbox-api.js';

export type { Outbox, OutboxStats } from './outbox-api.js';

const WINDOW_MS = 60_000;

/** Builds an outbox around a send port; throws OutboxConfigError for bad options. */
export function createOutbox(options: OutboxOptions): Outbox {
  const opts = resolveOutboxOptions(options);
  const { timers } = opts;
  const log = createSafeLog(opts.logger);
  const rate = new RateWindow(opts.maxPerMinute, WINDOW_MS, opts.minGlobalIntervalMs);
  const lanes = new Map<string, Lane>();
  const heap = new MinHeap<Lane>(laneBefore);
  const mergeIndex = new Map<string, Entry>();
  const attempts = new Set<SendAttempt>();
  const counters: OutboxStats = { sent: 0, merged: 0, retried: 0, failed: 0, dropped: 0 };
  let idleWaiters: (() => void)[] = [];
  let unfinished = 0;
  let seq = 0;
  let timer: { handle: TimerHandle; at: number } | null = null;
  const budgetTimers = new Set<TimerHandle>();
  let pumpQueued = false;
  let stopped = false;

  function schedule(lane: Lane): void {
    if (lane.scheduled || lane.inFlight || laneHead(lane) === undefined) return;
    lane.due = laneDueAt(lane, timers.now(), opts.minRoomIntervalMs);
    lane.seq = ++seq;
    lane.scheduled = true;
    heap.push(lane);
  }

  /** Starts every lane that is due and within the global budget, then re-arms the timer; never throws. */
  function pump(): void {
    try {
      pumpUnsafe();
    } catch (err) {
      log.error({ err }, 'outbox pump failed');
    }
  }

  function pumpUnsafe(): void {
    if (stopped) return;
    const now = timers.now();
    for (let top = heap.peek(); top !== undefined && top.due <= now; top = heap.peek()) {
      if (rate.nextAllowedAt(now) > now) break;
      heap.pop();
      top.scheduled = false;
      startNext(top, now);
    }
    arm(now);
  }

  /** Keeps exactly one timer, armed for the earliest moment the heap's top may go out. */
  function arm(now: number): void {
    const top = heap.peek();
    const at = top === undefined ? null : Math.max(top.due, rate.nextAllowedAt(now));
    if (timer !== null && timer.at === at) return;
    if (timer !== null) timers.clearTimeout(timer.handle);
    timer = null;
    if (at === null) return;
    const handle = timers.setTimeout(() => {
      timer = null;
      pump();
    }, Math.max(0, at - now));
    timer = { handle, at };
  }

  /** Takes the lane's head (freezing a merge), counts it against the budget and calls the port. */
  function startNext(lane: Lane, now: number): void {
    const entry = lane.current ?? lane.queue.shift();
    if (entry === undefined) return;
    lane.current = entry;
    if (entry.merged !== null) {
      entry.job = entry.merged.build();
      entry.merged = null;
    }
    entry.job = capJobText(entry.job, opts.maxTextChars);
    if (entry.mergeIndexKey !== null && mergeIndex.get(entry.mergeIndexKey) === entry) mergeIndex.delete(entry.mergeIndexKey);
    entry.mergeIndexKey = null;
    entry.attempts += 1;
    lane.inFlight = true;
    rate.record(now);
    const attempt = startSendAttempt(sendDurably(entry), entry.job, timers, opts.sendTimeoutMs, (isOver) => budgetFor(now, isOver));
    attempts.add(attempt);
    attempt.done
      .then(
        () => settle(lane, entry, attempt, null),
        (err: unknown) => settle(lane, entry, attempt, err),
      )
      .catch((err: unknown) => log.error({ ...jobLogFields(entry.job), err }, 'outbox settle failed'));
  }

  /** The send port, after the journal has the entry's jobs on disk (a failing disk still lets the message go out). */
  function sendDurably(entry: Entry): typeof opts.send {
    const journal = opts.journal;
    if (journal === null || entry.journalIds.length === 0) return opts.send;
    return async (job, budget) => {
      await journal.durable().catch((err: unknown) => log.error({ ...jobLogFields(job), err }, 'outbox journal not durable; sending anyway'));
      await opts.send(job, budget);
    };
  }

  /** Forgets the entry's jobs in the journal once it is sent or given up for good. */
  function forget(entry: Entry): void {
    if (opts.journal === null) return;
    for (const id of entry.journalIds) opts.journal.done(id);
    entry.journalIds = [];
  }

  /**
   * The budget one attempt charges: its first platform call takes over the
   * slot reserved when the attempt started (re-stamped if time has passed);
   * every further call waits for a slot of its own. A call after the attempt
   * timed out is refused, so it can neither send late nor break the cap.
   */
  function budgetFor(reservedAt: number, isOver: () => boolean): SendBudget {
    let reserved = true;
    return {
      async beforeCall() {
        if (isOver() || stopped) throw new SendTimeoutError(opts.sendTimeoutMs);
        const at = timers.now();
        if (reserved) {
          reserved = false;
          if (at === reservedAt) return;
          rate.release(reservedAt);
        }
        await waitForSlot(isOver);
      },
    };
  }

  /** Resolves once a send fits the global budget, and charges it; rejects if the attempt is over meanwhile. */
  async function waitForSlot(isOver: () => boolean): Promise<void> {
    for (;;) {
      if (isOver() || stopped) throw new SendTimeoutError(opts.sendTimeoutMs);
      const now = timers.now();
      const at = rate.nextAllowedAt(now);
      if (at <= now) {
        rate.record(now);
        return;
      }
      await new Promise<void>((resolve) => {
        const handle = timers.setTimeout(() => {
          budgetTimers.delete(handle);
          resolve();
        }, at - now);
        budgetTimers.add(handle);
      });
    }
  }

  /** Books the outcome of one attempt: done, retry later with backoff, or give up and log. */
  function settle(lane: Lane, entry: Entry, attempt: SendAttempt, err: unknown): void {
    attempts.delete(attempt);
    if (stopped) return;
    const fields = jobLogFields(entry.job);
    const giveUp = err !== null && (isPermanentFailure(err) || entry.attempts >= opts.maxAttempts);
    if (err === null) counters.sent += 1;
    else if (giveUp) {
      counters.failed += 1;
      log.error({ ...fields, permanent: isPermanentFailure(err), attempts: entry.attempts, err }, 'send failed, giving up');
    }
    lane.inFlight = false;
    const now = timers.now();
    if (err === null || giveUp) {
      if (err === null && entry.job.kind === 'room_say') lane.lastSayAt = now;
      lane.current = null;
      lane.retryAt = Number.NEGATIVE_INFINITY;
      unfinished -= 1;
      try {
        forget(entry);
      } catch (forgetErr) {
        log.error({ ...fields, err: forgetErr }, 'outbox journal could not forget a job');
      }
    } else {
      const delayMs = backoffDelay(entry.attempts, opts.backoffBaseMs, opts.backoffMaxMs);
      lane.retryAt = now + delayMs;
      counters.retried += 1;
      log.warn({ ...fields, attempts: entry.attempts, retryInMs: delayMs, err }, 'send failed, will retry');
    }
    schedule(lane);
    pump();
    if (unfinished === 0) releaseIdleWaiters();
  }

  function releaseIdleWaiters(): void {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function requestPump(): void {
    if (pumpQueued) return;
    pumpQueued = true;
    // Deferred so jobs enqueued in one synchronous burst can still merge before anything goes out.
    queueMicrotask(() => {
      pumpQueued = false;
      pump();
    });
  }

  /** Folds a room_say into the waiting message under `indexKey`, if that one is young enough. */
  function mergeIntoWaiting(indexKey: string, job: RoomSayJob, now: number, journalId: string | null): boolean {
    const target = mergeIndex.get(indexKey);
    if (target === undefined || target.merged === null || target.job.kind !== 'room_say') return false;
    if (now - target.enqueuedAt > opts.mergeWindowMs || !canMerge(target.job, job)) return false;
    target.merged.add(job);
    if (journalId !== null) target.journalIds.push(journalId);
    counters.merged += 1;
    return true;
  }

  /** Queues a job; `journalId` is its id when it is already in the journal (restored after a restart). */
  function enqueue(job: OutboxJob, restoredId: string | null = null): void {
    if (stopped) {
      counters.dropped += 1;
      log.warn(safeJobLogFields(job), 'outbox stopped, job dropped');
      return;
    }
    const problem = jobProblem(job);
    if (problem !== null) {
      counters.dropped += 1;
      log.error({ ...safeJobLogFields(job), problem }, 'invalid outbox job dropped');
      return;
    }
    const now = timers.now();
    const journalId = restoredId ?? (opts.journal === null ? null : opts.journal.add(job, now));
    const mergeable = job.kind === 'room_say' && job.mergeKey !== undefined && job.image === undefined ? job : null;
    const indexKey = mergeable === null ? null : `${mergeable.roomId}\u0000${mergeable.mergeKey}`;
    if (mergeable !== null && indexKey !== null && mergeIntoWaiting(indexKey, mergeable, now, journalId)) return;
    const entry: Entry = {
      job,
      merged: mergeable === null ? null : new MergedSay(mergeable),
      mergeIndexKey: indexKey,
      enqueuedAt: now,
      attempts: 0,
      journalIds: journalId === null ? [] : [journalId],
    };
    if (indexKey !== null) mergeIndex.set(indexKey, entry);
    const laneKey = laneKeyOf(job);
    let lane = lanes.get(laneKey);
    if (lane === undefined) {
      lane = newLane(laneKey);
      lanes.set(laneKey, lane);
    }
    lane.queue.push(entry);
    unfinished += 1;
    schedule(lane);
    requestPump();
  }

  return {
    enqueue(job) {
      try {
        enqueue(job);
      } catch (err) {
        log.error({ ...safeJobLogFields(job), err }, 'outbox enqueue failed');
      }
    },
    restore(entries) {
      for (const { id, job } of entries) {
        try {
          enqueue(job, id);
        } catch (err) {
          log.error({ ...safeJobLogFields(job), err }, 'outbox restore failed');
        }
      }
    },
    pending: () => unfinished,
    sending: () => attempts.size,
    idle() {
      if (unfinished === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer.handle);
      timer = null;
      for (const handle of budgetTimers) timers.clearTimeout(handle);
      budgetTimers.clear();
      for (const attempt of attempts) attempt.cancel();
      const inFlight = attempts.size;
      attempts.clear();
      const droppedCount = unfinished - inFlight;
      counters.dropped += droppedCount;
      if (droppedCount > 0) log.warn({ dropped: droppedCount, inFlight }, 'outbox stopped, pending jobs dropped');
      lanes.clear();
      heap.clear();
      mergeIndex.clear();
      unfinished = 0;
      releaseIdleWaiters();
    },
    stats: () => ({ ...counters }),
  };
}
