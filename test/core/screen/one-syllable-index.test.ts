import { describe, expect, it } from 'vitest';
import { createOneSyllableMatcher } from '../../../src/core/screen/one-syllable-index.js';

const TERMS = ['内部消息', '小道消息', '', '赌博', '天枢计划书'];
const matcher = createOneSyllableMatcher(TERMS);
const found = (text: string): string[] => matcher.find(text).map((s) => `${TERMS[s.termId]}:${text.slice(s.start, s.end)}`);

describe('four-character terms with one syllable in pinyin', () => {
  it.each<[string, string[]]>([
    ['内bu消息', ['内部消息:内bu消息']],
    ['nei部消息：明天放假', ['内部消息:nei部消息']],
    ['有个内部xiao息', ['内部消息:内部xiao息']],
    ['内部消xi', ['内部消息:内部消xi']],
    ['这是小dao消息，别传', ['小道消息:小dao消息']],
  ])('hit: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['内bubu消息', 'not the syllable'],
    ['neibu消息', 'two syllables (plain pinyin is the pinyin matcher\'s)'],
    ['api内bu消息', 'a letter glued before'],
    ['内bu消息2', 'a digit glued after'],
    ['内部消息', 'no Latin at all'],
    ['du博', 'two-character terms are the automaton\'s (mixed-pinyin.ts)'],
    ['天shu计划书', 'five characters'],
  ])('no hit: %j (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});
