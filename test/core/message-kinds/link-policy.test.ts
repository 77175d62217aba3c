import { describe, expect, it } from 'vitest';
import { isUnderDomain, linkHost, normaliseDomain } from '../../../src/core/message-kinds/domain-match.js';
import { domainStanding, screenLink, type DomainStanding, type LinkRules } from '../../../src/core/message-kinds/link-policy.js';

const rules: LinkRules = { deny: ['bet365.com', 'example-casino.net'], allow: ['safe.bet365.com'], internal: ['corp.example.com'] };

describe('domainStanding', () => {
  it.each<[string, LinkRules, DomainStanding]>([
    ['https://bet365.com/promo', rules, 'denied'],
    ['https://www.bet365.com/promo', rules, 'denied'],
    ['http://a.b.bet365.com', rules, 'denied'],
    ['BET365.COM/abc', rules, 'denied'],
    ['https://bet365.com./x', rules, 'denied'],
    ['ｈｔｔｐｓ：／／ｂｅｔ３６５．ｃｏｍ／ｐ', rules, 'denied'],
    ['https://badbet365.com', rules, 'unlisted'],
    ['https://bet365.com.evil.org', rules, 'unlisted'],
    ['https://safe.bet365.com/help', rules, 'allowed'],
    ['https://x.safe.bet365.com/help', rules, 'allowed'],
    ['https://corp.example.com/wiki', rules, 'internal'],
    ['https://hr.corp.example.com/salary', { ...rules, deny: ['*'] }, 'internal'],
    ['https://docs.qq.com/sheet', { deny: ['*'], allow: ['qq.com'], internal: [] }, 'allowed'],
    ['https://anything.cn', { deny: ['*'], allow: ['qq.com'], internal: [] }, 'denied'],
    ['https://example.com', { deny: ['example.com'], allow: ['example.com'], internal: [] }, 'allowed'],
    ['not a url at all', rules, 'unlisted'],
    ['', rules, 'unlisted'],
  ])('%s → %s', (url, r, standing) => {
    expect(domainStanding(url, r)).toBe(standing);
  });
});

describe('screenLink', () => {
  it('a denied domain is a url finding on the address line; title and description are screened', () => {
    const link = { url: 'https://www.bet365.com/promo', title: '注册送彩金', description: '立即领取' };
    const screening = screenLink(link, rules);
    expect(screening.text).toBe('注册送彩金\n立即领取\nhttps://www.bet365.com/promo');
    expect(screening.findings).toEqual([{ category: 'url', severity: 'low', term: 'link_denied', match: link.url, start: 11, end: screening.text.length, source: 'detector' }]);
    const f = screening.findings[0]!;
    expect(screening.text.slice(f.start, f.end)).toBe(link.url);
  });

  it.each([
    ['an unlisted domain', { url: 'https://news.example.org/a', title: '行业新闻', description: '' }, '行业新闻\nhttps://news.example.org/a'],
    ['an internal domain', { url: 'https://corp.example.com/wiki', title: '内部 wiki', description: '入职指南' }, '内部 wiki\n入职指南\nhttps://corp.example.com/wiki'],
    ['an allowed subdomain of a denied one', { url: 'https://safe.bet365.com', title: '帮助', description: '' }, '帮助\nhttps://safe.bet365.com'],
    ['a card without an address', { url: '', title: '标题', description: '描述' }, '标题\n描述'],
  ])('%s: no finding, the text still screened', (_name, link, text) => {
    expect(screenLink(link, rules)).toEqual({ text, findings: [] });
  });
});

describe('domain helpers', () => {
  it.each([
    ['example.com', 'example.com'],
    ['*.Example.COM', 'example.com'],
    ['.example.com', 'example.com'],
    ['https://example.com/path?q=1', 'example.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['*', '*'],
    ['', null],
    ['localhost', null],
    ['not a domain!', null],
    ['http://', null],
  ])('normaliseDomain(%j) = %j', (entry, expected) => {
    expect(normaliseDomain(entry)).toBe(expected);
  });

  it.each([
    ['https://例子.中国/x', 'xn--fsqu00a.xn--fiqs8s'],
    ['ＨＴＴＰＳ：／／ＥＸＡＭＰＬＥ．ｃｏｍ/x', 'example.com'],
    ['example.com:8080/x', 'example.com'],
    ['https://ＥＸＡＭＰＬＥ.com', 'example.com'],
    ['t.cn/abc', 't.cn'],
    ['mailto:someone@example.com', null],
  ])('linkHost(%j) = %j', (url, host) => {
    expect(linkHost(url)).toBe(host);
  });

  it.each([
    ['example.com', 'example.com', true],
    ['a.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
    ['example.com', 'a.example.com', false],
    ['anything.org', '*', true],
  ])('isUnderDomain(%j, %j) = %j', (host, domain, expected) => {
    expect(isUnderDomain(host, domain)).toBe(expected);
  });
});
