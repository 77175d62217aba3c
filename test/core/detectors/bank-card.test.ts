import { describe, expect, it } from 'vitest';
import { createBankCardDetector, luhnValid, plausibleIssuer } from '../../../src/core/detectors/bank-card.js';
import { groupBy4, luhnComplete, luhnOk } from '../../support/numbers.js';
import { valuesOf } from './helpers.js';

const detect = createBankCardDetector();

describe('bank_card detector: hits', () => {
  it.each([
    ['Visa 16', '4111111111111111'],
    ['Visa grouped by spaces', '4111 1111 1111 1111'],
    ['Visa grouped by dashes', '4111-1111-1111-1111'],
    ['Mastercard 51-55', '5555555555554444'],
    ['Mastercard 2221', '2221000000000009'],
    ['Mastercard 2720', '2720999999999996'],
    ['Amex 15', '378282246310005'],
    ['Amex 34', '340000000000009'],
    ['Amex grouped 4-6-5', '3782 822463 10005'],
    ['JCB', '3530111333300000'],
    ['UnionPay 19', '6222021234567890128'],
    ['UnionPay 19 grouped', '6222 0212 3456 7890 128'],
    ['UnionPay 18', '622202123456789012'],
    ['UnionPay 16', '6214830000000009'],
    ['ICBC 9558, 19 digits', '9558800000000000000'],
    ['CCB 4367, 19 digits', '4367420000000000001'],
    ['BOC 6013, 19 digits', '6013820000000000005'],
    ['built: UnionPay 17', luhnComplete('6228480000000000')],
    ['built: ICBC 9558 grouped', groupBy4(luhnComplete('955880000000000012'))],
    ['built: UnionPay dashed', groupBy4(luhnComplete('622848000000000001'), '-')],
    ['full-width, normalised', '４１１１１１１１１１１１１１１１'.normalize('NFKC')],
    ['UnionPay digit by digit', '6 2 2 2 0 2 1 2 3 4 5 6 7 8 9 0 1 2 8'],
    ['UnionPay dashed digit by digit', '6-2-2-2-0-2-1-2-3-4-5-6-7-8-9-0-1-2-8'],
    ['BOC 601382, 19 digits', luhnComplete('601382000000000012')],
    ['Discover 65', luhnComplete('650012345678901')],
    ['Chinese Mastercard debit, 19 digits', luhnComplete('521234567890123456')],
  ])('%s: %s', (_why, number) => {
    expect(valuesOf(detect, number)).toEqual([number]);
    expect(valuesOf(detect, `卡号${number}转账`)).toEqual([number]);
  });

  it('finds several cards and reports offsets', () => {
    expect(detect('A:4111111111111111 B:5555 5555 5555 4444')).toEqual([
      { detector: 'bank_card', start: 2, end: 18, value: '4111111111111111' },
      { detector: 'bank_card', start: 21, end: 40, value: '5555 5555 5555 4444' },
    ]);
  });
});

describe('bank_card detector: non-hits', () => {
  it.each([
    ['Luhn fails', '4111111111111112'],
    ['Luhn fails, UnionPay', '6222021234567890123'],
    ['issuer starts with 1', '1234567812345670'],
    ['issuer starts with 7', '70000000000000003'],
    ['15 digits, not Amex', '300000000000007'],
    ['Visa with 15 digits', luhnComplete('41111111111111')],
    ['Amex with 16 digits', luhnComplete('378282246310000')],
    ['JCB out of range', luhnComplete('359011113333000')],
    ['Mastercard 2-series out of range', luhnComplete('272100000000000')],
    ['14 digits', luhnComplete('6222021234567')],
    ['20 digits', luhnComplete('6222021234567890123')],
    ['digit before', '94111111111111111'],
    ['mixed separators', '4111 1111-1111 1111'],
    ['grouped run continues', '6222 0212 3456 7890 128 5'],
    ['grouped run starts earlier', '5 6222 0212 3456 7890 128'],
    ['double spaces', '4111  1111  1111  1111'],
    ['mobile number', '13812345678'],
    ['empty', ''],
    // order, asset and serial numbers that pass Luhn
    ['asset number', `资产编号：${luhnComplete('622202123456789012')}`],
    ['order number', `订单号${luhnComplete('622848000000000001')}`],
    ['transaction serial', `流水号 ${luhnComplete('436742000000000000')}`],
    ['serial number', `SN: ${luhnComplete('955880000000000012')}`],
    ['tracking number', `快递单号：${luhnComplete('622202123456789')}`],
    // Luhn-valid, but no card is issued in that range
    ['asset tag starting 90', luhnComplete('901234567890123')],
    ['asset tag starting 58', luhnComplete('580012345678901')],
    ['asset tag starting 69', luhnComplete('690012345678901234')],
    ['asset tag starting 50', luhnComplete('500000000000000')],
    ['asset tag starting 61', luhnComplete('610000000000000')],
    ['asset tag starting 94', luhnComplete('940012345678901234')],
    ['digit by digit, run continues', '6 2 2 2 0 2 1 2 3 4 5 6 7 8 9 0 1 2 8 5'],
  ])('%s: %s', (_why, text) => {
    expect(detect(text)).toEqual([]);
  });

  it('a longer digit run is no hit even when its 16-digit head is a card', () => {
    const run = '41111111111111112'; // 17 digits, not Luhn-valid as a whole
    expect(luhnOk(run)).toBe(false);
    expect(detect(run)).toEqual([]);
  });
});

describe('luhnValid and plausibleIssuer', () => {
  it.each([
    ['4111111111111111', true],
    ['4111 1111 1111 1111', true],
    ['4111111111111112', false],
    ['0', true],
    ['', false],
  ])('luhnValid(%s) -> %s', (digits, ok) => {
    expect(luhnValid(digits)).toBe(ok);
  });

  it.each([
    [4111, 16, true],
    [4111, 19, true],
    [4111, 15, false],
    [6222, 19, true],
    [9558, 19, true],
    [9558, 15, false],
    [3782, 15, true],
    [3782, 16, false],
    [3528, 16, true],
    [3527, 16, false],
    [2221, 16, true],
    [2220, 16, false],
    [1234, 16, false],
    [8000, 16, false],
    [6011, 16, true],
    [6013, 19, true],
    [6500, 16, true],
    [5100, 19, true],
    [5800, 16, false],
    [5000, 16, false],
    [6900, 16, false],
    [6100, 16, false],
    [9012, 16, false],
    [9400, 19, false],
    [3528, 19, true],
  ])('plausibleIssuer(%d…, %d digits) -> %s', (first4, length, ok) => {
    expect(plausibleIssuer(first4, length)).toBe(ok);
  });
});
