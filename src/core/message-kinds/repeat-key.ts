/**
 * What makes two messages "the same text" for flood counting: normalised and stripped of spaces, punctuation and emoji
 * (`加我微信！！` repeats `加 我 微信`), then hashed so a member's window costs a few numbers.
 */
import { CharClass, classify } from '../text/char-class.js';
import { normalise } from '../text/normalise.js';

/**
 * What makes two messages "the same text" for flood counting: normalised
 * (full-width, case, traditional, invisible characters folded) and without
 * spaces, punctuation or emoji, so `加我微信！！` repeats `加 我 微信`. A text of
 * only separators (`👍👍`) keeps them. Hashed to a number, so a member's window
 * costs a few numbers however long the messages are; 0 for an empty text.
 */
export function repeatKey(text: string): number {
  const folded = normalise(text).text;
  let words = '';
  for (const ch of folded) if (classify(ch.codePointAt(0)!) === CharClass.Word) words += ch;
  const key = words || folded.trim();
  return key ? hash53(key) : 0;
}

/** cyrb53, a fast 53-bit string hash (collisions between real messages are negligible); never 0, which means "no text". */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}
