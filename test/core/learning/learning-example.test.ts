import { describe, expect, it } from 'vitest';
import { openManualCase, type CaseRecord } from '../../../src/core/cases/index.js';
import { exampleCounts, learningExample, learningExamples, learningText, learningTokens } from '../../../src/core/learning/learning-example.js';
import { appealRejected, confirmed, kept, overturned, removed, screened } from './learning-cases.js';

const manual = openManualCase({ id: 'C900', roomId: 'r1', roomTopic: 't', memberId: 'm1', memberName: 'n', at: 1 }, { by: 'wxid_admin1', reason: '广告', reachesRemoval: false });

describe('learningExample: which decided cases teach, and what', () => {
  it.each<{ name: string; c: CaseRecord; label: 'false_alarm' | 'confirmed' | null }>([
    { name: 'overturned → false alarm', c: overturned(screened(['百家乐'], '▇▇▇享今晚发版')), label: 'false_alarm' },
    { name: 'confirmed → confirmed', c: confirmed(screened(['百家乐'], '真人▇▇▇在线开户')), label: 'confirmed' },
    { name: 'removal decided → confirmed', c: removed(screened(['百家乐'], '▇▇▇上分')), label: 'confirmed' },
    { name: 'appeal rejected → confirmed', c: appealRejected(screened(['百家乐'], '▇▇▇带飞')), label: 'confirmed' },
    { name: 'pending case, member kept (case stands) → confirmed', c: kept(screened(['百家乐'], '▇▇▇回血', { action: 'request_removal' })), label: 'confirmed' },
    { name: 'confirmed, then overturned → false alarm (the last word wins)', c: overturned(confirmed(screened(['百家乐'], '▇▇▇享'))), label: 'false_alarm' },
    { name: 'undecided open case → nothing', c: screened(['百家乐'], '▇▇▇开台'), label: null },
    { name: 'review case not yet decided → nothing', c: screened(['百家乐'], '▇▇▇享', { action: 'review' }), label: null },
    { name: 'manual warning, even overturned → nothing (no term to learn)', c: overturned(manual), label: null },
    { name: 'screened case without terms (a detector finding) → nothing', c: overturned(screened([], '手机号 138****0000', { categories: ['cn_mobile'] })), label: null },
  ])('$name', ({ c, label }) => {
    expect(learningExample(c)?.label ?? null).toBe(label);
  });

  it('keeps the redacted excerpt, never text of a confidential case', () => {
    const secret = learningExample(overturned(screened(['绝密'], '（含保密内容，原文不保存）', { categories: ['confidential'] })));
    expect(secret).toMatchObject({ terms: ['绝密'], text: '', excerpt: '' });
    const plain = learningExample(overturned(screened(['百家乐'], '▇▇▇享 2.4 版今晚发布')));
    expect(plain).toMatchObject({ text: '享 2.4 版今晚发布', excerpt: '▇▇▇享 2.4 版今晚发布' });
  });

  it('counts both kinds over a list of cases, skipping the undecided', () => {
    const cases = [overturned(screened(['a'], 'x')), overturned(screened(['a'], 'y')), confirmed(screened(['a'], 'z')), screened(['a'], 'w')];
    expect(learningExamples(cases)).toHaveLength(3);
    expect(exampleCounts(learningExamples(cases))).toEqual({ falseAlarms: 2, confirmed: 1 });
  });
});

describe('learningText and learningTokens', () => {
  it.each([
    { excerpt: '▇▇▇享今晚发版', categories: ['gambling'], text: '享今晚发版' },
    { excerpt: '真人▇▇▇ 在线▇▇开户', categories: ['gambling'], text: '真人 在线 开户' },
    { excerpt: '（含保密内容，原文不保存）', categories: ['confidential', 'ads'], text: '' },
  ])('$excerpt → "$text"', ({ excerpt, categories, text }) => {
    expect(learningText({ excerpt, categories })).toBe(text);
  });

  it('tokens are the terms plus the words, punctuation dropped and Latin lower-cased', () => {
    const segment = (t: string): string[] => t.split(/(\s+|，)/);
    expect(learningTokens(['百家乐'], '享 iOS，上架', segment)).toEqual(['百家乐', '享', 'ios', '上架']);
    expect(learningTokens(['绝密'], '', segment)).toEqual(['绝密']);
  });
});
