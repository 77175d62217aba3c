/**
 * A term inside quotation marks (`“扫码领取红包”`, `「百家乐」`) is being quoted:
 * a training slide, a moderator's word list or a warning names the phrase it
 * is about. Quoting alone is not enough (people quote their own pitch); the
 * message must also carry a mention cue, or call the quoted words a kind of
 * phrase (`这类词`, `话术`, `之类的`).
 */

const OPENERS = '“「『"\'‘《';
const CLOSERS = '”」』"\'’》';

/** Words right after a closing quote that call the quoted text a phrase: `“百家乐”这类词`. */
const CALLS_IT_A_PHRASE = /^[\s”」』"'’》“「『‘《\p{L}\p{N}、，,]{0,12}?(?:这类|这种|这样的|之类|等词|等字眼|字眼|字样|话术|说法|敏感词)/u;

/** How far a quote may reach around a hit, in units: a phrase, not a paragraph. */
const MAX_QUOTE = 30;

/** The end of the closing quote when [start, end) lies inside one pair of quotation marks, else -1. */
export function quotedEnd(text: string, start: number, end: number): number {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - MAX_QUOTE); i--) {
    const ch = text[i]!;
    if (CLOSERS.includes(ch) && !OPENERS.includes(ch)) return -1;
    if (OPENERS.includes(ch)) {
      open = i;
      break;
    }
    if (ch === '\n') return -1;
  }
  if (open < 0) return -1;
  const closer = CLOSERS[OPENERS.indexOf(text[open]!)]!;
  for (let i = end; i < Math.min(text.length, end + MAX_QUOTE); i++) {
    if (text[i] === closer) return i + 1;
    if (text[i] === '\n') return -1;
  }
  return -1;
}

/** Whether the text after a closing quote calls what was quoted a kind of phrase. */
export function callsItAPhrase(text: string, after: number): boolean {
  return CALLS_IT_A_PHRASE.test(text.slice(after, after + 24));
}
