/**
 * The screener end to end with the shipped default policy, the shipped
 * dictionaries and the real jieba segmenter: what users will actually get.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useDefaultScreener } from '../../support/default-screener.js';
import type { Finding } from '../../../src/core/types.js';
import { BAD_CHECK_ID, luhnBroken, luhnComplete, VALID_ID, VALID_ID_REDACTED } from '../../support/numbers.js';

const screener = useDefaultScreener();

const dictionaryFindings = (text: string): Finding[] => screener.screen(text).filter((f) => f.source === 'dictionary');

describe('default policy: must hit', () => {
  it.each<[string, string, string]>([
    ['这份是绝密文件', 'confidential', '绝密文件'],
    ['泄露机密', 'confidential', '泄露机密'],
    ['绝 密', 'confidential', '绝密'],
    ['绝*密', 'confidential', '绝密'],
    ['绝🙂密', 'confidential', '绝密'],
    ['絕密', 'confidential', '绝密'],
    ['这份是絕密文件', 'confidential', '绝密文件'],
    ['绝\u200B密', 'confidential', '绝密'],
    ['绝\n密', 'confidential', '绝密'],
    ['绝👨‍👩‍👧密', 'confidential', '绝密'],
    ['dubo', 'gambling', '赌博'],
    ['du bo', 'gambling', '赌博'],
    ['DUBO', 'gambling', '赌博'],
    ['du-bo', 'gambling', '赌博'],
    ['周末一起dubo吗', 'gambling', '赌博'],
    ['jimi', 'confidential', '机密'],
    ['加ＶＸ', 'ads', '加vx'],
    ['加VX领红包', 'ads', '加vx'],
    ['大家一起赌博吧', 'gambling', '赌博'],
  ])('%j -> %s/%s', (text, category, term) => {
    const findings = dictionaryFindings(text);
    const finding = findings.find((f) => f.term === term);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding).toMatchObject({ category, term, source: 'dictionary' });
    expect(['low', 'medium', 'high', 'critical']).toContain(finding!.severity);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match);
  });

  it.each<[string, number]>([
    [VALID_ID, 0],
    [`身份证号：${VALID_ID}，请核对`, 5],
    [`身份证号 ${VALID_ID.toLowerCase()}`, 5],
  ])('resident ID in %j is found and redacted', (text, start) => {
    const findings = screener.screen(text);
    expect(findings).toEqual([
      { category: 'cn_id', severity: 'high', term: 'cn_id', match: VALID_ID_REDACTED.replace('X', text.includes('x') ? 'x' : 'X'), start, end: start + 18, source: 'detector' },
    ]);
    expect(JSON.stringify(findings)).not.toContain(VALID_ID.slice(6, 14));
  });

  it('a Luhn-valid card number is found and redacted', () => {
    const card = luhnComplete('622202123456789012');
    const [finding] = screener.screen(`卡号 ${card}`);
    expect(finding).toMatchObject({ category: 'bank_card', source: 'detector', start: 3, end: 3 + card.length });
    expect(finding!.match).not.toContain(card.slice(4, 12));
  });

  it('a mobile number is found and redacted', () => {
    expect(screener.screen('手机13812345678')).toEqual([
      { category: 'cn_mobile', severity: 'medium', term: 'cn_mobile', match: '138****5678', start: 2, end: 13, source: 'detector' },
    ]);
  });
});

describe('default policy: must not hit', () => {
  it.each<[string, string]>([
    ['这次危机密切关系到', 'jieba: 危机/密切'],
    ['有机密封圈', 'jieba: 有机/密封圈'],
    ['到底价格', 'jieba: 到底/价格'],
    ['发生危机密切注意', 'jieba: 危机/密切注意'],
    ['废物回收', 'allow-listed'],
    ['请把废物回收一下', 'allow-listed'],
    ['机密性要求', 'allow-listed'],
    ['Jimi Hendrix', 'pinyin inside a longer Latin run'],
    ['dubo123', 'pinyin glued to digits'],
    ['d ubo', 'separator not on a syllable boundary'],
    ['绝。密', 'across a sentence end'],
    ['绝    密', 'gap longer than the bound'],
    [BAD_CHECK_ID, 'ID number with a wrong check digit'],
    ['身份证110105194912310021请核对', 'ID number with a wrong check digit, in text'],
    ['编号12345678901', 'eleven digits that are not a mobile'],
    ['138123456789012', 'a 15-digit serial starting with 138'],
    ['序列号 138123456789012', 'a 15-digit serial starting with 138, in text'],
    [luhnBroken('622202123456789012'), 'Luhn-invalid 19-digit card'],
    [luhnBroken('622202123456789'), 'Luhn-invalid 16-digit card'],
    [luhnBroken('622202123456789').replace(/(\d{4})(?=\d)/g, '$1 '), 'Luhn-invalid card written in groups'],
    ['今天下午三点在三楼会议室开会，请准时参加。', 'ordinary work talk'],
  ])('%j (%s)', (text) => {
    expect(screener.screen(text)).toEqual([]);
  });
});

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

describe('default policy: fixtures', () => {
  it.each(['work-talk.txt', 'work-talk-2.txt'])('every line of %s is free of findings', (fixture) => {
    const lines = readLines(`${FIXTURES}${fixture}`);
    expect(lines.length).toBeGreaterThan(0);
    const falseAlarms = lines
      .map((line) => ({ line, hits: screener.screen(line).map((f) => `${f.category}/${f.term}:${f.match}`) }))
      .filter((r) => r.hits.length > 0);
    expect(falseAlarms).toEqual([]);
  });

  it('every line of violations.tsv yields a finding with its category and term', () => {
    const rows = readLines(`${FIXTURES}violations.tsv`).map((line) => line.split('\t'));
    expect(rows.length).toBeGreaterThan(0);
    const misses = rows
      .map(([category, term, message]) => ({ category, term, message: message ?? '', found: screener.screen(message ?? '') }))
      .filter((r) => !r.found.some((f) => f.category === r.category && f.term === r.term))
      .map((r) => ({ expected: `${r.category}/${r.term}`, message: r.message, got: r.found.map((f) => `${f.category}/${f.term}`) }));
    expect(misses).toEqual([]);
  });
});

/** Non-empty lines of a fixture (the fixture is part of the repository: missing is a failure). */
function readLines(path: string): string[] {
  expect(existsSync(path), `${path} is missing`).toBe(true);
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'));
}

describe('default policy: odd and huge input does not throw', () => {
  it.each<[string, string]>([
    ['emoji only', '😀👍🏻👨‍👩‍👧‍👦🇨🇳❤️'.repeat(200)],
    ['lone surrogates', '\uD800绝\uDC00密\uD83D'],
    ['lone surrogate at each end', '\uDC00机密\uD800'],
    ['control characters', '\u0000\u0001\u0007\u001B[31m绝\u0008密\u007F\u0085\u2028\u2029'],
    ['10k newlines', '\n'.repeat(10_000)],
    ['10k newlines around a term', `${'\n'.repeat(5_000)}绝密${'\n'.repeat(5_000)}`],
    ['only invisible characters', '\u200B\u200D\uFEFF'.repeat(1000)],
    ['only separators', '*'.repeat(10_000)],
    ['a very long Latin word', 'a'.repeat(100_000)],
    ['a very long digit run', '1'.repeat(100_000)],
    ['combining marks', 'e\u0301\u0301\u0301绝\u0301密'],
  ])('%s', (_name, text) => {
    const findings = screener.screen(text);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThan(f.end);
    }
  });

  it('1 MB of mixed text is screened, offsets stay inside the text', () => {
    const chunk = `今天讨论下季度的预算，这份是绝密文件，请勿外传。加ＶＸ领红包 dubo 电话13812345678 ${VALID_ID}。\n`;
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const findings = screener.screen(text);
    const perChunk = screener.screen(chunk).length;
    expect(perChunk).toBeGreaterThanOrEqual(5);
    expect(findings.length).toBe(perChunk * (text.length / chunk.length));
    for (const f of findings.filter((x) => x.source === 'dictionary')) expect(text.slice(f.start, f.end)).toBe(f.match);
  }, 30_000);
});
