import { beforeAll, describe, expect, it } from 'vitest';
import { mixedPinyinSpellings } from '../../../src/core/screen/mixed-pinyin.js';
import { createScreener, type TermEntry } from '../../../src/core/screen/screener.js';
import { jiebaSegmenter } from '../../../src/policy/jieba-segmenter.js';

describe('mixedPinyinSpellings', () => {
  it.each<[string, string[]]>([
    ['赌博', ['du博', '赌bo']],
    ['绝密', ['jue密', '绝mi']],
    ['色情', ['se情', '色qing']],
    ['你妈的', ['ni妈的', '你ma的', 'nima的', '你妈de', 'ni妈de', '你made']],
  ])('%s', (term, expected) => {
    expect(mixedPinyinSpellings(term).sort()).toEqual(expected.sort());
  });

  it.each<[string, string]>([
    ['one character', '赌'],
    ['Latin inside', '加vx'],
    ['four characters or more (code names, company names)', '天枢计划'],
  ])('none for %s', (_name, term) => {
    expect(mixedPinyinSpellings(term)).toEqual([]);
  });

  it('one-letter syllables are not used (阿 is a)', () => {
    expect(mixedPinyinSpellings('阿姨')).toEqual(['阿yi']);
  });
});

const TERMS: TermEntry[] = [
  { term: '赌博', category: 'gambling', severity: 'high' },
  { term: '绝密', category: 'confidential', severity: 'high' },
  { term: '机密', category: 'confidential', severity: 'high' },
  { term: '色情', category: 'porn', severity: 'high' },
];
const screener = createScreener({ terms: TERMS, allow: [], detectors: [], segment: jiebaSegmenter });
const brief = (text: string): string[] => screener.screen(text).map((f) => `${f.term}:${f.match}`);

describe('screening mixed hanzi and pinyin (real jieba)', () => {
  beforeAll(() => void jiebaSegmenter('绝密'), 60_000);

  it.each<[string, string[]]>([
    ['赌bo', ['赌博:赌bo']],
    ['周末去赌bo吗', ['赌博:赌bo']],
    ['du博', ['赌博:du博']],
    ['jue密', ['绝密:jue密']],
    ['这是jue密文件', ['绝密:jue密']],
    ['色qing网站', ['色情:色qing']],
    ['赌 bo', ['赌博:赌 bo']],
    ['JUE密', ['绝密:JUE密']],
  ])('hit: %j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['小米手机mi 10', 'the hanzi belongs to the word before it (手机)'],
    ['赌book', 'the syllable runs on into a longer Latin word'],
    ['xjue密', 'a letter glued before the syllable'],
    ['赌bo2', 'a digit glued after the syllable'],
    ['use情况', 'Latin word glued before'],
  ])('no hit: %j (%s)', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});
