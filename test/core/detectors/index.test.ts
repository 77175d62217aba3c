import { describe, expect, it } from 'vitest';
import { createDetectors, isDetectorName, UnknownDetectorError } from '../../../src/core/detectors/index.js';
import { DETECTOR_NAMES, type DetectorName } from '../../../src/core/types.js';
import { idCheckChar, luhnOk } from '../../support/numbers.js';

const all = createDetectors(DETECTOR_NAMES);

/** A fictional 18-digit number that is both a valid ID and a Luhn-valid UnionPay card. */
const ID_AND_CARD = '620102198005150754';
/** A fictional grouped UnionPay card whose tail reads as a mobile number. */
const CARD_WITH_MOBILE = '62220 138 1234 5678';

const found = (text: string, names: readonly DetectorName[] = DETECTOR_NAMES) =>
  createDetectors(names)(text).map((h) => [h.detector, h.value]);

describe('fixtures really overlap', () => {
  it('ID_AND_CARD passes both checks', () => {
    expect(idCheckChar(ID_AND_CARD.slice(0, 17))).toBe(ID_AND_CARD[17]);
    expect(luhnOk(ID_AND_CARD)).toBe(true);
    expect(found(ID_AND_CARD, ['bank_card'])).toEqual([['bank_card', ID_AND_CARD]]);
    expect(found(ID_AND_CARD, ['cn_id'])).toEqual([['cn_id', ID_AND_CARD]]);
  });

  it('CARD_WITH_MOBILE is seen by both detectors alone', () => {
    expect(found(CARD_WITH_MOBILE, ['bank_card'])).toEqual([['bank_card', CARD_WITH_MOBILE]]);
    expect(found(CARD_WITH_MOBILE, ['cn_mobile'])).toEqual([['cn_mobile', '138 1234 5678']]);
  });
});

describe('createDetectors: one finding per span', () => {
  it.each([
    ['an ID is not also a card', ID_AND_CARD, [['cn_id', ID_AND_CARD]]],
    ['an ID is not also a mobile', '11010519491231002X', [['cn_id', '11010519491231002X']]],
    ['a card is not also a mobile', CARD_WITH_MOBILE, [['bank_card', CARD_WITH_MOBILE]]],
    ['an e-mail is not also a link', 'http://zhang@example.com/x', [['email', 'zhang@example.com']]],
    ['an e-mail beats a mobile in its local part', '13812345678@139.com', [['email', '13812345678@139.com']]],
    ['personal data beats the link around it', 'https://example.com/?tel=13812345678', [['cn_mobile', '13812345678']]],
    ['a 15-digit serial is nothing', '编号138123456789012', []],
    ['a spaced card is one finding', '6222 0212 3456 7890 128', [['bank_card', '6222 0212 3456 7890 128']]],
    ['a dashed ID is one finding', '110105-19491231-002X', [['cn_id', '110105-19491231-002X']]],
    ['a spaced ID is one finding', '110105 1949 1231 002X', [['cn_id', '110105 1949 1231 002X']]],
    ['a mobile digit by digit is one finding', '1 3 5 1 2 3 4 0 0 0 0', [['cn_mobile', '1 3 5 1 2 3 4 0 0 0 0']]],
    ['a card digit by digit is one finding', '6 2 2 2 0 2 1 2 3 4 5 6 7 8 9 0 1 2 8', [['bank_card', '6 2 2 2 0 2 1 2 3 4 5 6 7 8 9 0 1 2 8']]],
    ['a password holding a mobile is one credential', '账号 13812345678 密码 Abc12345', [['credential', '账号 13812345678 密码 Abc12345']]],
    ['a Git remote is neither e-mail nor link', 'git@github.com:org/repo.git', []],
    [
      'every kind, sorted by start',
      '张三 11010519491231002X 电话138-1234-5678 卡4111 1111 1111 1111 邮箱zhang@example.com 见t.cn/abc',
      [
        ['cn_id', '11010519491231002X'],
        ['cn_mobile', '138-1234-5678'],
        ['bank_card', '4111 1111 1111 1111'],
        ['email', 'zhang@example.com'],
        ['url', 't.cn/abc'],
      ],
    ],
  ])('%s', (_why, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('hits are sorted by start and never overlap', () => {
    const text = 't.cn/x 13812345678@139.com 4111111111111111 11010519491231002X a@b.cn 13912345678 https://x.cn/13712345678';
    const hits = all(text);
    for (let i = 1; i < hits.length; i++) {
      expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
    }
    expect(hits.map((h) => h.value)).toEqual([
      't.cn/x',
      '13812345678@139.com',
      '4111111111111111',
      '11010519491231002X',
      'a@b.cn',
      '13912345678',
      '13712345678',
    ]);
  });
});

describe('createDetectors: only the enabled detectors run', () => {
  it.each([
    [['cn_mobile'], '11010519491231002X 13812345678 zhang@example.com', [['cn_mobile', '13812345678']]],
    [['email'], '11010519491231002X 13812345678 zhang@example.com', [['email', 'zhang@example.com']]],
    [['url'], 'zhang@example.com t.cn/a', [['url', 't.cn/a']]],
    [['bank_card', 'cn_mobile'], CARD_WITH_MOBILE, [['bank_card', CARD_WITH_MOBILE]]],
    [['cn_mobile', 'cn_mobile'], '13812345678', [['cn_mobile', '13812345678']]],
    [[], '11010519491231002X', []],
  ] as [DetectorName[], string, string[][]][])('%j on %s', (names, text, expected) => {
    expect(found(text, names)).toEqual(expected);
  });

  it('an unknown name fails fast with the name and the choices', () => {
    expect(() => createDetectors(['phone' as DetectorName])).toThrow(UnknownDetectorError);
    expect(() => createDetectors(['phone' as DetectorName])).toThrow(/phone.*cn_id/);
  });
});

describe('isDetectorName', () => {
  it.each([
    ['cn_id', true],
    ['cn_mobile', true],
    ['bank_card', true],
    ['email', true],
    ['url', true],
    ['credential', true],
    ['phone', false],
    ['CN_ID', false],
    ['', false],
  ])('%s -> %s', (name, ok) => {
    expect(isDetectorName(name)).toBe(ok);
  });
});

describe('createDetectors: any input', () => {
  it.each([
    ['empty', ''],
    ['emoji', '😀👍🏽🇨🇳'],
    ['lone high surrogate', '\ud800'],
    ['lone low surrogate then digits', '\udc0013812345678'],
    ['control characters', '\u0000\u0001\u200b\ufeff'],
    ['only separators', ' - - + ( ) @ . /'],
  ])('%s does not throw', (_why, text) => {
    expect(() => all(text)).not.toThrow();
  });

  it('finds hits anywhere in a 1 MB paste', () => {
    const filler = '今天的会议纪要 12345 abc.def - @ 😀 \ud800 '.repeat(35000);
    const text = `13812345678 ${filler} 11010519491231002X`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(all(text).map((h) => h.value)).toEqual(['13812345678', '11010519491231002X']);
  });
});
