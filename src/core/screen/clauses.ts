/** Clause ends: commas, colons, semicolons and sentence ends (not the enumeration comma 、, which lists items of one clause). */
const CLAUSE_END = /[,，:：;；。！？!?\n\r]/;
/** Sentence ends, and line breaks (chat lines are sentences). */
const SENTENCE_END = /[;；。！？!?\n\r]/;

/** [start, end) of the clause around an offset of normalised text. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  return around(text, start, end, CLAUSE_END);
}

/** [start, end) of the sentence around an offset of normalised text. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return around(text, start, end, SENTENCE_END);
}

/** What ends a message's header: `通知：`, `【公告】`, `据报道，`, a line break. */
const HEADER_END = /[:：】\]）),，\n]/;
/** Longest header, in units: a title, not a sentence. */
const LONGEST_HEADER = 12;

/**
 * End of the short header a message starts with (`新闻：`, `【通知】`,
 * `反诈宣传：`), or -1 when it starts with no header.
 */
export function headerEnd(text: string): number {
  const limit = Math.min(text.length, LONGEST_HEADER + 2);
  for (let i = 1; i < limit; i++) if (HEADER_END.test(text[i]!)) return i;
  return -1;
}

/**
 * How far a clause or sentence reaches on each side of a hit, in units: a cue that
 * excuses a term stands near it, and a bound keeps a long unpunctuated paste with
 * thousands of hits linear instead of quadratic.
 */
export const MAX_REACH = 200;

function around(text: string, start: number, end: number, stop: RegExp): [number, number] {
  let from = start;
  const fromLimit = Math.max(0, start - MAX_REACH);
  while (from > fromLimit && !stop.test(text[from - 1]!)) from--;
  let to = end;
  const toLimit = Math.min(text.length, end + MAX_REACH);
  while (to < toLimit && !stop.test(text[to]!)) to++;
  return [from, to];
}
