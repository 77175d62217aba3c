/**
 * A quoted phrase is named, not used, when the message warns about it or calls
 * it a kind of phrase; quoting one's own pitch is still the pitch.
 */
import { describe, expect, it } from 'vitest';
import { callsItAPhrase, quotedEnd } from '../../../src/core/screen/quoted.js';
import { useDefaultScreener } from '../../support/default-screener.js';

describe('quotedEnd', () => {
  it.each<[string, string, boolean]>([
    ['curly quotes', '警惕“高额返利”陷阱', true],
    ['corner quotes', '敏感词「百家乐」', true],
    ['no quotes', '高额返利等你来', false],
    ['only an opening quote', '他说“高额返利等你来', false],
    ['a quote closed before the term', '“你好”高额返利', false],
  ])('%s: %s', (_why, text, inside) => {
    const start = text.indexOf('高额') >= 0 ? text.indexOf('高额') : text.indexOf('百家乐');
    const end = start + (text.includes('百家乐') ? 3 : 4);
    expect(quotedEnd(text, start, end) > 0).toBe(inside);
  });
});

describe('callsItAPhrase', () => {
  it.each<[string, boolean]>([
    ['这类词', true],
    ['“时时彩”这类词', true],
    ['之类的话术要拦截', true],
    ['，来玩吧', false],
    ['今晚八点开始', false],
  ])('%s → %s', (after, calls) => {
    expect(callsItAPhrase(after, 0)).toBe(calls);
  });
});

describe('quoted phrases through the default policy', () => {
  const screener = useDefaultScreener();

  it.each([
    '今天做消保宣传，主题是“警惕高额返利、稳赚不赔的投资陷阱”，横幅已经挂好',
    '敏感词库要加“百家乐”“时时彩”这类词，运营反馈漏了很多',
    '安全培训PPT第12页：常见的钓鱼话术有“扫码领取红包”“加vx领资料”',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
    expect(screener.explain(text).suppressed.length).toBeGreaterThan(0);
  });

  it.each<[string, string]>([
    ['gambling', '“百家乐”今晚开台，上分找我'],
    ['ads', '“稳赚不赔”的项目，有意者私聊'],
    ['gambling', '我跟你说“百家乐”真的好玩'],
    ['ads', '警惕别人骗你，我这个“稳赚不赔”，私聊我'],
  ])('%s: %s', (category, text) => {
    expect(screener.screen(text).map((f) => f.category)).toContain(category);
  });
});
