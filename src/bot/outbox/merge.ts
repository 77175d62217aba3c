/**
 * Coalescing of room messages on structure: a burst of same-kind notices becomes one
 * message made of the shared head, every job's own part, and the shared tail.
 */
import type { RoomSayJob } from './job.js';

/** True when `next` may be folded into `first`: same room, same merge key, same shared parts, no images. */
export function canMerge(first: RoomSayJob, next: RoomSayJob): boolean {
  return (
    first.mergeKey !== undefined &&
    first.mergeKey === next.mergeKey &&
    first.roomId === next.roomId &&
    first.head === next.head &&
    first.tail === next.tail &&
    first.image === undefined &&
    next.image === undefined
  );
}

/** The text a room_say job sends: its shared head, its own text, its shared tail. */
export function sayText(job: RoomSayJob): string {
  return [job.head, job.text, job.tail].filter((part) => part !== undefined && part !== '').join('\n');
}

/**
 * Accumulates merged room_say jobs: each job's own text kept whole (a notice that is
 * exactly one already queued is said once), the shared head and tail said once,
 * mentions united in first-seen order. Each add is linear in the added job only.
 */
export class MergedSay {
  private readonly parts: string[] = [];
  private readonly seenParts = new Set<string>();
  private readonly mentions = new Set<string>();
  private readonly first: RoomSayJob;
  private jobCount = 0;

  constructor(first: RoomSayJob) {
    this.first = first;
    this.add(first);
  }

  /** Folds one more job in (the caller checked canMerge). */
  add(job: RoomSayJob): void {
    this.jobCount += 1;
    if (!this.seenParts.has(job.text)) {
      this.seenParts.add(job.text);
      this.parts.push(job.text);
    }
    for (const id of job.mentionIds) this.mentions.add(id);
  }

  /** How many jobs went into this message. */
  get count(): number {
    return this.jobCount;
  }

  /** The single job to send, its text final; keeps the first job's context, with the merge count. */
  build(): RoomSayJob {
    const { head: _head, tail: _tail, ...first } = this.first;
    const text = sayText({ ...this.first, text: this.parts.join('\n') });
    if (this.jobCount === 1) return { ...first, text };
    return {
      ...first,
      text,
      mentionIds: [...this.mentions],
      context: { ...this.first.context, mergedJobs: this.jobCount },
    };
  }
}
