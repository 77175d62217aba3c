import { describe, expect, it } from 'vitest';
import { createUrlDetector } from '../../../src/core/detectors/url.js';
import { valuesOf } from './helpers.js';

const detect = createUrlDetector();

describe('url detector: hits', () => {
  it.each([
    ['https://example.com/a?b=1&c=2', ['https://example.com/a?b=1&c=2']],
    ['http://example.com', ['http://example.com']],
    ['HTTPS://EXAMPLE.COM/X', ['HTTPS://EXAMPLE.COM/X']],
    ['http://127.0.0.1:8080/x', ['http://127.0.0.1:8080/x']],
    ['www.example.com', ['www.example.com']],
    ['www.example.com/path', ['www.example.com/path']],
    ['t.cn/abc', ['t.cn/abc']],
    ['example.com/x', ['example.com/x']],
    ['example.com.cn/x', ['example.com.cn/x']],
    ['example.com:8080/x', ['example.com:8080/x']],
    ['看t.cn/abc谢谢', ['t.cn/abc']],
    ['点这里https://example.com/a。下一句', ['https://example.com/a']],
    ['https://example.com/a，还有www.example.org！', ['https://example.com/a', 'www.example.org']],
    ['https://example.com/a).', ['https://example.com/a']],
    ['(see https://example.com/a)', ['https://example.com/a']],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['https://example.com/a?!', ['https://example.com/a']],
    ['https://example.com/a;:,', ['https://example.com/a']],
    ['https://example.com/中文路径', ['https://example.com/']],
    ['https://example.com/a b', ['https://example.com/a']],
    ['“https://example.com/a”', ['https://example.com/a']],
    ['https://example.com/a😀', ['https://example.com/a']],
    ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ'.normalize('NFKC'), ['https://example.com/a']],
  ])('%s -> %j', (text, expected) => {
    expect(valuesOf(detect, text)).toEqual(expected);
  });

  it('reports offsets into the text', () => {
    expect(detect('看t.cn/abc谢谢')).toEqual([{ detector: 'url', start: 1, end: 9, value: 't.cn/abc' }]);
  });
});

describe('url detector: non-hits', () => {
  it.each([
    ['bare domain without a path', 'example.com'],
    ['uncommon TLD', 'readme.md/x'],
    ['file name', 'report.txt/abc'],
    ['scheme only', 'http://'],
    ['scheme and punctuation', 'http://.'],
    ['an e-mail is not a link', 'zhang@example.com'],
    ['an e-mail with a path is not a link', 'zhang@example.com/x'],
    ['www inside a word', 'awww.example.com'],
    ['a path, not a domain', 'src/core/example.com/x'],
    ['empty', ''],
  ])('%s: %s', (_why, text) => {
    expect(detect(text)).toEqual([]);
  });
});
