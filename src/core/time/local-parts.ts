/** Wall-clock fields of an instant in a timezone. */
export interface LocalParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The platform's answer for `ms`: exact, and slow (a formatToParts call); one cached formatter per timezone. Exported for the differential test. */
export function formattedParts(ms: number, timeZone: string): LocalParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  const year = out.year!;
  const month = out.month!;
  const day = out.day!;
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  return { year, month, day, hour: out.hour! % 24, minute: out.minute!, second: out.second!, weekday };
}

/** Offsets change at most once in a span this long (real zones change on whole quarter hours, far apart). */
const SPAN_MS = 15 * 60 * 1000;
/** Per timezone and span, the UTC offset that holds through the whole span, or null where it changes inside it. */
const spanOffsets = new Map<string, Map<number, number | null>>();
const MAX_SPANS_PER_ZONE = 100_000;

function offsetOf(parts: LocalParts, ms: number): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The wall-clock time of `ms` in `timeZone`. A digest over a company's year converts tens of
 * thousands of instants: the offset is asked of the platform once per quarter hour of time (at
 * both ends of the span, so a span with a change in it falls back to asking for every instant)
 * and the fields are then plain arithmetic; the answer is the platform's to the second.
 */
export function localParts(ms: number, timeZone: string): LocalParts {
  const span = Math.floor(ms / SPAN_MS);
  let zone = spanOffsets.get(timeZone);
  if (!zone) spanOffsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(span);
  if (offset === undefined) {
    const start = span * SPAN_MS;
    const first = offsetOf(formattedParts(start, timeZone), start);
    const end = start + SPAN_MS - 1000;
    offset = offsetOf(formattedParts(end, timeZone), end) === first ? first : null;
    if (zone.size >= MAX_SPANS_PER_ZONE) zone.clear();
    zone.set(span, offset);
  }
  // Offsets with seconds in them (old local mean times) are left to the platform too.
  if (offset === null || offset % 60_000 !== 0) return formattedParts(ms, timeZone);
  const local = new Date(ms + offset);
  const year = local.getUTCFullYear();
  return {
    year,
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

/** How far `timeZone` is ahead of UTC at the instant `ms`, in ms. */
export function utcOffsetMs(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/** Two digits, for clock times and dates. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
