import { describe, expect, it } from 'vitest';
import { allowProposals, MAX_PROPOSALS, proposedEntry, spares, termNeighbours } from '../../../src/core/learning/allow-proposals.js';
import { learningExample, type LearningExample } from '../../../src/core/learning/learning-example.js';
import { confirmed, overturned, screened } from './learning-cases.js';

const fa = (terms: string[], excerpt: string): LearningExample => learningExample(overturned(screened(terms, excerpt)))!;
const up = (terms: string[], excerpt: string): LearningExample => learningExample(confirmed(screened(terms, excerpt)))!;
const times = (k: number, make: () => LearningExample): LearningExample[] => Array.from({ length: k }, make);

describe('termNeighbours', () => {
  it.each([
    { excerpt: '▇▇▇享今晚发版', term: '百家乐', want: { before: '', after: '享' } },
    { excerpt: '真人▇▇▇在线', term: '百家乐', want: { before: '人', after: '在' } },
    { excerpt: '玩 ▇▇▇，私聊', term: '百家乐', want: { before: '', after: '' } },
    { excerpt: '客户手机 13800000000', term: '13800000000', want: { before: '', after: '' } },
    { excerpt: '没有这个词', term: '百家乐', want: null },
  ])('$excerpt', ({ excerpt, term, want }) => {
    expect(termNeighbours(excerpt, term)).toEqual(want);
  });
});

describe('proposedEntry: the word around the term that recurs in the false alarms, else the term', () => {
  it.each([
    { name: 'the same next character every time', list: [fa(['百家乐'], '▇▇▇享发版'), fa(['百家乐'], '▇▇▇享提测'), fa(['百家乐'], '新版▇▇▇享')], want: '百家乐享' },
    { name: 'the same character before, most of the time', list: [fa(['刷单'], '不▇▇了'), fa(['刷单'], '不▇▇啊'), fa(['刷单'], '▇▇')], want: '不刷单' },
    { name: 'a single occurrence is not a pattern', list: [fa(['百家乐'], '▇▇▇享发版'), fa(['百家乐'], '玩▇▇▇')], want: '百家乐' },
    { name: 'neighbours that differ every time', list: [fa(['百家乐'], '▇▇▇A'), fa(['百家乐'], '▇▇▇B'), fa(['百家乐'], '▇▇▇C')], want: '百家乐' },
    { name: 'cases with several terms cannot be placed', list: [fa(['百家乐', '上分'], '▇▇▇享▇▇'), fa(['百家乐', '上分'], '▇▇▇享▇▇')], want: '百家乐' },
  ])('$name → $want', ({ list, want }) => {
    expect(proposedEntry(list[0]!.terms[0]!, list)).toBe(want);
  });
});

describe('spares: which upheld cases an entry would let through', () => {
  it.each([
    { name: 'the bare term spares a single-term case', entry: '百家乐', e: up(['百家乐'], '玩▇▇▇'), want: true },
    { name: 'another term still catches a multi-term case', entry: '百家乐', e: up(['百家乐', '彩金'], '▇▇▇送▇▇'), want: false },
    { name: 'the longer entry spares a case with the same word', entry: '百家乐享', e: up(['百家乐'], '▇▇▇享'), want: true },
    { name: 'the longer entry does not spare a case without it', entry: '百家乐享', e: up(['百家乐'], '真人▇▇▇开户'), want: false },
  ])('$name', ({ entry, e, want }) => {
    expect(spares(entry, '百家乐', e)).toBe(want);
  });
});

describe('allowProposals: ranking and numbering', () => {
  const codeName = [...times(5, () => fa(['百家乐'], '▇▇▇享发版')), ...times(6, () => up(['百家乐'], '真人▇▇▇开户'))];
  const refund = times(3, () => fa(['返现'], '▇▇单已到账'));
  const once = [fa(['赌'], '▇一把')];

  it('most overturned first, numbered from 1; one overturn is not enough', () => {
    const got = allowProposals([...refund, ...codeName, ...once], []);
    expect(got.map((p) => [p.n, p.term, p.entry, p.overturned, p.upheld])).toEqual([
      [1, '百家乐', '百家乐享', 5, 0],
      [2, '返现', '返现单', 3, 0],
    ]);
  });

  it('a term whose entry would let through as many upheld cases as it spares false alarms is not proposed', () => {
    const list = [...times(3, () => fa(['赌博'], '▇▇')), ...times(3, () => up(['赌博'], '▇▇'))];
    expect(allowProposals(list, [])).toEqual([]);
    expect(allowProposals([...list, fa(['赌博'], '▇▇')], []).map((p) => p.entry)).toEqual(['赌博']);
  });

  it('ties: fewer spared upheld cases first, then by term', () => {
    const list = [...times(2, () => fa(['乙'], '▇')), ...times(2, () => fa(['甲'], '▇')), ...times(3, () => fa(['丙'], '▇')), up(['丙'], '▇')];
    expect(allowProposals(list, []).map((p) => p.term)).toEqual(['丙', '乙', '甲']); // 乙 U+4E59 before 甲 U+7532
    expect(allowProposals(list, [])[0]).toMatchObject({ term: '丙', overturned: 3, upheld: 1 });
  });

  it('an entry (or its term) already on the allow-list is not proposed again, and the rest renumber', () => {
    expect(allowProposals([...refund, ...codeName], ['百家乐享']).map((p) => [p.n, p.entry])).toEqual([[1, '返现单']]);
    expect(allowProposals([...refund, ...codeName], ['返现']).map((p) => [p.n, p.entry])).toEqual([[1, '百家乐享']]);
  });

  it(`at most ${MAX_PROPOSALS}`, () => {
    const many = ['一', '二', '三', '四', '五', '六', '七'].flatMap((t) => times(2, () => fa([t], '▇')));
    expect(allowProposals(many, [])).toHaveLength(MAX_PROPOSALS);
  });
});
