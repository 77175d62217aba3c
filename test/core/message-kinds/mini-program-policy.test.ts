import { describe, expect, it } from 'vitest';
import { screenMiniProgram, type MiniProgramRule } from '../../../src/core/message-kinds/mini-program-policy.js';

describe('screenMiniProgram', () => {
  it.each<[string, MiniProgramRule, { title: string; description: string }, string, [number, number] | null]>([
    ['allow: title and description are the text to screen', 'allow', { title: '拼团优惠', description: '加微信领券' }, '拼团优惠\n加微信领券', null],
    ['allow: an empty description leaves the title alone', 'allow', { title: '会议室预订', description: '' }, '会议室预订', null],
    ['deny: a finding on the title', 'deny', { title: '拼团优惠', description: '加微信领券' }, '拼团优惠\n加微信领券', [0, 4]],
    ['deny: no title, a finding on the description', 'deny', { title: ' ', description: '点击领取' }, '点击领取', [0, 4]],
    ['deny: whitespace around the title is not part of the text', 'deny', { title: '  抽奖  ', description: ' 立即参与 ' }, '抽奖\n立即参与', [0, 2]],
  ])('%s', (_name, rule, program, text, span) => {
    const screening = screenMiniProgram(program, rule);
    expect(screening.text).toBe(text);
    if (span === null) expect(screening.findings).toEqual([]);
    else {
      expect(screening.findings).toEqual([{ category: 'ads', severity: 'low', term: 'mini_program', match: text.slice(...span), start: span[0], end: span[1], source: 'detector' }]);
    }
  });
});
