import { describe, expect, it } from 'vitest';
import { createDetectors, redactHit, redactText } from '../../../src/core/detectors/index.js';
import type { DetectorHit } from '../../../src/core/detectors/detector.js';
import { DETECTOR_NAMES, type DetectorName } from '../../../src/core/types.js';

describe('redactHit', () => {
  it.each([
    ['cn_id', '11010519491231002X', '110105********002X'],
    ['cn_id', '11010519491231002x', '110105********002x'],
    ['cn_id', '320311200002291232', '320311********1232'],
    ['cn_id', '110105 19491231 002X', '110105 ******** 002X'],
    ['cn_mobile', '13812345678', '138****5678'],
    ['cn_mobile', '138 1234 5678', '138 **** 5678'],
    ['cn_mobile', '138-1234-5678', '138-****-5678'],
    ['cn_mobile', '+8613812345678', '+86138****5678'],
    ['cn_mobile', '+86 138-1234-5678', '+86 138-****-5678'],
    ['cn_mobile', '0086 13812345678', '0086 138****5678'],
    ['cn_mobile', '(+86)13812345678', '(+86)138****5678'],
    ['cn_mobile', '１３８１２３４５６７８', '１３８****５６７８'],
    ['cn_mobile', '123', '***'],
    ['bank_card', '4111111111111111', '4111********1111'],
    ['bank_card', '4111 1111 1111 1111', '4111 **** **** 1111'],
    ['bank_card', '6222021234567890128', '6222***********0128'],
    ['bank_card', '6222 0212 3456 7890 128', '6222 **** **** ***0 128'],
    ['bank_card', '378282246310005', '3782*******0005'],
    ['bank_card', '12345', '*****'],
    ['email', 'zhangsan@example.com', 'z***@example.com'],
    ['email', 'Li.Si+work@mail.example.com.cn', 'L***@mail.example.com.cn'],
    ['email', '13812345678@139.com', '1***@139.com'],
    ['email', 'no-at-sign', 'n***'],
    ['email', '', '***'],
    ['url', 'https://t.cn/abc', 'https://t.cn/abc'],
    ['cn_mobile', '1 3 5 1 2 3 4 0 0 0 0', '1 3 5 * * * * 0 0 0 0'],
    ['cn_id', '110105-19491231-002X', '110105-********-002X'],
    ['bank_card', '6-2-2-2-0-2-1-2-3-4-5-6-7-8-9-0-1-2-8', '6-2-2-2-*-*-*-*-*-*-*-*-*-*-*-0-1-2-8'],
    ['credential', '账号：zhangsan 密码：abc12345', '账号：z*** 密码：******'],
    ['credential', 'AKIA2QX7LMNB4RTY8WZP', 'AKIA******'],
    ['credential', 'no credential here', '******'],
    ['credential', '', '******'],
  ] as [DetectorName, string, string][])('%s %s -> %s', (detector, value, expected) => {
    expect(redactHit(detector, value)).toBe(expected);
  });

  it.each([
    ['cn_id', '11010519491231002X'],
    ['cn_mobile', '13812345678'],
    ['bank_card', '4111111111111111'],
    ['email', 'zhangsan@example.com'],
    ['credential', 'mysql://root:Abc123@10.0.0.5'],
  ] as [DetectorName, string][])('%s: the redacted form never contains the value', (detector, value) => {
    expect(redactHit(detector, value)).not.toContain(value);
    expect(redactHit(detector, value)).toContain('*');
  });
});

describe('redactText', () => {
  const detect = createDetectors(DETECTOR_NAMES);

  it.each([
    ['no hits', '今天下午三点开会', '今天下午三点开会'],
    [
      'every kind',
      '身份证11010519491231002X，电话+86 138-1234-5678，卡号4111 1111 1111 1111，邮箱zhang@example.com，见t.cn/abc',
      '身份证110105********002X，电话+86 138-****-5678，卡号4111 **** **** 1111，邮箱z***@example.com，见t.cn/abc',
    ],
    ['glued to Chinese', '联系我zhangsan@example.com谢谢', '联系我z***@example.com谢谢'],
    ['hit at both ends', '13812345678和13912345678', '138****5678和139****5678'],
  ])('%s', (_why, text, expected) => {
    expect(redactText(text, detect(text))).toBe(expected);
  });

  it('accepts hits in any order', () => {
    const text = 'a 13812345678 b 11010519491231002X c';
    const hits = detect(text).reverse();
    expect(redactText(text, hits)).toBe('a 138****5678 b 110105********002X c');
  });

  it('overlapping hits leak no digit of the later one', () => {
    const text = '号码 13812345678901';
    const hits: DetectorHit[] = [
      { detector: 'cn_mobile', start: 3, end: 14, value: '13812345678' },
      { detector: 'bank_card', start: 7, end: 17, value: '2345678901' },
    ];
    expect(redactText(text, hits)).toBe('号码 138****5678***');
  });

  it.each([
    ['past the end', { detector: 'cn_mobile', start: 3, end: 99, value: '' }, 'ab ***'],
    ['empty span', { detector: 'cn_mobile', start: 2, end: 2, value: '' }, 'ab 123'],
    ['not an offset', { detector: 'cn_mobile', start: Number.NaN, end: 4, value: '' }, 'ab 123'],
  ] as [string, DetectorHit, string][])('a bad hit (%s) does not throw', (_why, hit, expected) => {
    expect(redactText('ab 123', [hit])).toBe(expected);
  });
});
