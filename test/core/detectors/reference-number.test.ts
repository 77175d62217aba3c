/**
 * Record numbers introduced by their label are references, not personal data:
 * hospital admission and case numbers, bank vouchers and teller numbers, item
 * codes, trace ids and student numbers. The labels that do introduce personal data stay out.
 */
import { describe, expect, it } from 'vitest';
import { introducedAsReference } from '../../../src/core/detectors/reference-number.js';

const at = (text: string): boolean => introducedAsReference(text, text.search(/\d{6,}/));

describe('introducedAsReference', () => {
  it.each([
    '住院号 13518025472',
    '病案号：13956208471',
    '门诊号13800138000',
    '凭证号 15286811392 的那笔',
    '柜员号 13800138000',
    '交易号: 13800138000',
    '物料编码 13586991035',
    'traceId 18657553808',
    'request_id=13800138000',
    '订单号 13800138000',
    '学号13820260415',
    '学籍号：15800001111',
    '准考证号 13900215678',
  ])('a reference: %s', (text) => {
    expect(at(text)).toBe(true);
  });

  it.each([
    '手机号 13800138000',
    '卡号 6222022268286060281',
    '账号 6222022268286060281',
    '身份证号 110105198109253360',
    '电话 13800138000',
    '联系我 13800138000',
    'paid 13800138000',
    '学生家长电话 13800138000',
  ])('not a reference: %s', (text) => {
    expect(at(text)).toBe(false);
  });
});
