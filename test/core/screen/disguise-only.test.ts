/**
 * Disguise-only terms (`你{妈}的`): ambiguous written plainly, a hit only when a
 * character is written as a stand-in from the variant table or, for three
 * characters or more, as its pinyin. Checked on a small screener with real jieba
 * and through the shipped default policy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createScreener } from '../../../src/core/screen/screener.js';
import { useDefaultScreener } from '../../support/default-screener.js';
import { jiebaSegmenter } from '../../../src/policy/jieba-segmenter.js';

describe('a small screener', () => {
  const screener = createScreener({
    terms: [
      { term: '你{妈}的', category: 'abuse', severity: 'medium' },
      { term: '{妈}的', category: 'abuse', severity: 'medium' },
    ],
    allow: [],
    detectors: [],
    segment: jiebaSegmenter,
    variants: [{ source: '🐴', target: '妈', split: false }],
  });
  beforeAll(() => void jiebaSegmenter('你好'), 60_000);

  it.each<[string, string, boolean]>([
    ['an emoji stand-in', '你🐴的，又是我背锅', true],
    ['an emoji stand-in, two characters', '这个🐴的需求谁提的', true],
    ['half pinyin, three characters', '你ma的又改需求', true],
    ['written plainly', '你妈的身体好些了吗', false],
    ['two characters written plainly', '妈的', false],
    ['two characters in pinyin (English made)', 'I made it', false],
    ['two characters half pinyin (MA, a moving average)', 'MA的参数调一下', false],
  ])('%s: %s → %s', (_why, text, hit) => {
    expect(screener.screen(text).length > 0).toBe(hit);
  });

  it('reports the term without its braces', () => {
    expect(screener.screen('你🐴的').map((f) => f.term)).toEqual(['你妈的']);
  });
});

describe('the shipped lists', () => {
  const screener = useDefaultScreener();
  it.each<[string, boolean]>([
    ['你🐴的，这个月又要背存款任务', true],
    ['草泥🐴，又加班', true],
    ['你妈的身体好些了吗', false],
    ['🐴上到，等我两分钟', false],
  ])('%s → %s', (text, hit) => {
    expect(screener.screen(text).some((f) => f.category === 'abuse')).toBe(hit);
  });
});
