/**
 * Inputs for the differential tests of `check` and `nick`: random lines of
 * every form the input reader meets (contract JSON, other JSON, bad JSON, plain
 * text, odd spaces, BOMs, escapes, huge lines, bytes that are not UTF-8), joined
 * by random line ends and cut into random chunks.
 */
import { Readable, Writable } from 'node:stream';
import type { Rng } from '../../bench/prng.js';

/** One generated input: its bytes, the chunks it arrives in, and which lines (1-based) are not UTF-8. */
export interface Corpus {
  bytes: Buffer;
  chunks: Buffer[];
  notUtf8: Set<number>;
  lineCount: number;
}

const HAN = [...'今天下午三点在三楼开会请准时参加这份文件绝密刷单代号青鸟机密柜絕這機資王五李四赵总销售部研发部'];
const SPICE = ['绝密', '机密文件', '机密文件柜', '刷单', '加ＶＸ', '代号青鸟', '絕密', '绝\u200B密', '电话13812345678', '11010519491231002X', 'a@b.cn', '😀', '👨\u200D👩', 'Ｘ', 'ABC', '\u2028', '\u00A0', '\u3000', '\t', '"', '\\', '{', '}', ':', ','];
const NICKS = ['销售部-李四', '研发部 王五', '销售部—王五', '赵总', '小王', '李四', '销售部-', '-李四', '研发部-王五（外包）', '😀', '', '  销售部-李四  ', '銷售部-李四', 'ＸＸ部-王五'];

/** A random message or nickname text, sometimes with characters that need escaping in JSON. */
export function randomText(rng: Rng, nick: boolean): string {
  if (nick && rng.chance(0.6)) return rng.pick(NICKS);
  const length = rng.int(30);
  let text = '';
  for (let k = 0; k < length; k++) {
    const r = rng.next();
    if (r < 0.6) text += rng.pick(HAN);
    else if (r < 0.75) text += String.fromCharCode(0x20 + rng.int(0x5f));
    else if (r < 0.97) text += rng.pick(SPICE);
    else text += String.fromCharCode(rng.int(0x20)); // control characters: escaped by JSON.stringify, raw in plain lines
  }
  return text.replace(/[\r\n]/g, ' ');
}

const IDS: (() => unknown)[] = [
  () => 1,
  () => 0,
  () => 42,
  () => 123456789012345,
  () => 1234567890123456,
  () => -7,
  () => 1.5,
  () => 'm-2',
  () => '',
  () => '带中文的编号',
  () => 'quote"in',
  () => 'back\\slash',
  () => 'tab\there',
  () => null,
  () => true,
  () => { return { room: 'r1', n: 3 }; },
  () => [1, [2, [3]]],
];

/** One input line as text (the caller makes bytes of it). */
function randomLine(rng: Rng, field: string, nick: boolean): string {
  const text = randomText(rng, nick);
  const id = rng.pick(IDS)();
  const r = rng.int(30);
  switch (r) {
    case 0: return '';
    case 1: return ' '.repeat(1 + rng.int(3));
    case 2: return `{"id": ${JSON.stringify(id)}, "${field}": ${JSON.stringify(text)}}`;
    case 3: return `{"${field}":${JSON.stringify(text)},"id":${JSON.stringify(id)}}`;
    case 4: return `{"${field}":${JSON.stringify(text)}}`;
    case 5: return `{"id":${JSON.stringify(id)}}`;
    case 6: return `{"id":${JSON.stringify(id)},"${field}":${rng.pick(['5', 'null', '["x"]', '{"a":1}', 'true'])}}`;
    case 7: return `{"id":${JSON.stringify(id)},"${field}":${JSON.stringify(text)}`; // truncated
    case 8: return `{"id":${JSON.stringify(id)},"${field}":${JSON.stringify(text)}}${rng.pick([' ', '\t', 'x', ' 绝密', '}', ','])}`;
    case 9: return `${rng.pick([' ', '\t', '\u3000', '\u00A0', '\uFEFF', '\u2028', '\v'])}{"id":${JSON.stringify(id)},"${field}":${JSON.stringify(text)}}`;
    case 10: return `{"id":${rng.pick(['01', '1e3', '-0', '0.0', '1E2', '12345678901234567890', "'a'", 'NaN', '0x1'])},"${field}":${JSON.stringify(text)}}`;
    case 11: return `{"id":1,"${field}":"${text}"}`; // raw, so quotes, backslashes and control characters make it odd or invalid
    case 12: return `{"id":${JSON.stringify(id)},"${field}":"a","${field}":${JSON.stringify(text)}}`;
    case 13: return `{ "id":${JSON.stringify(id)},"${field}":${JSON.stringify(text)} }`;
    case 14: return `{"id" :${JSON.stringify(id)} ,"${field}" : ${JSON.stringify(text)}}`;
    case 15: return `{"id":${JSON.stringify(id)},"${field}":${JSON.stringify(text)},"extra":1}`;
    case 16: return rng.pick(['[1,2]', '"绝密"', 'null', '42', '{}', '{} 绝密', '{oops', '{"id":1,"text":"\\ud800绝密"}', `{"id":1,"${field}":"\\u7edd\\u5bc6"}`, '{"__proto__":{"id":9},"text":"绝密"}']);
    case 17: return `{"id":${'['.repeat(30)}${']'.repeat(30)},"${field}":${JSON.stringify(text)}}`;
    case 18: return `{"id":${JSON.stringify(id)},"${field}":${JSON.stringify(text.repeat(50 + rng.int(300)))}}`;
    case 19: return text.repeat(50 + rng.int(300));
    case 20: return `{"ID":1,"${field}":${JSON.stringify(text)}}`;
    default:
      return r < 25 ? JSON.stringify({ id, [field]: text }) : text;
  }
}

/** Bytes that are not UTF-8 (never CR or LF): GBK text, a cut character, a stray continuation byte, a surrogate, an overlong form. */
function notUtf8Bytes(rng: Rng): Buffer {
  const gbk = Buffer.from([0xd5, 0xe2, 0xb7, 0xdd, 0xca, 0xc7, 0xbe, 0xf8, 0xc3, 0xdc]); // 这份是绝密 in GBK
  const pieces = [gbk, Buffer.from([0xe4, 0xbd]), Buffer.from([0x80]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xf4, 0x90, 0x80, 0x80])];
  const bad = rng.pick(pieces);
  const around = Buffer.from(rng.chance(0.5) ? `{"id":1,"text":"绝密` : '机密', 'utf8');
  return Buffer.concat(rng.chance(0.5) ? [around, bad, Buffer.from('"}')] : [bad, around]);
}

/** A random input of `lines` lines for the string field `field` (`text` for check, `nickname` for nick). */
export function randomCorpus(rng: Rng, lines: number, field: string): Corpus {
  const nick = field === 'nickname';
  const ends = rng.pick([['\n'], ['\r\n'], ['\r'], ['\n', '\r\n', '\r']]);
  const parts: Buffer[] = [];
  const notUtf8 = new Set<number>();
  if (rng.chance(0.3)) parts.push(Buffer.from('\uFEFF', 'utf8'));
  let previousEnd = '';
  for (let n = 1; n <= lines; n++) {
    const last = n === lines;
    const bad = !last && rng.chance(0.03);
    const bytes = bad ? notUtf8Bytes(rng) : Buffer.from(randomLine(rng, field, nick).replace(/[\r\n]/g, ' '), 'utf8');
    if (bad) notUtf8.add(n);
    parts.push(bytes);
    const finalEnd = !last || rng.chance(0.5);
    // a last line with no end that is empty is no line at all
    if (last && !finalEnd && bytes.length === 0) parts.push(Buffer.from('x'));
    // CR, then an empty line ended by LF, would read as one CRLF: the line numbers here would be off by one
    let end = rng.pick(ends);
    if (end === '\n' && bytes.length === 0 && previousEnd === '\r') end = '\r';
    if (finalEnd) parts.push(Buffer.from(end));
    previousEnd = end;
  }
  const bytes = Buffer.concat(parts);
  return { bytes, chunks: cut(rng, bytes), notUtf8, lineCount: lines };
}

/** Cuts bytes into non-empty chunks at random places (inside characters and CRLFs too): small ones, pipe-sized ones, or one. */
export function cut(rng: Rng, bytes: Buffer): Buffer[] {
  const style = rng.int(3);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = style === 0 ? 1 + rng.int(at < 4096 ? 7 : 600) : style === 1 ? 1 + rng.int(70_000) : bytes.length;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

/** A line command under test: reads its input stream, writes its output stream. */
export type LineCommand = (input: Readable, output: Writable) => Promise<void>;

/** Runs a stream command over chunks into an output with a small buffer (back-pressure) and returns everything it wrote. */
export async function runOver(chunks: Buffer[], command: LineCommand): Promise<Buffer> {
  const written: Buffer[] = [];
  const output = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk);
      done(); // still back-pressure: a write bigger than highWaterMark returns false and waits for 'drain'

    },
  });
  await command(Readable.from(chunks), output);
  await new Promise<void>((resolve) => output.end(resolve)); // writes still queued behind a slow one
  return Buffer.concat(written);
}

/**
 * What a reader and its reference print for one input fed whole and in small pieces
 * (1, 2 and 3 bytes; 1000 and 64 KiB for a large input): every piece size must print
 * what the reference printed for the whole.
 */
export async function outputsInPieces(input: string, reader: LineCommand, reference: LineCommand): Promise<{ reference: string; got: { size: number; out: string }[] }> {
  const bytes = Buffer.from(input, 'utf8');
  const expected = await runOver([bytes].filter((b) => b.length > 0), reference);
  const got: { size: number; out: string }[] = [];
  for (const size of bytes.length < 10_000 ? [bytes.length, 1, 2, 3] : [bytes.length, 1000, 65_536]) {
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
    got.push({ size, out: (await runOver(chunks, reader)).toString('utf8') });
  }
  return { reference: expected.toString('utf8'), got };
}

/**
 * What the new reader must print, from what the reference printed: the same
 * lines, except that a line whose bytes are not UTF-8 (the reference misread
 * it) gets `errorLine(lineNumber)`.
 */
export function expectedOutput(reference: Buffer, corpus: Corpus, errorLine: (lineNumber: number) => string): string {
  const lines = reference.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line, k) => (corpus.notUtf8.has(k + 1) ? errorLine(k + 1) : line)).join('\n') + (lines.length > 0 ? '\n' : '');
}

/** Hand-written inputs: line ends, BOMs, empty and huge lines, each compared under several chunkings. */
export function edgeInputs(field: string): [string, string][] {
  const json = (id: unknown, value: unknown): string => JSON.stringify({ id, [field]: value });
  return [
    ['empty input', ''],
    ['one LF', '\n'],
    ['one CR', '\r'],
    ['one CRLF', '\r\n'],
    ['two LFs', '\n\n'],
    ['no final line end', 'a'],
    ['LF end', 'a\n'],
    ['CR end', 'a\r'],
    ['CRLF between', 'a\r\nb'],
    ['lone CR between', 'a\rb'],
    ['two CRs', 'a\r\rb'],
    ['LF then CR', 'a\n\rb'],
    ['CR CR LF', 'a\r\r\nb\r\n'],
    ['only a BOM', '\uFEFF'],
    ['BOM then LF', '\uFEFF\n'],
    ['BOM before JSON', `\uFEFF${json(1, '绝密')}\n`],
    ['two BOMs', '\uFEFF\uFEFF绝密\n'],
    ['BOM on line 2 is text', 'x\n\uFEFF绝密\n\uFEFF{"id":1}\n'],
    ['CR-only file', Array.from({ length: 300 }, (_, k) => (k % 2 ? json(k, '刷单') : `第${k}行 绝密`)).join('\r')],
    ['mixed ends', `绝密\r\n${json('a', '刷单')}\r${json('b', '代号青鸟')}\n\r\n机密文件`],
    ['JSON last, no end', `今天\n${json(7, '绝密')}`],
    ['spaces only', '   \n\t\n\u3000\n'],
    ['escapes and U+2028', `${json('e', '泄露机密\n第二行\t"引号"\\')}\n${json('u', '绝\u2028密')}\n`],
    ['huge JSON line', `${json('big', '今天开会绝密'.repeat(20_000))}\nnext\n`],
    ['huge plain line', `${'普通消息刷单'.repeat(20_000)}\r\n${json(2, '绝密')}`],
    ['many empty lines', '\n'.repeat(500) + '绝密'],
  ];
}
