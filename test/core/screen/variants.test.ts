import { describe, expect, it } from 'vitest';
import { createScreener, type TermEntry } from '../../../src/core/screen/screener.js';
import { parseVariants } from '../../../src/core/screen/variant-table.js';
import { createVariantRewriter } from '../../../src/core/screen/variant-rewrite.js';
import { eachCharacter } from '../../support/segmenters.js';

describe('parseVariants', () => {
  it('reads `stand-in character` lines, comments and blanks; splits are ordinary characters', () => {
    const parsed = parseVariants('# 表\n🐴 妈\n\n➕ 加  # 加号\n弓虽 强\n❤️ 信\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.variants).toEqual([
      { source: '🐴', target: '妈', split: false },
      { source: '➕', target: '加', split: false },
      { source: '弓虽', target: '强', split: true },
      { source: '❤', target: '信', split: false }, // the variation selector is normalised away
    ]);
  });

  it.each<[string, string, number]>([
    ['one part only', '🐴', 1],
    ['three parts', '🐴 妈 马', 1],
    ['a stand-in that normalises to its character', '# x\nＡ a', 2],
    ['a stand-in that is invisible', '\u200B 妈', 1],
  ])('%s is reported with its line', (_name, text, line) => {
    const parsed = parseVariants(text);
    expect(parsed.problems.map((p) => p.line)).toEqual([line]);
    expect(parsed.variants).toEqual([]);
  });
});

describe('createVariantRewriter', () => {
  const rewriter = createVariantRewriter(parseVariants('🐴 妈\n弓虽 强\n弓 弓箭').variants);

  it('maps every unit of the rewrite back to its piece; the longest stand-in wins', () => {
    const [rw, ...more] = rewriter.rewrite('a🐴弓虽弓', 10);
    expect(more).toEqual([]);
    expect(rw?.text).toBe('a妈强弓箭');
    expect(rw?.from).toEqual([0, 1, 3, 5, 5]);
    expect(rw?.to).toEqual([1, 3, 5, 6, 6]);
    expect([...rw!.kind]).toEqual([0, 1, 2, 2, 2]);
  });

  it('rewrites only windows around the stand-ins, merging those that overlap', () => {
    const text = `🐴${'x'.repeat(20)}🐴x🐴${'y'.repeat(20)}`;
    const windows = rewriter.rewrite(text, 3);
    expect(windows.map((w) => w.text)).toEqual(['妈xxx', 'xxx妈x妈yyy']);
    expect(windows[1]!.from[0]).toBe(19);
  });

  it.each(['', '今天开会', '🐶'])('no stand-in, no rewrite: %j', (text) => {
    expect(rewriter.rewrite(text, 10)).toEqual([]);
  });
});

const TERMS: TermEntry[] = [
  { term: '你妈的', category: 'abuse', severity: 'medium' },
  { term: '加群', category: 'ads', severity: 'medium' },
  { term: 'v信', category: 'ads', severity: 'medium' },
  { term: '强奸', category: 'porn', severity: 'high' },
  { term: '强迫', category: 'test', severity: 'low' },
];
const VARIANTS = parseVariants('🐴 妈\n➕ 加\n❤ 信\n弓虽 强\n女干 奸').variants;
const screener = createScreener({ terms: TERMS, allow: [], detectors: [], segment: eachCharacter, variants: VARIANTS });
const brief = (text: string): string[] => screener.screen(text).map((f) => `${f.term}:${f.match}@${f.start}-${f.end}`);

describe('screening with the variant table', () => {
  it.each<[string, string[]]>([
    ['你🐴的', ['你妈的:你🐴的@0-4']],
    ['你🐴的，又改需求', ['你妈的:你🐴的@0-4']],
    ['➕群领红包', ['加群:➕群@0-2']],
    ['快 ➕ 群', ['加群:➕ 群@2-5']],
    ['v❤', ['v信:v❤@0-2']],
    ['V❤️联系 (the variation selector is dropped, as for any term)', ['v信:V❤@0-2']],
    ['弓虽女干', ['强奸:弓虽女干@0-4']],
    ['说他弓虽奸', ['强奸:弓虽奸@2-5']],
    [`${'今天开会。'.repeat(200)}你🐴的`, ['你妈的:你🐴的@1000-1004']],
    ['你妈的', ['你妈的:你妈的@0-3']],
  ])('hit: %j', (text, expected) => {
    expect(brief(text.split(' (')[0]!)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['女干部开会', 'split characters that make an ordinary word'],
    ['弓虽迫', 'split characters for a low-severity term'],
    ['🐴上到', 'a stand-in that makes no term'],
    ['你🐶的', 'an emoji not in the table'],
    ['拉我+群', 'ASCII plus is not in the table'],
    ['🐴🐴🐴', 'stand-ins only'],
  ])('no hit: %j (%s)', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });

  it('without a table, stand-ins are separators as before', () => {
    const plain = createScreener({ terms: TERMS, allow: [], detectors: [], segment: eachCharacter });
    expect(plain.screen('你🐴的')).toEqual([]);
  });
});
