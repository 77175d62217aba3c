import { describe, expect, it } from 'vitest';
import { createCnMobileDetector } from '../../../src/core/detectors/cn-mobile.js';
import { valuesOf } from './helpers.js';

const detect = createCnMobileDetector();

describe('cn_mobile detector: hits', () => {
  it.each([
    ['13812345678', ['13812345678']],
    ['19912345678', ['19912345678']],
    ['13012345678', ['13012345678']],
    ['138 1234 5678', ['138 1234 5678']],
    ['138-1234-5678', ['138-1234-5678']],
    ['1381234 5678', ['1381234 5678']],
    ['+8613812345678', ['+8613812345678']],
    ['+86 138 1234 5678', ['+86 138 1234 5678']],
    ['+86-138-1234-5678', ['+86-138-1234-5678']],
    ['8613812345678', ['8613812345678']],
    ['0086 13812345678', ['0086 13812345678']],
    ['(+86)13812345678', ['(+86)13812345678']],
    ['电话13812345678谢谢', ['13812345678']],
    ['手机：138-1234-5678。', ['138-1234-5678']],
    ['13812345678 13912345678', ['13812345678', '13912345678']],
    ['13812345678/15912345678', ['13812345678', '15912345678']],
    ['13812345678@139.com', ['13812345678']],
    ['１３８１２３４５６７８'.normalize('NFKC'), ['13812345678']],
    ['call me at 13812345678.', ['13812345678']],
  ])('%s -> %j', (text, expected) => {
    expect(valuesOf(detect, text)).toEqual(expected);
  });

  it('reports offsets into the text', () => {
    expect(detect('电话 138-1234-5678')).toEqual([
      { detector: 'cn_mobile', start: 3, end: 16, value: '138-1234-5678' },
    ]);
  });
});

describe('cn_mobile detector: non-hits', () => {
  it.each([
    ['15-digit serial', '138123456789012'],
    ['编号 does not start 1[3-9]', '编号12345678901'],
    ['second digit 2', '12812345678'],
    ['second digit 1', '11812345678'],
    ['10 digits', '1381234567'],
    ['12 digits', '138123456781'],
    ['digit before', '213812345678'],
    ['grouped but too short', '138 1234 567'],
    ['double separator', '138  1234  5678'],
    ['start of a 19-digit run', '1381234567812345678'],
    ['landline', '010-12345678'],
    ['empty', ''],
  ])('%s: %s', (_why, text) => {
    expect(detect(text)).toEqual([]);
  });
});
