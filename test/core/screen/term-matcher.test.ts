import { describe, expect, it } from 'vitest';
import { compactTerm, countVisible, createTermMatcher, MAX_SEPARATORS_IN_GAP } from '../../../src/core/screen/term-matcher.js';
import { normalise } from '../../../src/core/text/normalise.js';

const TERMS = ['绝密', '机密', '绝密文件', '泄露机密', '密切', 'vx', '加vx', '0元购', 'qq群', 'abc'];
const matcher = createTermMatcher(TERMS.map((t) => compactTerm(normalise(t).text)));

/** Terms found in the normalised text, as `term:matched normalised text`, sorted. */
function find(original: string): string[] {
  const text = normalise(original).text;
  return matcher
    .find(text)
    .map((s) => `${TERMS[s.termId]}:${text.slice(s.start, s.end)}`)
    .sort();
}

const gap = (n: number, sep = ' '): string => sep.repeat(n);
const MAX = MAX_SEPARATORS_IN_GAP;

describe('term matcher: plain and overlapping', () => {
  it.each<[string, string, string[]]>([
    ['one term', '这份是绝密', ['绝密:绝密']],
    ['a term and a longer term starting with it', '绝密文件', ['绝密:绝密', '绝密文件:绝密文件']],
    ['a term and its suffix term', '泄露机密', ['机密:机密', '泄露机密:泄露机密']],
    ['overlapping terms', '机密切', ['密切:密切', '机密:机密']],
    ['two occurrences', '绝密和绝密', ['绝密:绝密', '绝密:绝密']],
    ['digits are part of a term', '0元购', ['0元购:0元购']],
    ['no term', '今天开会', []],
    ['empty text', '', []],
  ])('%s: %j', (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('reports normalised offsets and whether separators were skipped', () => {
    const spans = matcher.find(normalise('说绝 密').text);
    expect(spans).toEqual([{ termId: 0, start: 1, end: 4, gapped: true }]);
    expect(matcher.find('说绝密')).toEqual([{ termId: 0, start: 1, end: 3, gapped: false }]);
  });
});

describe('term matcher: separators inside a term', () => {
  it.each<[string, string]>([
    ['a space', '绝 密'],
    ['a full-width space', '绝　密'],
    ['a newline', '绝\n密'],
    ['CRLF', '绝\r\n密'],
    ['a tab', '绝\t密'],
    ['a comma', '绝,密'],
    ['a Chinese comma', '绝，密'],
    ['a dot', '绝.密'],
    ['an asterisk', '绝*密'],
    ['a dash', '绝-密'],
    ['brackets', '绝【】密'],
    ['a symbol', '绝★密'],
    ['an emoji', '绝🙂密'],
    ['a heart with variation selector', '绝❤️密'],
    ['a flag (two regional indicators)', '绝🇨🇳密'],
    ['a three-person ZWJ family (joiners are dropped, three emoji remain)', '绝👨‍👩‍👧密'],
    ['zero-width characters (dropped, so not counted)', '绝\u200B\u200C\u200D\u2060\uFEFF\u00AD密'],
    ['mixed separators up to the bound', '绝 🙂\n密'],
    [`exactly ${MAX} spaces`, `绝${gap(MAX)}密`],
    [`exactly ${MAX} emoji`, `绝${gap(MAX, '😀')}密`],
    ['separators in every gap of a longer term, each gap within the bound', `绝${gap(MAX)}密${gap(MAX, '*')}文${gap(MAX, '😀')}件`],
    ['separators inside a Latin term', 'v x'],
  ])('skips %s', (_name, text) => {
    const hits = find(text);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.startsWith('绝密') || h.startsWith('vx'))).toBe(true);
  });

  it.each<[string, string]>([
    [`${MAX + 1} spaces`, `绝${gap(MAX + 1)}密`],
    [`${MAX + 1} newlines`, `绝${gap(MAX + 1, '\n')}密`],
    [`${MAX + 1} emoji (astral: one each, not two units each)`, `绝${gap(MAX + 1, '😀')}密`],
    [`${MAX + 1} mixed separators`, '绝 * 密'.replace(' * ', ` *${gap(MAX - 1)}`)],
    ['a long run of dots', '绝..........密'],
  ])('does not skip %s', (_name, text) => {
    expect(find(text)).toEqual([]);
  });

  it('after a gap that is too long, a later occurrence is still found', () => {
    expect(find(`绝${gap(MAX + 1)}密，绝密`)).toEqual(['绝密:绝密']);
  });

  it(`the bound is ${MAX} (the tests above are written against it)`, () => {
    expect(MAX).toBeGreaterThanOrEqual(1);
  });
});

describe('term matcher: the gap counter', () => {
  it('asks the given counter about each gap, with normalised offsets', () => {
    const asked: [number, number][] = [];
    const spans = matcher.find('绝  密', (from, to) => (asked.push([from, to]), 0));
    expect(asked).toEqual([[1, 3]]);
    expect(spans).toEqual([{ termId: 0, start: 0, end: 4, gapped: true }]);
  });

  it('a counter saying the gap is too long rejects the span', () => {
    expect(matcher.find('绝 密', () => MAX + 1)).toEqual([]);
  });

  it('is not asked when there is no gap', () => {
    expect(matcher.find('绝密', () => Number.POSITIVE_INFINITY)).toEqual([{ termId: 0, start: 0, end: 2, gapped: false }]);
  });
});

describe('countVisible', () => {
  it.each<[string, string, number]>([
    ['nothing', '', 0],
    ['spaces', '   ', 3],
    ['punctuation', '*-,', 3],
    ['an emoji', '🙂', 1],
    ['a ZWJ family of four', '👨\u200D👩\u200D👧\u200D👦', 1],
    ['a skin-toned emoji', '👍🏽', 1],
    ['a flag', '🇨🇳', 1],
    ['a heart with variation selector', '❤\uFE0F', 1],
    ['an ellipsis', '…', 1],
    ['CRLF', '\r\n', 1],
    ['mixed', ' 🙂\n', 3],
  ])('%s: %j -> %i', (_name, text, count) => {
    expect(countVisible(text)).toBe(count);
  });
});

describe('term matcher: sentence ends', () => {
  it.each(['。', '！', '？', '!', '?', '；', ';', '｡'])('never spans %j', (end) => {
    expect(find(`绝${end}密`)).toEqual([]);
    expect(find(`绝 ${end} 密`)).toEqual([]);
  });

  it('a sentence end resets the matcher: only the term after it is found', () => {
    expect(find('机。密切')).toEqual(['密切:密切']);
  });

  it('terms on both sides of a sentence end are both found', () => {
    expect(find('绝密。机密')).toEqual(['机密:机密', '绝密:绝密']);
  });
});

describe('term matcher: Latin terms need word boundaries', () => {
  it.each<[string, string, string[]]>([
    ['alone', 'vx', ['vx:vx']],
    ['between spaces', 'add vx now', ['vx:vx']],
    ['upper case (normalised)', 'VX', ['vx:vx']],
    ['full-width (normalised)', 'ＶＸ', ['vx:vx']],
    ['next to Chinese', '加我vx吧', ['vx:vx']],
    ['followed by digits', 'vx123456', ['vx:vx']],
    ['glued to a letter after', 'vxa', []],
    ['glued to a letter before', 'avx', []],
    ['inside a word', 'xvxx', []],
    ['Chinese start, Latin end: letter after', '加vxy', []],
    ['Chinese start, Latin end: clean end', '加vx，', ['vx:vx', '加vx:加vx']],
    ['Latin start, Chinese end: letter before', 'aqq群', []],
    ['Latin start, Chinese end: clean start', '进qq群', ['qq群:qq群']],
    ['a Latin term inside a longer word', 'xabcx', []],
    ['a Latin term with a separator at the boundary', 'x abc x', ['abc:abc']],
  ])('%s: %j', (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });
});

describe('compactTerm', () => {
  it.each([
    ['绝密', '绝密'],
    ['绝 密', '绝密'],
    ['加-vx', '加vx'],
    ['0元购!', '0元购'],
    ['😀', ''],
  ])('%j -> %j', (term, expected) => expect(compactTerm(term)).toBe(expected));
});
