import { describe, expect, it } from 'vitest';
import { cachedSegmenter } from '../../../src/core/screen/segment-cache.js';

/** Cuts one character at a time and records every window it was asked to cut. */
function recording(): ((text: string) => string[]) & { calls: string[] } {
  const calls: string[] = [];
  return Object.assign((text: string) => (calls.push(text), [...text]), { calls });
}

describe('cachedSegmenter', () => {
  it.each<[string, number, string[], string[]]>([
    ['a repeated window is cut once', 4, ['机密', '机密', '机密'], ['机密']],
    ['different windows are each cut', 4, ['机密', '绝密', '机密文件'], ['机密', '绝密', '机密文件']],
    ['the least recently used window is forgotten first', 2, ['a', 'b', 'a', 'c', 'a', 'b'], ['a', 'b', 'c', 'b']],
    ['a window used again is kept over an older one', 2, ['a', 'b', 'a', 'c', 'b'], ['a', 'b', 'c', 'b']],
    ['capacity 0 cuts every time', 0, ['机密', '机密'], ['机密', '机密']],
    ['capacity 1 remembers only the last window', 1, ['a', 'a', 'b', 'a'], ['a', 'b', 'a']],
  ])('%s', (_name, capacity, windows, cut) => {
    const segment = recording();
    const cached = cachedSegmenter(segment, capacity);
    for (const w of windows) expect(cached(w)).toEqual([...w]);
    expect(segment.calls).toEqual(cut);
  });

  it('hands out tokens nobody can change under the next caller', () => {
    const cached = cachedSegmenter(recording(), 4);
    const first = cached('机密');
    expect(() => first.push('x')).toThrow(TypeError);
    expect(cached('机密')).toEqual(['机', '密']);
  });
});
