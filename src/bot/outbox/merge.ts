/** Coalescing of room messages: a burst of same-kind notices becomes one message. */
import type { RoomSayJob } from './job.js';

/** True when `next` may be folded into `first`: same room, same merge key, no images. */
export function canMerge(first: RoomSayJob, next: RoomSayJob): boolean {
  return (
    first.mergeKey !== undefined &&
    first.mergeKey === next.mergeKey &&
    first.roomId === next.roomId &&
    first.image === undefined &&
    next.image === undefined
  );
}

/**
 * Accumulates merged room_say jobs: texts joined by newlines with repeated
 * (non-blank) lines dropped, mentions united in first-seen order. Each add is
 * linear in the added job only, so long bursts stay cheap.
 */
export class MergedSay {
  private readonly lines: string[] = [];
  private readonly seenLines = new Set<string>();
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
    for (const line of job.text.split('\n')) {
      const key = line.trim();
      if (key !== '') {
        if (this.seenLines.has(key)) continue;
        this.seenLines.add(key);
      }
      this.lines.push(line);
    }
    for (const id of job.mentionIds) this.mentions.add(id);
  }

  /** How many jobs went into this message. */
  get count(): number {
    return this.jobCount;
  }

  /** The single job to send; keeps the first job's context, with the merge count. */
  build(): RoomSayJob {
    if (this.jobCount === 1) return this.first;
    return {
      ...this.first,
      text: this.lines.join('\n'),
      mentionIds: [...this.mentions],
      context: { ...this.first.context, mergedJobs: this.jobCount },
    };
  }
}
