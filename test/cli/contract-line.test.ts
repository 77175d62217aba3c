import { describe, expect, it } from 'vitest';
import { readContractLine } from '../../src/cli/contract-line.js';

describe('readContractLine: the fast path takes exactly the plain contract shape', () => {
  it.each([
    '{"id":1,"text":"绝密文件"}',
    '{"id":0,"text":""}',
    '{"id":123456789012345,"text":"x"}',
    '{"id":"m-2","text":"今天开会"}',
    '{"id":"","text":"a b"}',
    '{"id": 7, "text": "python 的 json.dumps 这样写"}',
    '{"id":"u","text":"绝\u2028密 😀 \u00A0 ／"}',
    `{"id":"单引号","text":"{'不是引号'}"}`,
  ])('%s: same id and text as JSON.parse', (line) => {
    const parsed = JSON.parse(line) as { id: unknown; text: string };
    expect(readContractLine(line, 'text')).toEqual({ id: JSON.stringify(parsed.id), value: parsed.text });
  });

  it.each([
    ['an escape in the text', '{"id":1,"text":"泄露\\n机密"}'],
    ['an escaped quote', '{"id":1,"text":"a\\"b"}'],
    ['an escape in the id', '{"id":"a\\u0062","text":"x"}'],
    ['a raw tab (invalid JSON)', '{"id":1,"text":"a\tb"}'],
    ['a leading zero (invalid JSON)', '{"id":01,"text":"x"}'],
    ['-0 (printed back as 0)', '{"id":-0,"text":"x"}'],
    ['a negative id', '{"id":-1,"text":"x"}'],
    ['a fraction', '{"id":1.0,"text":"x"}'],
    ['an exponent', '{"id":1e3,"text":"x"}'],
    ['16 digits (may not print back the same)', '{"id":1234567890123456,"text":"x"}'],
    ['a null id', '{"id":null,"text":"x"}'],
    ['an object id', '{"id":{"a":1},"text":"x"}'],
    ['keys the other way round', '{"text":"x","id":1}'],
    ['a missing id', '{"text":"x"}'],
    ['an extra key', '{"id":1,"text":"x","room":"r"}'],
    ['a duplicate text key', '{"id":1,"text":"a","text":"b"}'],
    ['a non-string text', '{"id":1,"text":5}'],
    ['another field name', '{"id":1,"nickname":"x"}'],
    ['a key that only starts like text', '{"id":1,"texts":"x"}'],
    ['space after {', '{ "id":1,"text":"x"}'],
    ['space before }', '{"id":1,"text":"x" }'],
    ['trailing space', '{"id":1,"text":"x"} '],
    ['trailing garbage', '{"id":1,"text":"x"}x'],
    ['a tab as separator', '{"id":\t1,"text":"x"}'],
    ['truncated', '{"id":1,"text":"x'],
    ['no closing brace', '{"id":1,"text":"x"'],
    ['plain text', '绝密'],
    ['empty', ''],
  ])('%s: general path', (_name, line) => {
    expect(readContractLine(line, 'text')).toBeNull();
  });

  it('reads the nickname field for nick', () => {
    expect(readContractLine('{"id":"n2","nickname":"研发部 王五"}', 'nickname')).toEqual({ id: '"n2"', value: '研发部 王五' });
    expect(readContractLine('{"id":"n2","nickname":"研发部 王五"}', 'text')).toBeNull();
  });
});
