import { describe, expect, it } from 'vitest';
import type { NicknameVerdict } from '../../../src/core/nickname/check-nickname.js';
import { NICKNAME_PROBLEM_TEXT, NICKNAME_PROBLEMS } from '../../../src/core/nickname/nickname-problem.js';
import { nicknameFix } from '../../../src/core/wording/member-texts.js';

const verdict = (problem: string | null, suggestion: string | null): NicknameVerdict => ({ nickname: 'x', ok: false, department: null, name: null, problem, problemCode: null, suggestion });
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('a nickname fix says each thing once', () => {
  it.each(NICKNAME_PROBLEMS)('%s without a suggestion: one example, the format at most once, 群昵称 at most once', (code) => {
    const text = nicknameFix(verdict(NICKNAME_PROBLEM_TEXT[code], null));
    expect(count(text, '销售部-李四')).toBe(1);
    expect(count(text, '“部门-姓名”')).toBeLessThanOrEqual(1);
    expect(count(text, '群昵称')).toBeLessThanOrEqual(1);
  });

  it.each(NICKNAME_PROBLEMS)('%s with a suggestion: the suggestion, and no example beside it', (code) => {
    const text = nicknameFix(verdict(NICKNAME_PROBLEM_TEXT[code], '销售部-小王'));
    expect(text).toContain('请改为“销售部-小王”');
    expect(text).not.toContain('销售部-李四');
  });

  it('no problem text: the format with one example', () => {
    expect(nicknameFix(verdict(null, null))).toBe('群昵称应为“部门-姓名”（例如“销售部-李四”）');
  });
});
