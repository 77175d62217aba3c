import { beforeAll, describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary/parse-dictionary.js';
import { isLatinTerm, latinTermStands } from '../../../src/core/screen/latin-context.js';
import { createScreener, type TermEntry } from '../../../src/core/screen/screener.js';
import { jiebaSegmenter } from '../../../src/policy/jieba-segmenter.js';

const TECHNICAL = ['接口', '字段', '护士', '助产士'];

describe('isLatinTerm', () => {
  it.each<[string, boolean]>([
    ['nmsl', true],
    ['cnm', true],
    ['2b', true],
    ['加vx', false],
    ['123', false],
  ])('%s -> %s', (term, expected) => {
    expect(isLatinTerm(term)).toBe(expected);
  });
});

describe('latinTermStands: whole words outside code and English prose', () => {
  const stands = (text: string, term: string): boolean => {
    const start = text.toLowerCase().indexOf(term);
    expect(start).toBeGreaterThanOrEqual(0);
    return latinTermStands(text, start, start + term.length, TECHNICAL);
  };

  it.each<[string, string]>([
    ['nmsl', 'nmsl'],
    ['nmsl，什么东西', 'nmsl'],
    ['CNM，又宕机了', 'cnm'],
    ['cnm 谁把测试环境删了', 'cnm'],
    ['你个sb', 'sb'],
    ['wtf nmsl', 'nmsl'],
    ['真是 cnm！', 'cnm'],
  ])('stands: %j', (text, term) => {
    expect(stands(text, term)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['USB 接口坏了', 'sb', 'inside a longer word'],
    ['把 U 盘插到 usb3 上', 'sb', 'inside a longer word with digits'],
    ['cnm_id 字段为空', 'cnm', 'glued to an underscore'],
    ['import cnm from "./cnm.js"', 'cnm', 'code'],
    ['const nmsl = 1', 'nmsl', 'code'],
    ['路径是 /opt/cnm/bin', 'cnm', 'inside a path'],
    ['cnm.conf 改了吗', 'cnm', 'a file name'],
    ['The CNM on duty today is Dr Li', 'cnm', 'English prose'],
    ['CNM 助产士今天值班', 'cnm', 'a medical title'],
    ['nmsl字段要删掉', 'nmsl', 'a field name'],
  ])('does not stand: %j (%s)', (text, term) => {
    expect(stands(text, term)).toBe(false);
  });
});

describe('parseDictionary: the [单独] marker', () => {
  it('marks a term alone-only; one character is then allowed', () => {
    const parsed = parseDictionary('滚 [单独]\n傻逼\nsb [单独] # 只算单独出现\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.terms).toEqual(['滚', '傻逼', 'sb']);
    expect(parsed.alone).toEqual(['滚', 'sb']);
  });

  it.each<[string, string]>([
    ['one character without the marker', '滚'],
    ['only the marker', '[单独]'],
    ['symbols with the marker', '！！ [单独]'],
  ])('still refused: %s', (_name, text) => {
    expect(parseDictionary(text).problems.map((p) => p.line)).toEqual([1]);
  });
});

const TERMS: TermEntry[] = [
  { term: '滚', category: 'abuse', severity: 'medium', alone: true },
  { term: 'nmsl', category: 'abuse', severity: 'medium' },
  { term: 'sb', category: 'abuse', severity: 'medium' },
];

describe('screening single-character and Latin terms (real jieba)', () => {
  const screener = createScreener({
    terms: TERMS,
    allow: [],
    detectors: [],
    segment: jiebaSegmenter,
    context: { cues: { prohibition: [], notice: [], news: [], after: [], use: [], material: [], technical: TECHNICAL }, rules: [], material: [] },
  });
  beforeAll(() => void jiebaSegmenter('绝密'), 60_000);
  const terms = (text: string): string[] => screener.screen(text).map((f) => `${f.term}:${f.match}`);

  it.each<[string, string[]]>([
    ['滚', ['滚:滚']],
    ['滚！', ['滚:滚']],
    ['你，滚', ['滚:滚']],
    ['你给我滚', ['滚:滚']],
    ['nmsl', ['nmsl:nmsl']],
    ['ＮＭＳＬ，别在群里装', ['nmsl:ＮＭＳＬ']],
    ['你个sb', ['sb:sb']],
  ])('hit: %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['滚动播放', 'inside a word'],
    ['新买的滚筒洗衣机', 'inside a word'],
    ['这个方案需要反复打磨，每个环节都滚动推进，直到上线', 'a long clause'],
    ['USB 接口坏了', 'inside a longer Latin word'],
    ['const nmsl = 1;', 'code'],
  ])('no hit: %j (%s)', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});
