/**
 * Issue 9 item 15, through the real CLI: input that used to kill the run or be
 * misread — JSON nested 100,000 deep, a 10-million-character nickname, GBK and
 * other bytes that are not UTF-8 — gets an error object on its own line, and
 * every other line is still checked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, POLICIES, requireBuild, runCli } from './run-cli.js';

beforeAll(requireBuild);

const POLICY = `${POLICIES}small.yaml`;
const GBK_SECRET = Buffer.from([0xd5, 0xe2, 0xb7, 0xdd, 0xca, 0xc7, 0xbe, 0xf8, 0xc3, 0xdc]); // 这份是绝密, saved as GBK
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const lines = (...parts: Buffer[]): Buffer => Buffer.concat(parts.flatMap((part) => [part, utf8('\n')]));
const deep = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const notUtf8 = (n: number): string => `第 ${n} 行不是 UTF-8 文本，请先另存为 UTF-8`;

/** `id:terms` of a check output object, or `id:error` for an error object. */
const brief = (o: Record<string, unknown>): string =>
  `${JSON.stringify(o.id)}:${'error' in o ? String(o.error) : (o.findings as { term: string }[]).map((f) => f.term).join(',')}`;

/** Lines of one `check` run, each with what it must print given its line number; one process, so jieba loads once. */
const CHECK_LINES: [string, Buffer, (n: number) => string][] = [
  ['a BOM and CRLF on a UTF-8 first line', utf8('\uFEFF这份是绝密\r'), (n) => `${n}:绝密`],
  ['an id nested 100,000 deep', utf8(`{"id":${deep(100_000)},"text":"绝密"}`), (n) => `${n}:第 ${n} 行过长或嵌套过深，无法检查`],
  ['the line after it', utf8('{"id":"c","text":"刷单"}'), () => '"c":刷单'],
  ['a text field nested 100,000 deep', utf8(`{"id":"a","text":${deep(100_000)}}`), (n) => `"a":第 ${n} 行缺少字符串字段 "text"`],
  ['an id nested 50 deep is still printed', utf8(`{"id":${deep(50)},"text":"绝密"}`), () => `${deep(50)}:绝密`],
  ['a GBK line', GBK_SECRET, (n) => `${n}:${notUtf8(n)}`],
  ['the same text in UTF-8', utf8('{"id":"x","text":"这份是绝密"}'), () => '"x":绝密'],
  ['a JSON line with a GBK text', Buffer.concat([utf8('{"id":"g","text":"'), GBK_SECRET, utf8('"}')]), (n) => `${n}:${notUtf8(n)}`],
  ['a stray continuation byte', Buffer.from([0x80, 0x41]), (n) => `${n}:${notUtf8(n)}`],
  ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), (n) => `${n}:${notUtf8(n)}`],
  ['an overlong slash', Buffer.from([0xc0, 0xaf]), (n) => `${n}:${notUtf8(n)}`],
  ['a UTF-8 line after them', utf8('绝密'), (n) => `${n}:绝密`],
  ['a character cut off at the end of the input (no final newline)', Buffer.concat([utf8('刷单'), Buffer.from([0xe5, 0x88])]), (n) => `${n}:${notUtf8(n)}`],
];

describe('qunguard check: a bad line gets an error object and the run goes on', () => {
  let out: Record<string, unknown>[];
  beforeAll(async () => {
    const input = Buffer.concat(CHECK_LINES.flatMap(([, bytes], k) => (k === CHECK_LINES.length - 1 ? [bytes] : [bytes, utf8('\n')])));
    const run = await runCli(['check', '--policy', POLICY], input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    out = jsonLines(run.stdout);
  }, 120_000);

  it('prints one object per input line', () => {
    expect(out).toHaveLength(CHECK_LINES.length);
  });

  it.each(CHECK_LINES.map(([name, , expected], k) => [name, k + 1, expected] as const))('%s (line %i)', (_name, n, expected) => {
    const object = out[n - 1]!;
    expect(brief(object)).toBe(expected(n));
    expect(Object.keys(object)).toEqual('error' in object ? ['id', 'error', 'findings'] : ['id', 'findings']);
  });
});

describe('qunguard nick: a bad line gets an error object and the run goes on', () => {
  it.each<[string, Buffer, string[]]>([
    [
      'a nickname of 10 million characters',
      lines(utf8('销售部-李四'), utf8('张'.repeat(10_000_000)), utf8('{"id":"n3","nickname":"研发部-王五"}')),
      ['1:true', '2:第 2 行过长或嵌套过深，无法检查', '"n3":true'],
    ],
    ['an id nested 100,000 deep', lines(utf8(`{"id":${deep(100_000)},"nickname":"销售部-李四"}`), utf8('赵总')), ['1:第 1 行过长或嵌套过深，无法检查', '2:true']],
    [
      'a GBK nickname',
      lines(Buffer.from([0xcf, 0xfa, 0xca, 0xdb, 0xb2, 0xbf, 0x2d, 0xc0, 0xee, 0xcb, 0xc4]), utf8('销售部-李四')), // 销售部-李四 in GBK
      [`1:${notUtf8(1)}`, '2:true'],
    ],
  ])('%s', async (_name, input, expected) => {
    const run = await runCli(['nick', '--policy', POLICY], input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out.map((o) => `${JSON.stringify(o.id)}:${'error' in o ? String(o.error) : String(o.ok)}`)).toEqual(expected);
    for (const object of out) if ('error' in object) expect(Object.keys(object)).toEqual(['id', 'error']);
  }, 120_000);
});
