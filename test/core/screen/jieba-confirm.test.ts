import { beforeAll, describe, expect, it } from 'vitest';
import { cutsIntoWords, fitToWords, runsIntoNextWord, type Segmenter } from '../../../src/core/screen/jieba-confirm.js';
import { jiebaSegmenter } from '../../../src/policy/jieba-segmenter.js';

/**
 * A segmenter that cuts as told: `cuts` maps a text to its tokens written
 * `a|b|c`; any other text is cut one code point at a time. Records every text
 * it was asked to cut.
 */
function fakeSegmenter(cuts: Record<string, string>): Segmenter & { calls: string[] } {
  const calls: string[] = [];
  const segment = (text: string): string[] => {
    calls.push(text);
    const tokens = cuts[text]?.split('|') ?? [...text];
    expect(tokens.join('')).toBe(text); // a fake that does not concatenate back would test nothing
    return tokens;
  };
  return Object.assign(segment, { calls });
}

/** [start, end) of the first occurrence of `candidate` in `text`. */
function at(text: string, candidate: string): [number, number] {
  const start = text.indexOf(candidate);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + candidate.length];
}

describe('cutsIntoWords with a fake segmenter', () => {
  it.each<[string, string, string, string, boolean]>([
    ['cut on both sides: 危机/密切', '危机密切', '危机|密切', '机密', true],
    ['cut on both sides: 有机/密封圈', '有机密封圈', '有机|密封圈', '机密', true],
    ['cut on both sides across three tokens', 'abcdef', 'ab|cd|ef', 'bcde', true],
    ['inside one token (starts at its start)', '绝密文件', '绝密文件', '绝密', false],
    ['inside one token (ends at its end)', '泄露机密', '泄露机密', '机密', false],
    ['inside one token (strictly inside)', '商业秘密保护', '商业秘密保护', '秘密', false],
    ['a whole token', '这是机密', '这是|机密', '机密', false],
    ['a whole token among others', '这份是绝密文件', '这份|是|绝密文件', '绝密文件', false],
    ['starts on a boundary, ends inside a token', '绝密切', '绝|密切', '绝密', false],
    ['starts inside a token, ends on a boundary', '危机密', '危机|密', '机密', false],
    ['spans two whole tokens', '机密文件', '机密|文件', '机密文件', false],
    ['every character its own token', '绝 密', '绝| |密', '绝 密', false],
  ])('%s', (_name, text, cuts, candidate, expected) => {
    const [start, end] = at(text, candidate);
    expect(cutsIntoWords(text, start, end, fakeSegmenter({ [text]: cuts }))).toBe(expected);
  });

  it('separators inside the candidate are taken out before segmenting (危机 密切 is cut as 危机/密切)', () => {
    const segment = fakeSegmenter({ 危机密切: '危机|密切' });
    const [start, end] = at('危机 密切', '机 密');
    expect(cutsIntoWords('危机 密切', start, end, segment)).toBe(true);
    expect(segment.calls).toEqual(['危机密切']);
  });

  it('segments only the run of words around the candidate, not the whole message', () => {
    const segment = fakeSegmenter({ 危机密切相关: '危机|密切|相关' });
    const text = '第一句话。今天，危机密切相关！后面还有很多很多话';
    const [start, end] = at(text, '机密');
    expect(cutsIntoWords(text, start, end, segment)).toBe(true);
    expect(segment.calls).toEqual(['危机密切相关']);
  });

  it('the context around a candidate is bounded (24 word characters each side)', () => {
    const left = '左'.repeat(100);
    const right = '右'.repeat(100);
    const text = `${left}机密${right}`;
    const segment = fakeSegmenter({});
    cutsIntoWords(text, 100, 102, segment);
    expect(segment.calls).toEqual([`${'左'.repeat(24)}机密${'右'.repeat(24)}`]);
  });

  it('a candidate at the very start or end of the text is handled', () => {
    expect(cutsIntoWords('机密', 0, 2, fakeSegmenter({}))).toBe(false);
    expect(cutsIntoWords('危机', 1, 2, fakeSegmenter({ 危机: '危机' }))).toBe(false);
  });
});

describe('cutsIntoWords with the real jieba segmenter', () => {
  // jieba loads its dictionaries on the first call (about a second, more on a busy machine)
  beforeAll(() => void jiebaSegmenter('绝密'), 60_000);

  it.each<[string, string, boolean]>([
    ['这次危机密切关系到', '机密', true],
    ['有机密封圈', '机密', true],
    ['到底价格', '底价', true],
    ['有机密件', '机密', true],
    ['这份是绝密文件', '绝密', false],
    ['这份是绝密文件', '绝密文件', false],
    ['泄露机密', '机密', false],
    ['绝密', '绝密', false],
    ['公司的机密文件', '机密', false],
    ['大家一起赌博吧', '赌博', false],
    ['他是个废物', '废物', false],
  ])('%s / %s -> rejected: %s', (text, candidate, expected) => {
    const [start, end] = at(text, candidate);
    expect(cutsIntoWords(text, start, end, jiebaSegmenter)).toBe(expected);
  });

  it('jieba tokens concatenate back to the text, separators included (offsets rely on it)', () => {
    for (const text of ['危机 密切', '绝密\t文件', 'a\nb c', '危机🙂密切', '加vx123，速来']) {
      expect(jiebaSegmenter(text).join('')).toBe(text);
    }
  });
});

describe('the boundary rule: a candidate whose last character begins the next word (fake segmenter)', () => {
  it.each<[string, string, string, string, boolean]>([
    ['the last character begins a three-character word', '刷单元格', '刷|单元格', '刷单', true],
    ['the last character begins a word two characters past the end', '去死胡同', '去|死胡同', '去死', true],
    ['a one-character tail is a suffix', '弄死你们', '弄死|你们', '弄死你', false],
    ['a word begun before the last character', '小姐上门服务', '小姐|上门服务', '小姐上门', false],
    ['followed by a word of its own', '绝密切勿外传', '绝密|切勿|外传', '绝密', false],
    ['inside one token', '绝密文件', '绝密文件', '绝密', false],
    ['a whole token', '这是机密', '这是|机密', '机密', false],
  ])('%s', (_name, text, cuts, candidate, expected) => {
    const [start, end] = at(text, candidate);
    expect(runsIntoNextWord(fitToWords(text, start, end, fakeSegmenter({ [text]: cuts })))).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['这是机密', '机密', true],
    ['这份是绝密文件', '绝密文件', true],
    ['绝密文件', '绝密', false],
    ['绝 密', '绝 密', false],
  ])('whole token: %s / %s -> %s', (text, candidate, whole) => {
    const [start, end] = at(text, candidate);
    const cuts = { 这是机密: '这是|机密', 这份是绝密文件: '这份|是|绝密文件', 绝密文件: '绝密文件', '绝 密': '绝 密' } as Record<string, string>;
    expect(fitToWords(text, start, end, fakeSegmenter(cuts)).whole).toBe(whole);
  });
});

describe('the boundary rule with the real jieba segmenter', () => {
  beforeAll(() => void jiebaSegmenter('绝密'), 60_000);

  it.each<[string, string, boolean]>([
    ['刷单元格', '刷单', true],
    ['把数据刷到单元格里', '刷到', false],
    ['去死胡同', '去死', true],
    ['这条路是死胡同，别去死胡同里找', '去死', true],
    ['绝密切勿外传', '绝密', false],
    ['机密切勿外传', '机密', false],
    ['弄死你们', '弄死', false],
    ['刷单员', '刷单', false],
    ['酒店小姐上门服务', '小姐上门', false],
    ['你怎么不去死', '去死', false],
  ])('%s / %s -> rejected: %s', (text, candidate, expected) => {
    const [start, end] = at(text, candidate);
    const fit = fitToWords(text, start, end, jiebaSegmenter);
    expect((fit.startsInside && fit.endsInside && fit.spansTokens) || runsIntoNextWord(fit)).toBe(expected);
  });
});
