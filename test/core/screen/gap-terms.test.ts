/**
 * Gap terms (`听说...裁员`): the parts in order within one sentence, each within
 * a few words of the last; either part alone, the parts out of order, across a
 * sentence end or too far apart is no hit. Then through the shipped default
 * policy: hearsay claims and threats against a third person, both sides.
 */
import { describe, expect, it } from 'vitest';
import { createGapAssembler, gapParts, MAX_GAP, type PartHit } from '../../../src/core/screen/gap-terms.js';
import { useDefaultScreener } from '../../support/default-screener.js';

describe('gapParts', () => {
  it.each<[string, string[] | null]>([
    ['听说...裁员', ['听说', '裁员']],
    ['听说…裁员', ['听说', '裁员']],
    ['把他...腿...打折', ['把他', '腿', '打折']],
    ['听说裁员', null],
    ['...裁员', null],
  ])('%s → %j', (term, parts) => {
    expect(gapParts(term)).toEqual(parts);
  });
});

describe('createGapAssembler', () => {
  const gaps = createGapAssembler([['听说', '裁员'], ['把他', '腿', '打折']]);
  // what the term matcher would report: every occurrence of every part (plain text here)
  const partHits = (text: string): PartHit[] => gaps.partKeys.flatMap((key, part) =>
    [...text.matchAll(new RegExp(key, 'g'))].map((m) => ({ part, start: m.index, end: m.index + key.length })));
  const find = (text: string) => gaps.assemble(text, partHits(text));

  it('lists each distinct part once', () => {
    expect(gaps.partKeys).toEqual(['听说', '裁员', '把他', '腿', '打折']);
  });

  it.each<[string, string, boolean]>([
    ['parts in order', '听说厂里明年要裁员', true],
    ['a comma between is one sentence', '听说，厂里要裁员', true],
    ['three parts in order', '我叫几个人把他腿打折', true],
    ['the second part alone', '今年没有裁员计划', false],
    ['the first part alone', '听说明天的会取消了', false],
    ['out of order', '裁员的事我听说了', false],
    ['across a sentence end', '听说了。明年裁员名单已公布', false],
    ['across a line break', '听说了\n裁员', false],
    ['too far apart', `听说${'的'.repeat(MAX_GAP + 1)}裁员`, false],
    ['a missing middle part', '把他打折了', false],
    ['a possessive after the first part', '把他的腿部支具打折卖了', false],
  ])('%s: %s → %s', (_why, text, hit) => {
    expect(find(text).length > 0).toBe(hit);
  });

  it('reports the span from the first part to the last', () => {
    expect(find('据我听说厂里要裁员了')).toEqual([{ term: 0, start: 2, end: 9 }]);
  });

  it('with no part hits finds nothing', () => {
    expect(gaps.assemble('听说要裁员', [])).toEqual([]);
  });
});

describe('gap terms in the shipped lists', () => {
  const screener = useDefaultScreener();
  const { categories } = screener;

  it.each<[string, string]>([
    ['rumour', '听说厂里要搬去越南，明年这边全关了'],
    ['rumour', '我听财务的人说下个月开始降薪20%'],
    ['rumour', '据说这次事故要扣全组年终奖'],
    ['rumour', '有人说下个月合同工全部转劳务派遣'],
    ['violence', '下次来我找人在外面把他废了'],
    ['violence', '再扣我工时，我拿扳手砸烂他的头'],
    ['violence', '我叫几个人把他腿打折'],
    ['rumour', '听 说 厂里明年要 裁 员'],
    ['rumour', '聽說廠裡要裁員了'],
  ])('%s: %s', (category, text) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    '听说明天的培训取消了，改到周五',
    '听说新食堂下周开业',
    '两个部门合并办公，下周搬工位',
    '听说你们部门要搬到三楼了',
    '把他的申请废了，重新提',
    '老板把他的预算砍了',
    '让他住院观察两天',
    '一把转账给供应商',
    '赢了比赛请客吃饭',
    '我听说这个方案要合并到下一版',
    '听说客户那边出了点事故，订单可能推迟',
    '明天找人收拾他的工位',
    '质检说这批货砸了，全部返工',
    '三号机的刀具磨损了，换一把新刀',
  ])('no case: %s', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });

  it('a listed phrase inside a gap term is reported as itself', () => {
    expect(screener.screen('听说公司要倒闭，大家早做打算').map((f) => f.term)).toContain('公司要倒闭');
  });
});
