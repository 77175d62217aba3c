import { describe, expect, it } from 'vitest';
import { decisionsChanged, secondOpinionFor, trainSecondOpinion } from '../../../src/bot/learning/second-opinion.js';
import type { CaseRecord } from '../../../src/core/cases/index.js';
import { learningExamples } from '../../../src/core/learning/learning-example.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { confirmed, overturned, screened } from '../../core/learning/learning-cases.js';

/** Words split on spaces: the tests control the tokens exactly. */
const bySpace = (t: string): string[] => t.split(' ');
/** A screened 百家乐 case an admin overturned or confirmed. */
const decided = (excerpt: string, label: 'overturned' | 'confirmed'): CaseRecord => (label === 'overturned' ? overturned : confirmed)(screened(['百家乐'], excerpt));

const innocent = (k: number) => Array.from({ length: k }, (_, i) => decided(`▇▇▇ 享 发版 测试 ${i % 3 === 0 ? '回归' : '提测'}`, 'overturned'));
const real = (k: number) => Array.from({ length: k }, (_, i) => decided(`真人 ▇▇▇ 开户 ${i % 2 ? '彩金' : '上分'}`, 'confirmed'));
const ask = (excerpt: string) => ({ terms: ['百家乐'], excerpt, categories: ['gambling'] });

describe('trainSecondOpinion', () => {
  it.each([
    { fa: 9, ok: 10 },
    { fa: 10, ok: 9 },
    { fa: 0, ok: 0 },
  ])('no opinion at all with $fa false alarms and $ok confirmed', ({ fa, ok }) => {
    const opinion = trainSecondOpinion(learningExamples([...innocent(fa), ...real(ok)]), bySpace);
    expect(opinion.counts).toEqual({ falseAlarms: fa, confirmed: ok });
    expect(opinion.falseAlarmProbability(ask('▇▇▇ 享 发版'))).toBeNull();
  });

  it.each([
    { excerpt: '▇▇▇ 享 提测 测试', high: true },
    { excerpt: '真人 ▇▇▇ 开户 彩金', high: false },
  ])('trained on 10 and 10: "$excerpt" is a likely false alarm: $high', ({ excerpt, high }) => {
    const p = trainSecondOpinion(learningExamples([...innocent(10), ...real(10)]), bySpace).falseAlarmProbability(ask(excerpt));
    expect(p).not.toBeNull();
    if (high) expect(p!).toBeGreaterThan(0.9);
    else expect(p!).toBeLessThan(0.1);
  });
});

describe('secondOpinionFor: trained from the store, retrained after a decision', () => {
  it('reads every case of the store, and reads again only after decisionsChanged', async () => {
    const store = createMemoryStore();
    for (const c of [...innocent(10), ...real(9)]) await store.cases.add({ ...c, id: await store.cases.nextCaseId() });
    const before = await secondOpinionFor(store);
    expect(before.counts).toEqual({ falseAlarms: 10, confirmed: 9 });
    await store.cases.add({ ...real(1)[0]!, id: await store.cases.nextCaseId() });
    expect((await secondOpinionFor(store)).counts).toEqual({ falseAlarms: 10, confirmed: 9 }); // cached
    decisionsChanged(store);
    expect((await secondOpinionFor(store)).counts).toEqual({ falseAlarms: 10, confirmed: 10 });
  });
});
