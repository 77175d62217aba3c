/**
 * Several accounts, one voice per group: a group that contains two of the company's bots
 * is moderated once. Before it handles anything in a group (a message, a join, start-up
 * work) an account claims the lease `speaker:<roomId>` for its bot name; the account that
 * does not hold it stays silent there (records nothing, sends nothing). The holder renews
 * by claiming on every event and on a periodic renewal for the groups it is in; when it
 * goes away its lease expires and the other account takes over at its next event or
 * renewal. On the embedded stores (one process) the one account always wins.
 */
import type { Clock } from '../schedule/clock.js';
import type { Leases } from '../store/index.js';

/** The bot name of a process that was given none (QUNGUARD_BOT_NAME's default). */
export const DEFAULT_BOT_NAME = 'qunguard';
/** How long a speaker's claim lasts without renewal: a stopped account is replaced after this. */
export const SPEAKER_TTL_MS = 90_000;
/** How often the groups the account is in are claimed again, well inside the TTL. */
export const SPEAKER_RENEW_MS = 30_000;

/** This account's claims on the groups it is in. */
export interface Speaker {
  /** The account's name (QUNGUARD_BOT_NAME): the holder of its leases. */
  readonly botName: string;
  /** Claims (or renews) the group for this account; true when this account speaks there now. */
  speaks(roomId: string): Promise<boolean>;
  /** Claims every listed group again (the periodic renewal); returns those it speaks in. */
  renew(roomIds: readonly string[]): Promise<string[]>;
  /** Gives up one group (this account was removed from it), so another account in it takes over at its next renewal. */
  leave(roomId: string): Promise<void>;
  /** Gives up every group this account holds (a clean stop), so another account takes over at once. */
  release(): Promise<void>;
}

/** The lease name of a group's speaker. */
export function speakerLease(roomId: string): string {
  return `speaker:${roomId}`;
}

/**
 * Builds the account's speaker over the store's leases; `onChange` hears (and is awaited)
 * when the account starts or stops speaking in a group, before the event goes on.
 */
export function createSpeaker(opts: {
  leases: Leases;
  botName: string;
  clock: Pick<Clock, 'now'>;
  ttlMs?: number;
  onChange?: (roomId: string, speaking: boolean) => Promise<void> | void;
}): Speaker {
  const ttl = opts.ttlMs ?? SPEAKER_TTL_MS;
  const held = new Set<string>();
  const speaks = async (roomId: string): Promise<boolean> => {
    const won = await opts.leases.claim(speakerLease(roomId), opts.botName, opts.clock.now(), ttl);
    const changed = won !== held.has(roomId);
    if (won) held.add(roomId);
    else held.delete(roomId);
    if (changed) await opts.onChange?.(roomId, won);
    return won;
  };
  return {
    botName: opts.botName,
    speaks,
    async renew(roomIds) {
      const speaking: string[] = [];
      for (const roomId of roomIds) if (await speaks(roomId)) speaking.push(roomId);
      return speaking;
    },
    async leave(roomId) {
      if (!held.delete(roomId)) return;
      await opts.leases.release(speakerLease(roomId), opts.botName);
    },
    async release() {
      for (const roomId of [...held]) {
        await opts.leases.release(speakerLease(roomId), opts.botName);
        held.delete(roomId);
      }
    },
  };
}

/** Whether this account handles the group now; a context without a speaker (one account, flow tests) always does. */
export async function speaksIn(ctx: { speaker?: Speaker }, roomId: string): Promise<boolean> {
  return ctx.speaker ? ctx.speaker.speaks(roomId) : true;
}

/** The account a context works for. */
export function botNameOf(ctx: { speaker?: Speaker }): string {
  return ctx.speaker?.botName ?? DEFAULT_BOT_NAME;
}
