import { describe, expect, it } from 'vitest';
import { CharClass, classify } from '../../../src/core/text/char-class.js';
import { foldCodePoint, normalise, type NormalisedText } from '../../../src/core/text/normalise.js';

/** The offset map as plain pairs, easier to read in a failure than two typed arrays. */
function pairs(n: NormalisedText): [number, number][] {
  return Array.from(n.origStart, (s, k) => [s, n.origEnd[k]!]);
}

/**
 * Invariants of any offset map: one entry per unit of the copy, each entry the
 * range of exactly one original code point, never going backwards, and every
 * unit of the copy produced by folding the character it points at.
 */
function expectConsistentMap(original: string, n: NormalisedText): void {
  expect(n.origStart.length).toBe(n.text.length);
  expect(n.origEnd.length).toBe(n.text.length);
  const problems: string[] = [];
  let previous = 0;
  let rebuilt = '';
  let lastStart = -1;
  for (let k = 0; k < n.text.length; k++) {
    const start = n.origStart[k]!;
    const end = n.origEnd[k]!;
    const cp = original.codePointAt(start)!;
    if (start < previous) problems.push(`unit ${k}: start ${start} goes back from ${previous}`);
    if (end - start !== (cp > 0xffff ? 2 : 1)) problems.push(`unit ${k}: [${start}, ${end}) is not one code point`);
    if (end > original.length) problems.push(`unit ${k}: end ${end} past the text`);
    if (start !== lastStart) rebuilt += foldCodePoint(cp);
    lastStart = start;
    previous = start;
  }
  expect(problems).toEqual([]);
  expect(rebuilt).toBe(n.text);
}

describe('normalise: text', () => {
  it.each([
    ['full-width letters and digits', 'ＡＢＣ１２３', 'abc123'],
    ['full-width punctuation and ideographic space', '加ＶＸ：　ｑｑ，（１）', '加vx: qq,(1)'],
    ['upper case', 'HeLLo WeChat', 'hello wechat'],
    ['traditional to simplified', '絕密', '绝密'],
    ['traditional sentence', '這份是機密資料', '这份是机密资料'],
    ['mixed traditional and full-width', '絕密ＦＩＬＥ', '绝密file'],
    ['simplified and Latin untouched', '绝密 report 2026', '绝密 report 2026'],
    ['circled digit', '①号文件', '1号文件'],
    ['ligature', 'ﬁle', 'file'],
    ['roman numeral', 'Ⅻ', 'xii'],
    ['unit square', '5㎏', '5kg'],
    ['parenthesised ideograph expands', '㈱公司', '(株)公司'],
    ['pinyin tone marks', 'shǎ bī', 'sha bi'],
    ['tone marks on capitals and ü', 'NǏ MĀ DE lǜ', 'ni ma de lv'],
    ['tone mark beside hanzi', '弄sǐ他', '弄si他'],
    ['CJK compatibility ideograph, then simplified', '\uF900', '岂'],
    ['astral emoji kept', '好😀', '好😀'],
    ['astral CJK kept', '𠀀字', '𠀀字'],
    ['newlines and tabs kept', 'a\nb\tc\r\n', 'a\nb\tc\r\n'],
    ['empty string', '', ''],
  ])('%s: %j -> %j', (_name, input, expected) => {
    const n = normalise(input);
    expect(n.text).toBe(expected);
    expectConsistentMap(input, n);
  });

  it.each([
    ['U+200B zero width space', '\u200B'],
    ['U+200C zero width non-joiner', '\u200C'],
    ['U+200D zero width joiner', '\u200D'],
    ['U+200E left-to-right mark', '\u200E'],
    ['U+200F right-to-left mark', '\u200F'],
    ['U+2060 word joiner', '\u2060'],
    ['U+FEFF byte order mark', '\uFEFF'],
    ['U+00AD soft hyphen', '\u00AD'],
    ['U+FE0F variation selector 16', '\uFE0F'],
    ['U+FE00 variation selector 1', '\uFE00'],
    ['U+E0100 variation selector 17 (astral)', '\u{E0100}'],
    ['U+202A LRE', '\u202A'],
    ['U+202E RLO', '\u202E'],
    ['U+2066 LRI', '\u2066'],
    ['U+2069 PDI', '\u2069'],
    ['U+061C Arabic letter mark', '\u061C'],
    ['U+E0041 tag letter (astral)', '\u{E0041}'],
  ])('drops %s and maps the rest around it', (_name, invisible) => {
    const input = `绝${invisible}密`;
    const n = normalise(input);
    expect(n.text).toBe('绝密');
    expect(pairs(n)).toEqual([
      [0, 1],
      [1 + invisible.length, 2 + invisible.length],
    ]);
  });

  it('a text of invisible characters only becomes empty', () => {
    const n = normalise('\u200B\u200D\uFEFF\u00AD\u2060');
    expect(n.text).toBe('');
    expect(n.origStart.length).toBe(0);
  });
});

describe('normalise: sentence ends stay sentence ends', () => {
  it.each(['。', '！', '？', '!', '?', '；', ';', '｡'])('%j', (mark) => {
    const n = normalise(mark);
    expect(n.text.length).toBeGreaterThan(0);
    expect([...n.text].some((ch) => classify(ch.codePointAt(0)!) === CharClass.SentenceEnd)).toBe(true);
    expectConsistentMap(mark, n);
  });
});

describe('normalise: offset map', () => {
  it.each<[string, string, string, [number, number][]]>([
    ['one to one', 'AbC', 'abc', [[0, 1], [1, 2], [2, 3]]],
    ['full-width', 'ＡＢ', 'ab', [[0, 1], [1, 2]]],
    ['NFKC expansion: every unit points at the one source character', '㈱x', '(株)x', [[0, 1], [0, 1], [0, 1], [1, 2]]],
    ['ligature expansion', 'aﬃ', 'affi', [[0, 1], [1, 2], [1, 2], [1, 2]]],
    ['astral emoji: both units point at the pair', 'a😀b', 'a😀b', [[0, 1], [1, 3], [1, 3], [3, 4]]],
    ['ZWJ sequence: the joiners drop, the emoji keep their ranges', '👨\u200D👩', '👨👩', [[0, 2], [0, 2], [3, 5], [3, 5]]],
    ['emoji with variation selector', '❤\uFE0F!', '❤!', [[0, 1], [2, 3]]],
    ['traditional', '絕密', '绝密', [[0, 1], [1, 2]]],
    ['lone high surrogate stays, one unit', 'a\uD800b', 'a\uD800b', [[0, 1], [1, 2], [2, 3]]],
    ['lone low surrogate stays, one unit', '\uDC00a', '\uDC00a', [[0, 1], [1, 2]]],
    ['empty', '', '', []],
  ])('%s', (_name, input, text, map) => {
    const n = normalise(input);
    expect(n.text).toBe(text);
    expect(pairs(n)).toEqual(map);
  });

  it('maps a long mixed text consistently (buffers grow past the first guess)', () => {
    const input = '㈱㈱㈱ﬃﬃ絕密ＡＢ\u200B😀👨\u200D👩\u200D👧 '.repeat(500);
    const n = normalise(input);
    expectConsistentMap(input, n);
    expect(n.text.length).toBeGreaterThan(input.length);
  });

  it('offsets of a term found in the copy slice the original back out', () => {
    const input = '這份是絕\u200B密文件';
    const n = normalise(input);
    const at = n.text.indexOf('绝密');
    const start = n.origStart[at]!;
    const end = n.origEnd[at + 1]!;
    expect(input.slice(start, end)).toBe('絕\u200B密');
  });
});
