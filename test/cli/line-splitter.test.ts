import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/cli/line-splitter.js';

/** The lines of `chunks` as the splitter gives them (null: not UTF-8). */
function split(chunks: Buffer[]): (string | null)[] {
  const lines: (string | null)[] = [];
  const splitter = new LineSplitter();
  for (const chunk of chunks) splitter.push(chunk, (line) => lines.push(line));
  splitter.end((line) => lines.push(line));
  return lines;
}

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
/** Every way of cutting `input` in two. */
const cutsInTwo = (input: Buffer): Buffer[][] => Array.from({ length: input.length + 1 }, (_, at) => [input.subarray(0, at), input.subarray(at)]);

describe('LineSplitter', () => {
  it.each<[string, Buffer, (string | null)[]]>([
    ['LF', bytes('绝密\n刷单\n'), ['绝密', '刷单']],
    ['CRLF', bytes('绝密\r\n刷单\r\n'), ['绝密', '刷单']],
    ['lone CR', bytes('绝密\r刷单'), ['绝密', '刷单']],
    ['CR CR is two ends', bytes('a\r\rb'), ['a', '', 'b']],
    ['LF CR is two ends', bytes('a\n\rb'), ['a', '', 'b']],
    ['no final end', bytes('a\nb'), ['a', 'b']],
    ['an empty last line is no line', bytes('a\n'), ['a']],
    ['GBK between UTF-8 lines', bytes('机密\n', [0xbe, 0xf8, 0xc3, 0xdc], '\n刷单\n'), ['机密', null, '刷单']],
    ['a cut character at the very end', bytes('机密\n', [0xe5, 0x88]), ['机密', null]],
    ['a BOM is left to the caller', bytes('\uFEFF机密'), ['\uFEFF机密']],
  ])('%s, cut into two chunks at every byte', (_name, input, expected) => {
    for (const chunks of cutsInTwo(input)) expect(split(chunks)).toEqual(expected);
  });

  it('a valid character split across chunks is not mistaken for bad bytes', () => {
    const input = bytes('机密😀文件\n');
    const oneByteChunks = Array.from(input, (b) => Buffer.from([b]));
    expect(split(oneByteChunks)).toEqual(['机密😀文件']);
  });

  it('one bad line does not spoil the rest of its chunk', () => {
    expect(split([bytes('a\n', [0xff], '\nb\nc\n')])).toEqual(['a', null, 'b', 'c']);
  });
});
