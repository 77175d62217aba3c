/** Typed errors of the outbox: bad configuration, and the two ways a send can fail. */

/** Thrown by createOutbox for a bad option: says which option and what to use instead. */
export class OutboxConfigError extends Error {
  override readonly name = 'OutboxConfigError';
  constructor(
    readonly option: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`outbox option ${option} = ${JSON.stringify(value)} is invalid: expected ${expected}`);
  }
}

/**
 * Thrown by a send port when retrying cannot help (the bot may not DM this
 * contact, is no longer in the room, …): the outbox gives up at once.
 */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
  readonly permanent = true as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A send that neither resolved nor rejected in time; counted as a failed attempt. */
export class SendTimeoutError extends Error {
  override readonly name = 'SendTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`send did not settle within ${timeoutMs} ms`);
  }
}

/** True for any error flagged `permanent: true`, whatever its class (duck-typed on purpose). */
export function isPermanentFailure(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { permanent?: unknown }).permanent === true;
}
