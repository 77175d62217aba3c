/** Retry delays: exponential, capped, deterministic (one bot, so no jitter is needed). */

/** Delay before the retry that follows failed attempt number `attempt` (1-based): base, 2·base, 4·base… up to max. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  const exponent = Math.max(0, attempt - 1);
  // 2 ** 31 is already far past any sensible cap; avoid Infinity for huge attempt counts.
  return Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 31));
}
