/**
 * A quoted message is matched to a case by its redacted excerpt, computed the way the
 * case's was: the same text with the same findings masked matches; another text, a
 * case no longer standing, or a raw text against a redacted excerpt does not.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/core/cases/index.js';
import { findQuotedCase, reportedMessageExcerpt } from '../../../src/core/message-kinds/quoted-case.js';
import type { Finding } from '../../../src/core/types.js';
import { safeExcerpt } from '../../../src/core/wording/excerpt.js';
import { kase } from '../digest/fixtures.js';

const GAMBLING = '周末一起去赌博吗';
const gambling: Finding = { category: 'gambling', severity: 'high', term: '赌博', match: '赌博', start: 5, end: 7, source: 'dictionary' };
const PHONE = '客户电话 13812345678 发你了';
const phone: Finding = { category: 'cn_mobile', severity: 'high', term: 'cn_mobile', match: '138****5678', start: 5, end: 16, source: 'detector' };

const violation = (text: string, findings: Finding[], over: Partial<CaseRecord> = {}): CaseRecord => kase({ excerpt: safeExcerpt(text, findings), ...over });

describe('findQuotedCase', () => {
  it.each<[string, CaseRecord[], string, Finding[], number | null]>([
    ['the violation case of the quoted message', [violation(GAMBLING, [gambling])], GAMBLING, [gambling], 0],
    ['a case whose personal data was redacted, quoted with the raw number', [violation(PHONE, [phone])], PHONE, [phone], 0],
    ['a soft-mute case of an unscreened message (excerpt redacted, no findings)', [kase({ excerpt: safeExcerpt('哈哈 13812345678', []).replace('13812345678', '138****5678') })], '哈哈 13812345678', [], 0],
    ['an earlier member\'s report of the same quoted message', [kase({ kind: 'report', messageId: null, excerpt: reportedMessageExcerpt(GAMBLING, [gambling]) })], GAMBLING, [gambling], 0],
    ['the newest of two cases of the same text', [violation(GAMBLING, [gambling], { at: 1 }), violation(GAMBLING, [gambling], { at: 2 })], GAMBLING, [gambling], 1],
    ['a quote spread over lines matches the flattened excerpt', [violation('周末一起\n去赌博吗', [{ ...gambling, start: 6, end: 8 }])], '周末一起 去赌博吗', [{ ...gambling, start: 6, end: 8 }], 0],
    ['another message of the member', [violation('今晚打牌吗', [])], GAMBLING, [gambling], null],
    ['the same text masked differently (the quote screens clean now, the case was masked)', [violation(GAMBLING, [gambling])], GAMBLING, [], null],
    ['an overturned case', [violation(GAMBLING, [gambling], { status: 'overturned' })], GAMBLING, [gambling], null],
    ['a closed case', [violation(GAMBLING, [gambling], { status: 'closed' })], GAMBLING, [gambling], null],
    ['a nickname case whose excerpt happens to match', [kase({ kind: 'nickname', excerpt: GAMBLING })], GAMBLING, [], null],
  ])('%s', (_name, cases, quoted, findings, index) => {
    expect(findQuotedCase(cases, quoted, findings)).toBe(index === null ? undefined : cases[index]);
  });
});

describe('reportedMessageExcerpt', () => {
  it.each([
    ['masks the findings and marks the excerpt', GAMBLING, [gambling], '（被举报的消息）周末一起去▇▇吗'],
    ['redacts personal data even where no detector found it', '电话 13812345678', [], '（被举报的消息）电话 138****5678'],
    ['keeps nothing of confidential text', '这是绝密文件', [{ ...gambling, category: 'confidential', start: 2, end: 4 }], '（被举报的消息）（含保密内容，原文不保存）'],
  ])('%s', (_name, quoted, findings, expected) => {
    expect(reportedMessageExcerpt(quoted, findings)).toBe(expected);
  });
});
