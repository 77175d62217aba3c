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
    // spaced and dashed digit by digit, or grouped unusually (issue 9)
    ['1 3 5 1 2 3 4 0 0 0 0', ['1 3 5 1 2 3 4 0 0 0 0']],
    ['1-3-5-1-2-3-4-0-0-0-0', ['1-3-5-1-2-3-4-0-0-0-0']],
    ['电话：1 3 8 1 2 3 4 5 6 7 8，找李四', ['1 3 8 1 2 3 4 5 6 7 8']],
    ['+86 1 3 8 1 2 3 4 5 6 7 8', ['+86 1 3 8 1 2 3 4 5 6 7 8']],
    ['1351 234 0000', ['1351 234 0000']],
    ['135 1234 0000 3号楼', ['135 1234 0000']],
    ['工号10086，手机13800138000', ['13800138000']],
    ['订单号：2026112300001，联系人电话13512340000', ['13512340000']],
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
    // introduced as an order, tracking, employee, asset or serial number
    ['order number', '订单号：13512340000'],
    ['order number, space', '订单号 13512340000'],
    ['tracking number', '快递单号：13512340000'],
    ['waybill number', '运单号13512340000'],
    ['employee number', '工号 13800138000'],
    ['asset number', '资产编号：13512340000'],
    ['transaction serial', '流水号13512340000'],
    ['serial number', '序列号:13512340000'],
    ['SN', 'SN:13512340000'],
    ['SN glued', 'SN13512340000'],
    ['number is', '单号为13512340000'],
    ['generic number', '编号 13512340000'],
    ['English order no.', 'order no. 13512340000'],
    // spaced forms that are longer runs, amounts, dates or times
    ['12 digits spaced', '1 3 5 1 2 3 4 0 0 0 0 1'],
    ['a spaced run starts earlier', '9 1 3 5 1 2 3 4 0 0 0 0'],
    ['mixed separators, unusual grouping', '1 3 5 1 2 3 4-0 0 0 0'],
    ['thousands grouping', '13 512 340 000'],
    ['an amount with ¥', '¥13500000000'],
    ['an amount in 元', '13500000000元'],
    ['a spaced amount in 元', '13 500 000 000 元'],
    ['date and time', '2026-11-23 13:45'],
    ['office hours', '14:00-18:00'],
    ['landline extension', '0755-1234 5678 转 135'],
    ['a list of days', '15-16-17-18-19-20'],
  ])('%s: %s', (_why, text) => {
    expect(detect(text)).toEqual([]);
  });
});
