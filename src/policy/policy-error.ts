/** A mistake in a policy, dictionary or roster file: where it is and what to change. Never a crash. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`, options);
    this.name = 'PolicyError';
  }
}
