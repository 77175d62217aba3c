/** The jobs the outbox delivers: everything the bot sends is one of these. */

/** An image to attach, passed through to the send port untouched. */
export type ImagePayload = { path: string } | { data: Buffer; name: string };

/** Log-only context carried by a job (roomId, caseId, …); never sent to anyone. */
export type JobContext = Readonly<Record<string, unknown>>;

/** Say something in a group, optionally @-mentioning members. */
export interface RoomSayJob {
  kind: 'room_say';
  roomId: string;
  text: string;
  mentionIds: string[];
  /** Jobs with the same key for the same room, queued close together, become one message. */
  mergeKey?: string;
  /** Shared opening line(s) of a mergeable notice, said once however many jobs merge (needs mergeKey). */
  head?: string;
  /** Shared closing line(s) of a mergeable notice, said once (needs mergeKey). */
  tail?: string;
  image?: ImagePayload;
  context?: JobContext;
}

/** Send a direct message to one contact. */
export interface DmJob {
  kind: 'dm';
  contactId: string;
  text: string;
  image?: ImagePayload;
  context?: JobContext;
}

/** Remove a member from a group. */
export interface RemoveJob {
  kind: 'remove';
  roomId: string;
  memberId: string;
  context?: JobContext;
}

/** Anything the outbox can deliver. */
export type OutboxJob = RoomSayJob | DmJob | RemoveJob;

/**
 * The FIFO lane a job belongs to: one per room (says and removals share it, so
 * a removal never overtakes the message announcing it), one per DM contact.
 */
export function laneKeyOf(job: OutboxJob): string {
  return job.kind === 'dm' ? `dm:${job.contactId}` : `room:${job.roomId}`;
}

/** Log fields describing a job without its text (which may be confidential). */
export function jobLogFields(job: OutboxJob): Record<string, unknown> {
  const target = job.kind === 'dm' ? { contactId: job.contactId } : { roomId: job.roomId };
  const member = job.kind === 'remove' ? { memberId: job.memberId } : {};
  return { ...job.context, kind: job.kind, ...target, ...member };
}

/** Like jobLogFields, for input that may not even be a job (so logging a bad job cannot throw). */
export function safeJobLogFields(job: unknown): Record<string, unknown> {
  try {
    return jobLogFields(job as OutboxJob);
  } catch {
    return {};
  }
}

/** Why a job cannot be sent at all, or null when it is well-formed. */
export function jobProblem(job: OutboxJob): string | null {
  const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
  if (typeof job !== 'object' || job === null) return 'a job must be an object';
  switch (job.kind) {
    case 'room_say':
      if (!isId(job.roomId)) return 'room_say needs a roomId';
      if (!Array.isArray(job.mentionIds) || !job.mentionIds.every(isId)) return 'room_say needs mentionIds: string[]';
      if ((job.head !== undefined || job.tail !== undefined) && job.mergeKey === undefined) return 'head and tail need a mergeKey';
      return textProblem(job.text, job.image);
    case 'dm':
      if (!isId(job.contactId)) return 'dm needs a contactId';
      return textProblem(job.text, job.image);
    case 'remove':
      if (!isId(job.roomId) || !isId(job.memberId)) return 'remove needs a roomId and a memberId';
      return null;
    default:
      return `unknown job kind ${JSON.stringify((job as { kind?: unknown }).kind)}`;
  }
}

function textProblem(text: unknown, image: unknown): string | null {
  if (typeof text !== 'string') return 'text must be a string';
  if (text.trim() === '' && image === undefined) return 'text is empty and there is no image';
  return null;
}
