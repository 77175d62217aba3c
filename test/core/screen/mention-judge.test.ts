import { describe, expect, it } from 'vitest';
import type { ContextCues } from '../../../src/core/screen/context-cues.js';
import { createScreener, type TermEntry } from '../../../src/core/screen/screener.js';
import { eachCharacter } from '../../support/segmenters.js';

/** Small cue lists, so each row shows which rule decides. */
const CUES: ContextCues = {
  prohibition: ['严禁', '不要', '请勿', '注意保密'],
  notice: ['通知', '新闻'],
  news: ['打掉'],
  after: ['违法', '请登录'],
  consequence: ['被开除'],
  use: ['找我', '不要错过'],
  material: ['这份', '如下'],
  technical: [],
};

const TERMS: TermEntry[] = [
  { term: '赌博', category: 'gambling', severity: 'high' },
  { term: '薪资', category: 'confidential', severity: 'high' },
  { term: '请勿外传', category: 'confidential', severity: 'high' },
  { term: '弄死你', category: 'violence', severity: 'high' },
  { term: '小道消息', category: 'rumour', severity: 'low' },
  { term: '还没通知...先看', category: 'confidential', severity: 'high' },
];

const screener = createScreener({
  terms: TERMS,
  allow: [],
  detectors: ['cn_mobile'],
  segment: eachCharacter,
  context: { cues: CUES, rules: ['禁止发布赌博、色情内容。'], material: ['confidential'] },
});

const reasons = (text: string): string[] => screener.explain(text).suppressed.map((s) => `${s.finding.term}:${s.reason}`);
const terms = (text: string): string[] => screener.screen(text).map((f) => f.term);

describe('mention judge: each rule, both sides', () => {
  it.each<[string, string, string[]]>([
    ['a prohibition before the term, same clause', '严禁参与赌博', ['赌博:prohibition']],
    ['a news cue before the term, same clause', '警方打掉赌博团伙', ['赌博:news']],
    ['a notice header excuses the whole message', '通知：周五讲赌博的危害', ['赌博:notice']],
    ['a bracketed header', '【新闻】赌博团伙落网', ['赌博:notice']],
    ['a judgement after the term, same sentence', '赌博，是违法的', ['赌博:judgement']],
    ['a pointer after the term', '薪资请登录系统查看', ['薪资:judgement']],
    ['a consequence after the term', '上次赌博被开除的事', ['赌博:judgement']],
    ['a marker after a reminder in its sentence', '大家注意保密，请勿外传', ['请勿外传:reminder']],
    ['a marker with an object forbids', '请勿外传薪资', ['请勿外传:prohibition', '薪资:prohibition']],
    ['the rules quoted', '禁止发布赌博、色情内容', ['赌博:rules']],
    ['a notice word in the header outside the term', '通知：名单还没通知，先看一下', ['还没通知...先看:notice']],
  ])('excused: %s (%j)', (_name, text, expected) => {
    expect(terms(text)).toEqual([]);
    expect(reasons(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['the prohibition is in another clause', '严禁刷屏，赌博的来', ['赌博']],
    ['the judgement is in another sentence', '赌博走起。违法又怎样', ['赌博']],
    ['a consequence is what a rumour claims', '小道消息：老张要被开除', ['小道消息']],
    ['a consequence in another sentence', '赌博走起。被开除又怎样', ['赌博']],
    ['a person between the cue and the term', '不要逼我弄死你', ['弄死你']],
    ['a news word in the first clause that is about a person', '打掉你的牙，赌博去', ['赌博']],
    ['a notice word later in a long first clause is no header', '周末大家一起去赌博然后发通知', ['赌博']],
    ['a notice word after the header', '周末安排：赌博，然后发通知', ['赌博']],
    ['the header\'s only notice word is inside the term', '名单还没通知，你们先看', ['还没通知...先看']],
    ['a short message is not a header of itself (请转发反赌博宣传材料 asks to forward material)', '赌博的通知', ['赌博']],
    ['a use cue anywhere', '严禁赌博？赌博找我', ['赌博', '赌博']],
    ['a pitch that starts like a prohibition', '不要错过赌博', ['赌博']],
    ['a marker with nothing before it labels material', '会议决议，请勿外传', ['请勿外传']],
    ['a material cue, material category', '严禁外发：这份薪资表', ['薪资']],
    ['an amount, material category', '严禁外发，薪资8500元', ['薪资']],
    ['a contact handle', '严禁赌博 wx: abc888', ['赌博']],
    ['a detector finding in the message', '严禁赌博，电话13812345678', ['赌博', 'cn_mobile']],
    ['no cue at all', '周末赌博去', ['赌博']],
  ])('counted: %s (%j)', (_name, text, expected) => {
    expect(terms(text)).toEqual(expected);
    expect(reasons(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['a material cue does not count for a non-material category', '新闻：这份报道说打掉了赌博团伙'],
    ['an amount does not count for a non-material category', '新闻：打掉赌博团伙，涉案1200万元'],
  ])('%s', (_name, text) => {
    expect(terms(text)).toEqual([]);
  });

  it('without context every hit counts (old behaviour)', () => {
    const plain = createScreener({ terms: TERMS, allow: [], detectors: [], segment: eachCharacter });
    expect(plain.screen('严禁参与赌博').map((f) => f.term)).toEqual(['赌博']);
    expect(plain.explain('严禁参与赌博').suppressed).toEqual([]);
  });
});
