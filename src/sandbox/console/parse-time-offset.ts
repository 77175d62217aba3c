/**
 * Parsing `/time` jumps of the simulated clock (`+1d2h`, `1天`), bounded to a month so every scheduled run on the way can
 * still be replayed.
 */
const UNIT_MS: Record<string, number> = {
  d: 86_400_000,
  天: 86_400_000,
  h: 3_600_000,
  小时: 3_600_000,
  m: 60_000,
  分: 60_000,
  分钟: 60_000,
  s: 1_000,
  秒: 1_000,
};

/**
 * How far one `/time` may jump: a month shows every reminder, deadline and digest,
 * and every scheduled run on the way is replayed (about a second per simulated day).
 */
export const MAX_TIME_JUMP_MS = 31 * 86_400_000;

const PART = /(\d+)\s*(小时|分钟|天|分|秒|d|h|m|s)/giy;

/**
 * Parses how far to move the simulated clock: `+1d`, `+2h`, `+30m`, `+1d2h`, `1天`;
 * null when the text is not such an offset or jumps backwards, zero, or beyond a month.
 */
export function parseTimeOffset(text: string): number | null {
  const body = text.trim().replace(/^\+/, '').replace(/\s+/g, '');
  if (body === '') return null;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < body.length) {
    const m = PART.exec(body);
    if (!m) return null;
    total += Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
  }
  return total > 0 && total <= MAX_TIME_JUMP_MS ? total : null;
}
