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

/** End of the first clause of a message (its header: `通知：`, `【公告】…，`). */
export function firstClauseEnd(text: string): number {
  for (let i = 0; i < text.length; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return text.length;
}

function around(text: string, start: number, end: number, stop: RegExp): [number, number] {
  let from = start;
  while (from > 0 && !stop.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to]!)) to++;
  return [from, to];
}
