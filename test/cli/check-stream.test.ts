/**
 * `runCheck` in process, on streams: the input forms (BOM, CRLF, chunks split
 * anywhere) and back-pressure, without paying for a process per case.
 */
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import type { Screener } from '../../src/core/screen/screener.js';
import { compileScreener } from '../../src/policy/compile-screener.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { jsonLines, POLICIES } from './run-cli.js';
import { wholeMessage } from '../support/segmenters.js';

let screener: Screener;
beforeAll(() => {
  // these tests are about streams, not word boundaries: a segmenter that keeps every candidate spares loading jieba
  screener = compileScreener(loadPolicy(`${POLICIES}small.yaml`), wholeMessage);
});

/** A writable that keeps what it gets; with `slow`, it drains late and signals back-pressure often. */
function sink(slow = false): Writable & { text(): string } {
  const chunks: Buffer[] = [];
  const writable = new Writable({
    highWaterMark: slow ? 16 : 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      if (slow) setTimeout(done, 1);
      else done();
    },
  });
  return Object.assign(writable, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** `runCheck` over the bytes of `input`, cut into chunks of `chunkSize` bytes (multi-byte characters split too). */
async function check(input: string, chunkSize = Number.POSITIVE_INFINITY, slow = false): Promise<Record<string, unknown>[]> {
  const bytes = Buffer.from(input, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += Math.min(chunkSize, bytes.length)) chunks.push(bytes.subarray(i, i + chunkSize));
  const out = sink(slow);
  await runCheck(screener, Readable.from(chunks), out);
  return jsonLines(out.text());
}

/** Output as `id:term/severity,…` for each line. */
const brief = (objects: Record<string, unknown>[]): string[] =>
  objects.map((o) => `${String(o.id)}:${((o.findings as { term: string; severity: string }[]) ?? []).map((f) => `${f.term}/${f.severity}`).join(',')}`);

const INPUT = ['\uFEFF绝密', '{"id":"b","text":"刷单赚钱"}', '机密文件柜在三楼', '{"id":"c","text":"电话13812345678"}', '最后一行：代号青鸟'];
const EXPECTED = ['1:绝密/high', 'b:刷单/medium', '3:', 'c:cn_mobile/critical', '5:代号青鸟/high'];

describe('runCheck: input forms, with the small test policy', () => {
  it.each<[string, string]>([
    ['LF', INPUT.join('\n')],
    ['LF with a final newline', `${INPUT.join('\n')}\n`],
    ['CRLF', INPUT.join('\r\n')],
    ['CRLF with a final CRLF', `${INPUT.join('\r\n')}\r\n`],
  ])('%s line ends; a BOM on the first line is not part of the text', async (_name, input) => {
    expect(brief(await check(input))).toEqual(EXPECTED);
  });

  it.each([1, 2, 3, 5, 7])('the same output when the input arrives in %i-byte chunks', async (size) => {
    expect(brief(await check(INPUT.join('\r\n'), size))).toEqual(EXPECTED);
  });

  it('keeps every line, in order, when the output applies back-pressure', async () => {
    const input = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `第${i + 1}行 绝密` : `第${i + 1}行`)).join('\n');
    const out = await check(input, 64, true);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(out.filter((o) => (o.findings as unknown[]).length === 1)).toHaveLength(100);
  });

  it('an empty input gives no output', async () => {
    expect(await check('')).toEqual([]);
  });

  it('a policy’s allow list and detector severities apply', async () => {
    const [allowed, mobile] = await check('机密文件柜\n电话13812345678');
    expect(allowed).toEqual({ id: 1, findings: [] });
    expect(mobile).toEqual({
      id: 2,
      findings: [{ category: 'cn_mobile', severity: 'critical', term: 'cn_mobile', match: '138****5678', start: 2, end: 13, source: 'detector' }],
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['{"id":1,"text":"绝密"', { id: 1, error: expect.stringContaining('第 1 行不是有效的 JSON 对象'), findings: [] }],
    ['{"id":"a"}', { id: 'a', error: '第 1 行缺少字符串字段 "text"', findings: [] }],
    ['{"id":"a","text":null}', { id: 'a', error: '第 1 行缺少字符串字段 "text"', findings: [] }],
    ['{"id":{"room":"r1","n":3},"text":"绝密"}', { id: { room: 'r1', n: 3 }, findings: [expect.objectContaining({ term: '绝密' })] }],
    ['  {"id":"indented","text":"绝密"}', { id: 'indented', findings: [expect.objectContaining({ term: '绝密' })] }],
    ['{} 绝密', { id: 1, error: expect.stringContaining('第 1 行'), findings: [] }],
    ['"绝密"', { id: 1, findings: [expect.objectContaining({ term: '绝密', start: 1, end: 3 })] }],
  ])('line %j', async (line, expected) => {
    expect(await check(line)).toEqual([expected]);
  });
});
