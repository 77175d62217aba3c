/** Units a policy duration may use, in milliseconds. */
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The shape of a policy duration: a whole number and one unit (`30s 15m 24h 7d`). */
export const DURATION_PATTERN = /^(\d+)\s*(s|m|h|d)$/;

/** Parses `30s 15m 24h 7d` into milliseconds; null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** A duration the policy schema already validated, in milliseconds; a bug (not a user mistake) if it does not parse. */
export function validatedDuration(text: string): number {
  const value = parseDuration(text);
  if (value === null) throw new RangeError(`unvalidated duration ${JSON.stringify(text)}`);
  return value;
}

/** Renders milliseconds the way people say it in Chinese (`3天`, `24小时`, `15分钟`). */
export function formatDurationZh(ms: number): string {
  if (ms % UNIT_MS.d === 0) return `${ms / UNIT_MS.d}天`;
  if (ms % UNIT_MS.h === 0) return `${ms / UNIT_MS.h}小时`;
  if (ms % UNIT_MS.m === 0) return `${ms / UNIT_MS.m}分钟`;
  return `${Math.round(ms / UNIT_MS.s)}秒`;
}
