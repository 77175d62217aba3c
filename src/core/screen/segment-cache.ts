/**
 * A bounded memory of the segmenter's cuts. A confirmation depends only on the window cut (the words around a
 * candidate) and the candidate's offsets in it, and the offsets are cheap to lay on the tokens again; the cut is what
 * costs (a jieba call). Chat repeats itself (the same notice, the same name in the same phrase), so the same windows
 * come back, and at 100k terms confirmations are a large share of screening a message that has a candidate.
 */
import type { Segmenter } from './jieba-confirm.js';

/** Windows remembered by default: about 2 MB of tokens for windows of ~30 characters (measured). */
export const SEGMENT_CACHE_SIZE = 4096;

/**
 * Wraps a segmenter with a least-recently-used memory of `capacity` windows (0: no memory, the
 * segmenter itself). The segmenter must be deterministic; the tokens handed out are frozen, shared by every caller.
 */
export function cachedSegmenter(segment: Segmenter, capacity = SEGMENT_CACHE_SIZE): Segmenter {
  if (capacity <= 0) return segment;
  const recent = new Map<string, string[]>();
  return (window) => {
    let tokens = recent.get(window);
    if (tokens) recent.delete(window);
    else {
      tokens = Object.freeze(segment(window)) as string[];
      if (recent.size >= capacity) recent.delete(recent.keys().next().value!);
    }
    recent.set(window, tokens);
    return tokens;
  };
}
