import { describe, expect, it } from 'vitest';
import type { Segmenter } from '../../../src/core/screen/jieba-confirm.js';
import { createScreener, type ScreenerSpec, type TermEntry } from '../../../src/core/screen/screener.js';
import type { Finding } from '../../../src/core/types.js';
import { luhnComplete } from '../../support/numbers.js';
import { wholeMessage } from '../../support/segmenters.js';

/** Cuts every text one code point per token: never rejects a candidate, records what it saw. */
function recordingSegmenter(): Segmenter & { calls: string[] } {
  const calls: string[] = [];
  return Object.assign((text: string) => (calls.push(text), [...text]), { calls });
}

const TERMS: TermEntry[] = [
  { term: '绝密', category: 'confidential', severity: 'high' },
  { term: '绝密文件', category: 'confidential', severity: 'critical' },
  { term: '机密', category: 'confidential', severity: 'high' },
  { term: '密切', category: 'test', severity: 'low' },
  { term: '废物', category: 'abuse', severity: 'medium' },
  { term: '加ＶＸ', category: 'ads', severity: 'medium' },
  { term: '赌博', category: 'gambling', severity: 'high' },
  { term: '绝密', category: 'duplicate-elsewhere', severity: 'low' },
];

function screener(overrides: Partial<ScreenerSpec> = {}) {
  return createScreener({ terms: TERMS, allow: ['废物回收', '有机'], detectors: [], segment: recordingSegmenter(), ...overrides });
}

/** The findings in a compact, readable form. */
const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.category}/${f.term}:${f.match}@${f.start}-${f.end}`);

describe('createScreener: dictionary findings', () => {
  it.each<[string, string, string[]]>([
    ['a term', '这是机密', ['confidential/机密:机密@2-4']],
    ['the longest of terms contained in each other, once', '绝密文件', ['confidential/绝密文件:绝密文件@0-4']],
    ['overlapping terms not contained in each other: both', '机密切', ['confidential/机密:机密@0-2', 'test/密切:密切@1-3']],
    ['original spelling in match, dictionary spelling in term', '加vx', ['ads/加ＶＸ:加vx@0-3']],
    ['traditional text, offsets in the original', '這是機密', ['confidential/机密:機密@2-4']],
    ['separators inside: match spans them', '绝 * 密', ['confidential/绝密:绝 * 密@0-5']],
    ['zero-width inside: match spans it', '绝\u200B密', ['confidential/绝密:绝\u200B密@0-3']],
    ['astral characters before the hit shift the offsets', '😀😀机密', ['confidential/机密:机密@4-6']],
    ['pinyin', '来dubo', ['gambling/赌博:dubo@1-5']],
    ['sorted by start', '机密，废物，赌博', ['confidential/机密:机密@0-2', 'abuse/废物:废物@3-5', 'gambling/赌博:赌博@6-8']],
    ['a term listed in two categories: the first list wins', '绝密', ['confidential/绝密:绝密@0-2']],
    ['clean text', '今天下午开会', []],
    ['empty text', '', []],
  ])('%s: %j', (_name, text, expected) => {
    expect(brief(screener().screen(text))).toEqual(expected);
  });

  it('findings carry severity and source', () => {
    const [finding] = screener().screen('绝密文件');
    expect(finding).toEqual({
      category: 'confidential',
      severity: 'critical',
      term: '绝密文件',
      match: '绝密文件',
      start: 0,
      end: 4,
      source: 'dictionary',
    });
  });

  it('counts distinct dictionary terms, not allow terms', () => {
    expect(screener().termCount).toBe(7);
  });
});

describe('createScreener: the separator bound counts what a reader sees', () => {
  // the original text is counted, so a ZWJ sequence is one emoji although its joiners are dropped by normalising
  it.each<[string, string]>([
    ['a four-person ZWJ family', '绝👨‍👩‍👧‍👦密'],
    ['three ZWJ families', '绝👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦密'],
    ['two skin-toned thumbs', '绝👍🏻👍🏽密'],
    ['three flags', '绝🇨🇳🇨🇳🇨🇳密'],
    ['an ellipsis (one character, three dots once normalised)', '绝…密'],
    ['a Chinese ellipsis', '绝……密'],
    ['zero-width spaces between two spaces (invisible: they count as nothing)', '绝 \u200B\u200B\u200B\u200B 密'],
    ['soft hyphens between two spaces', '绝 \u00AD\u00AD\u00AD\u00AD 密'],
    ['word joiners and BOMs between two spaces', '绝 \u2060\uFEFF\u2060\uFEFF 密'],
    ['bidi marks between two spaces', '绝 \u200E\u200F\u202A\u202C 密'],
  ])('%s is within the bound', (_name, text) => {
    expect(brief(screener().screen(text))).toEqual([`confidential/绝密:${text}@0-${text.length}`]);
  });

  it.each<[string, string]>([
    ['four emoji', '绝🙂🙂🙂🙂密'],
    ['four ZWJ families', '绝👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦密'],
    ['two ellipses and two spaces', '绝… …  密'],
  ])('%s is beyond the bound', (_name, text) => {
    expect(screener().screen(text)).toEqual([]);
  });
});

describe('createScreener: pinyin that looks like a person’s name', () => {
  it.each<[string, string[]]>([
    ['du bo', ['gambling/赌博:du bo@0-5']],
    ['DU BO', ['gambling/赌博:DU BO@0-5']],
    ['Dubo', ['gambling/赌博:Dubo@0-4']],
    ['来dubo', ['gambling/赌博:dubo@1-5']],
    ['Du Bo', []],
    ['联系人：Du Bo', []],
    ['Ji Mi', []],
  ])('%j', (text, expected) => {
    expect(brief(screener().screen(text))).toEqual(expected);
  });
});

describe('createScreener: allow-list', () => {
  it.each<[string, string, string[]]>([
    ['an allow term covering the hit cancels it', '废物回收', []],
    ['only the covered occurrence is cancelled', '废物回收站的废物', ['abuse/废物:废物@6-8']],
    ['an allow term overlapping the hit only partly does not cancel it', '有机密', ['confidential/机密:机密@1-3']],
    ['an allow term elsewhere in the text does not cancel it', '有机，机密', ['confidential/机密:机密@3-5']],
  ])('%s: %j', (_name, text, expected) => {
    expect(brief(screener().screen(text))).toEqual(expected);
  });
});

describe('createScreener: jieba confirmation', () => {
  it('a candidate the segmenter shows cutting into two words is dropped', () => {
    const segment: Segmenter = (text) => (text === '危机密切' ? ['危机', '密切'] : [...text]);
    expect(brief(createScreener({ terms: [TERMS[2]!], allow: [], detectors: [], segment }).screen('危机密切'))).toEqual([]);
  });

  it('a candidate inside one token stands', () => {
    expect(brief(createScreener({ terms: [TERMS[0]!], allow: [], detectors: [], segment: wholeMessage }).screen('绝密文件'))).toEqual([
      'confidential/绝密:绝密@0-2',
    ]);
  });

  it('clean messages never reach the segmenter; only the words around a candidate do', () => {
    const segment = recordingSegmenter();
    const s = screener({ segment });
    s.screen('今天下午三点开会，请准时参加');
    s.screen('dubo');
    expect(segment.calls).toEqual([]);
    s.screen('第一句。这是机密，别外传');
    expect(segment.calls).toEqual(['这是机密']);
  });

  it('allow-listed hits are cancelled before the segmenter is asked', () => {
    const segment = recordingSegmenter();
    screener({ segment }).screen('废物回收');
    expect(segment.calls).toEqual([]);
  });
});

describe('createScreener: detectors', () => {
  const card = luhnComplete('622202123456789012');

  it.each<[string, string, string, string]>([
    ['resident ID, redacted', '身份证11010519491231002X', 'cn_id', '110105********002X'],
    ['resident ID in full-width digits: redacted, NFKC', '身份证１１０１０５１９４９１２３１００２Ｘ', 'cn_id', '110105********002X'],
    ['mobile', '电话13812345678', 'cn_mobile', '138****5678'],
    ['bank card', `卡号${card}`, 'bank_card', `${card.slice(0, 4)}***********${card.slice(-4)}`],
    ['e-mail', '邮箱 zhangsan@example.com', 'email', 'z***@example.com'],
  ])('%s', (_name, text, detector, match) => {
    const findings = screener({ detectors: ['cn_id', 'cn_mobile', 'bank_card', 'email'] }).screen(text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ category: detector, term: detector, match, source: 'detector' });
    // offsets point into the original: the slice is the unredacted original
    expect(f!.end - f!.start).toBe(text.length - text.search(/[0-9０-９z]/));
  });

  it('detector severity comes from the defaults or the spec', () => {
    const s = screener({ detectors: ['cn_id', 'cn_mobile'], detectorSeverity: { cn_mobile: 'critical' } });
    expect(s.screen('11010519491231002X 13812345678').map((f) => `${f.category}:${f.severity}`)).toEqual(['cn_id:high', 'cn_mobile:critical']);
  });

  it('detectors not enabled find nothing', () => {
    expect(screener({ detectors: ['email'] }).screen('11010519491231002X 13812345678')).toEqual([]);
  });

  it('dictionary and detector findings come together, sorted by start', () => {
    const s = screener({ detectors: ['cn_mobile'] });
    expect(brief(s.screen('电话13812345678，机密'))).toEqual(['cn_mobile/cn_mobile:138****5678@2-13', 'confidential/机密:机密@14-16']);
  });
});
