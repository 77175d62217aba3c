import { describe, expect, it } from 'vitest';
import { categoryFromWord, categoryLabel, categoryList } from '../../../src/core/wording/category-label.js';

const CONFIGURED = ['confidential', 'gambling', 'ads', 'project_x'];

describe('#词库 takes the category names the bot itself uses', () => {
  it.each([
    ['保密', 'confidential'],
    ['公司保密信息', 'confidential'],
    ['confidential', 'confidential'],
    ['Confidential', 'confidential'],
    ['赌博', 'gambling'],
    ['广告', 'ads'],
    ['推广', 'ads'],
    ['广告/推广', 'ads'],
    ['project_x', 'project_x'],
  ])('%s → %s', (word, category) => {
    expect(categoryFromWord(word, CONFIGURED)).toBe(category);
  });

  it.each([
    ['色情', 'a shipped category this policy does not configure'],
    ['保', 'part of a name'],
    ['公司', 'part of a label'],
    ['赌', 'a shorter word'],
    ['', 'nothing'],
  ])('%s is no category (%s)', (word) => {
    expect(categoryFromWord(word, CONFIGURED)).toBeNull();
  });

  it('lists the categories in Chinese (a policy-defined one by its own name)', () => {
    expect(categoryList(CONFIGURED)).toBe('公司保密信息、赌博、广告/推广、project_x');
  });

  it.each([
    ['cn_id', '身份证号'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['__proto__', '__proto__'],
  ])('a policy category named like an object property shows its own name: %s → %s', (category, label) => {
    expect(categoryLabel(category)).toBe(label);
  });
});
