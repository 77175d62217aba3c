import { describe, expect, it } from 'vitest';
import { createCnIdDetector, isRealDate } from '../../../src/core/detectors/cn-id.js';
import { makeId, wrongChecks } from '../../support/numbers.js';
import { valuesOf } from './helpers.js';

const detect = createCnIdDetector();

describe('cn_id detector: hits', () => {
  it.each([
    ['11010519491231002X', ['11010519491231002X']],
    ['11010519491231002x', ['11010519491231002x']],
    ['44030619991231000X', ['44030619991231000X']],
    ['身份证号11010519491231002X，请核对', ['11010519491231002X']],
    ['ID:320311200002291232', ['320311200002291232']], // 2000-02-29: 2000 is a leap year
    ['110101190002280016', ['110101190002280016']], // 1900-02-28
    ['110105209901010012', ['110105209901010012']], // year 2099
    ['身份证：110105 19491231 002X', ['110105 19491231 002X']], // grouped 6-8-4
    ['a11010519491231002X', ['11010519491231002X']], // a letter is not a digit
    ['11010519491231002X,320311200002291232', ['11010519491231002X', '320311200002291232']],
    ['11010519491231002Xyz', ['11010519491231002X']],
    [makeId('510107', '20240229'), [makeId('510107', '20240229')]],
    [makeId('230102', '19960229', '777'), [makeId('230102', '19960229', '777')]],
    [makeId('810000', '20001231', '999'), [makeId('810000', '20001231', '999')]],
    ['１１０１０５１９４９１２３１００２Ｘ'.normalize('NFKC'), ['11010519491231002X']],
    // dashed and spaced forms (issue 9)
    ['110105-19491231-002X', ['110105-19491231-002X']],
    ['身份证 110105 1949 1231 002X', ['110105 1949 1231 002X']],
    ['110105-1949-1231-002X', ['110105-1949-1231-002X']],
    ['1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 X', ['1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 X']],
  ])('%s -> %j', (text, expected) => {
    expect(valuesOf(detect, text)).toEqual(expected);
  });

  it('reports offsets into the text', () => {
    expect(detect('号码:11010519491231002X。')).toEqual([
      { detector: 'cn_id', start: 3, end: 21, value: '11010519491231002X' },
    ]);
  });
});

describe('cn_id detector: non-hits', () => {
  it.each([
    ['17 digits', '11010519491231002'],
    ['19 digits', '3203112000022912320'],
    ['digit before', '111010519491231002X'],
    ['digit after', '11010519491231002X1'],
    ['check digit followed by X', '320311200002291232X'],
    ['1900 is not a leap year', '110101190002290011'],
    ['19000229 built with a right check digit', makeId('110101', '19000229')],
    ['2100 is out of range', makeId('110101', '21000101')],
    ['1899 is out of range', '110105189912310023'],
    ['Feb 31', '110105194902310026'],
    ['month 13', makeId('110101', '20001301')],
    ['month 00', makeId('110101', '20000001')],
    ['day 00', makeId('110101', '20000100')],
    ['day 32', makeId('110101', '20000132')],
    ['April 31', makeId('110101', '20000431')],
    ['area starts with 9', '910105194912310029'],
    ['area starts with 0', '010105194912310026'],
    ['spaced but not 6-8-4', '1101051 9491231 002X'],
    ['mixed separators', '110105-19491231 002X'],
    ['dashed run continues', '110105-19491231-002X-1'],
    ['dashed run starts earlier', '5-110105-19491231-002X'],
    ['dashed, wrong check digit', '110105-19491231-0021'],
    ['dashed, impossible date', '110105-19490231-002X'],
    ['empty', ''],
  ])('%s: %s', (_why, text) => {
    expect(detect(text)).toEqual([]);
  });

  it.each(['11010519491231002X', '320311200002291232', '110101190002280016', makeId('510107', '20240229')])(
    'a wrong check digit is no hit: %s',
    (id) => {
      for (const wrong of wrongChecks(id)) expect(detect(wrong)).toEqual([]);
    },
  );
});

describe('isRealDate', () => {
  it.each([
    [2000, 2, 29, true],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 28, false],
    [2023, 2, 29, false],
    [2023, 4, 30, true],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 0, 1, false],
    [Number.NaN, 1, 1, false],
  ])('%d-%d-%d -> %s', (y, m, d, ok) => {
    expect(isRealDate(y, m, d)).toBe(ok);
  });
});
