/** A roster file that cannot be used; carries the file and line so the message says what to change. */
export class RosterError extends Error {
  override readonly name = 'RosterError';

  /**
   * @param source the file (or other origin) the roster came from
   * @param line 1-based line of the problem
   * @param detail Chinese + English explanation of what to change
   */
  constructor(
    readonly source: string,
    readonly line: number,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${source}:${line}: ${detail}`, options);
  }
}
