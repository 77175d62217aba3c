import { describe, expect, it } from 'vitest';
import { createPinyinMatcher } from '../../../src/core/screen/pinyin-index.js';
import { MAX_SEPARATORS_IN_GAP } from '../../../src/core/screen/term-matcher.js';
import { normalise } from '../../../src/core/text/normalise.js';

const TERMS = ['赌博', '机密', '阿姨', 'qq群', '绿色', '客户名单'];
const matcher = createPinyinMatcher(TERMS);

/** Terms whose pinyin the (normalised) text spells, as `term:matched text`. */
function find(original: string): string[] {
  const text = normalise(original).text;
  return matcher.find(text).map((s) => `${TERMS[s.termId]}:${text.slice(s.start, s.end)}`);
}

describe('pinyin matcher: hits', () => {
  it.each<[string, string[]]>([
    ['dubo', ['赌博:dubo']],
    ['du bo', ['赌博:du bo']],
    ['DUBO', ['赌博:dubo']],
    ['Du Bo', ['赌博:du bo']],
    ['ＤＵＢＯ', ['赌博:dubo']],
    ['du-bo', ['赌博:du-bo']],
    ['du.bo', ['赌博:du.bo']],
    ['du\nbo', ['赌博:du\nbo']],
    ['du😀bo', ['赌博:du😀bo']],
    [`du${' '.repeat(MAX_SEPARATORS_IN_GAP)}bo`, [`赌博:du${' '.repeat(MAX_SEPARATORS_IN_GAP)}bo`]],
    ['一起dubo吧', ['赌博:dubo']],
    ['来 dubo 吗', ['赌博:dubo']],
    ['dubo!', ['赌博:dubo']],
    ['dubo。', ['赌博:dubo']],
    ['jimi', ['机密:jimi']],
    ['ji mi', ['机密:ji mi']],
    ['JiMi', ['机密:jimi']],
    ['jimi.', ['机密:jimi']],
    ['lvse', ['绿色:lvse']],
    ['du_bo', ['赌博:du_bo']],
    ["du'bo", ["赌博:du'bo"]],
    ['du·bo', ['赌博:du·bo']],
    ['du~bo', ['赌博:du~bo']],
    ['du*bo', ['赌博:du*bo']],
    ['(dubo)', ['赌博:dubo']],
    ['【dubo】', ['赌博:dubo']],
    ['注意：dubo', ['赌博:dubo']],
    ['kehumingdan', ['客户名单:kehumingdan']],
    ['kehu mingdan', ['客户名单:kehu mingdan']],
    ['ke hu ming dan', ['客户名单:ke hu ming dan']],
  ])('%j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('pinyin matcher: no hit', () => {
  it.each<[string, string]>([
    ['Jimi Hendrix', 'the pinyin is only part of a longer Latin run'],
    ['Dubo hello', 'the pinyin is only part of a longer Latin run'],
    ['dubo123', 'digits glued after'],
    ['123dubo', 'digits glued before'],
    ['dubox', 'a letter glued after'],
    ['xdubo', 'a letter glued before'],
    ['d ubo', 'separator not on a syllable boundary'],
    ['dub o', 'separator not on a syllable boundary'],
    ['kehum ingdan', 'separator not on a syllable boundary'],
    [`du${' '.repeat(MAX_SEPARATORS_IN_GAP + 1)}bo`, 'gap longer than the bound'],
    ['du!bo', 'a sentence end inside'],
    ['du:bo', 'a colon ends the run'],
    ['du(bo', 'a bracket ends the run'],
    ['du,bo', 'a comma ends the run'],
    ['du。bo', 'a sentence end inside'],
    ['ayi', 'pinyin shorter than four letters is not indexed (too many ordinary words)'],
    ['qq', 'terms with Latin letters are not indexed by pinyin'],
    ['du', 'a single syllable'],
    ['', 'empty text'],
  ])('%j (%s)', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('pinyin matcher: spans', () => {
  it('reports normalised offsets and whether separators were skipped', () => {
    expect(matcher.find('来 du bo')).toEqual([{ termId: 0, start: 2, end: 7, gapped: true }]);
    expect(matcher.find('dubo')).toEqual([{ termId: 0, start: 0, end: 4, gapped: false }]);
  });

  it('finds several runs in one text', () => {
    expect(find('dubo 不行，jimi 也不行')).toEqual(['赌博:dubo', '机密:jimi']);
  });

  it('a matcher without Chinese terms finds nothing', () => {
    expect(createPinyinMatcher(['vx', '']).find('vx dubo')).toEqual([]);
  });

  it('a very long Latin run is skipped without a hit', () => {
    expect(find(`${'dubo'.repeat(50)}`)).toEqual([]);
    expect(find('a'.repeat(100_000))).toEqual([]);
  });
});
