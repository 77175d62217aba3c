import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrService } from '../../src/ocr/ocr-service.js';
import type { OcrOutcome, OcrText } from '../../src/ocr/ocr-types.js';
import { renderTextImage } from '../../src/ocr/render-text-image.js';

// The worker thread runs the compiled dist/src/ocr/ocr-worker.js (worker threads cannot load .ts): `npm test` builds first.

const salaryTable = renderTextImage({ lines: ['姓名 张三 工资 12000', '姓名 李四 工资 15800', '绝密 报价单'] });
const shortNotice = renderTextImage({ lines: ['客户名单'] });

/** Bytes from a fixed linear congruential sequence: no image format starts like this. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = x >>> 16;
  }
  return bytes;
}

function read(outcome: OcrOutcome): OcrText {
  if (!outcome.ok) throw new Error(`expected text, got ${outcome.skip}: ${outcome.detail}`);
  return outcome;
}

// Loading the model takes ~1 s on an idle machine, several on a busy shared one.
describe('OcrService', { timeout: 60_000 }, () => {
  const ocr = new OcrService({ maxQueue: 1 });
  afterAll(() => ocr.close());

  it('loads the model lazily, on warm()', async () => {
    expect(ocr.status().loaded).toBe(false);
    const load = await ocr.warm();
    expect(load.ok).toBe(true);
    expect(ocr.status().loaded).toBe(true);
  });

  it('reads a rendered salary table, lines joined with \\n and offsets into the text', async () => {
    const result = read(await ocr.recognise(salaryTable));
    for (const term of ['姓名', '张三', '工资', '12000', '李四', '15800', '绝密', '报价单']) expect(result.text).toContain(term);
    expect(result.lines).toHaveLength(3);
    expect(result.text.split('\n')).toHaveLength(3);
    for (const line of result.lines) {
      expect(result.text.slice(line.start, line.end)).toBe(line.text);
      expect(line.confidence).toBeGreaterThan(0.5);
    }
    const secret = result.text.indexOf('绝密');
    expect(secret).toBeGreaterThanOrEqual(result.lines[2]!.start);
  });

  it.each([
    ['random bytes', 'unreadable', noise(4096)],
    ['a PNG cut in half (header fine, data missing)', 'unreadable', salaryTable.subarray(0, salaryTable.length >> 1)],
    ['an empty file', 'unreadable', new Uint8Array(0)],
  ])('%s → %s', async (_name, reason, image) => {
    const outcome = await ocr.recognise(image);
    expect(outcome).toMatchObject({ ok: false, skip: reason });
  });

  it.each([
    ['over maxBytes', 'too_large', { maxBytes: salaryTable.length - 1 }],
    ['over maxPixels', 'too_large', { maxPixels: 100 * 100 }],
  ])('%s → %s', async (_name, reason, limits) => {
    const outcome = await ocr.recognise(salaryTable, limits);
    expect(outcome).toMatchObject({ ok: false, skip: reason });
  });

  it('at exactly maxBytes the image is read', async () => {
    const result = read(await ocr.recognise(shortNotice, { maxBytes: shortNotice.length }));
    expect(result.text).toContain('客户名单');
  });

  it('a phone photo is turned upright by its EXIF orientation before reading', async () => {
    const notice = renderTextImage({ lines: ['绝密 报价单'], fontSize: 36 });
    // stored turned a quarter to the left, with EXIF orientation 6 ("turn 90° clockwise to view")
    const sideways = await sharp(notice).rotate(270).jpeg({ quality: 95 }).toBuffer();
    const tagged = await sharp(sideways).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    expect(read(await ocr.recognise(sideways)).text).not.toContain('报价单'); // the check below means something
    expect(read(await ocr.recognise(tagged)).text).toContain('报价单');
  });

  it('an image larger than maxDetectPixels is scaled down and still read', async () => {
    const big = renderTextImage({ lines: ['姓名 张三 工资 12000', '绝密 报价单'], fontSize: 72 });
    const { width, height } = await sharp(big).metadata();
    const maxDetectPixels = Math.floor((width! * height!) / 4); // half the width and height
    const result = read(await ocr.recognise(big, { maxDetectPixels }));
    for (const term of ['张三', '12000', '报价单']) expect(result.text).toContain(term);
  });

  it('beyond maxQueue waiting images, the next is queue_full; the queued ones are still read', async () => {
    const first = ocr.recognise(shortNotice); // being read
    const second = ocr.recognise(shortNotice); // the one waiting place
    const third = await ocr.recognise(shortNotice);
    expect(third).toMatchObject({ ok: false, skip: 'queue_full' });
    expect(read(await first).text).toContain('客户名单');
    expect(read(await second).text).toContain('客户名单');
  });

  it('an image that takes longer than timeoutMs is skipped, and the service recovers with a fresh worker', async () => {
    const outcome = await ocr.recognise(salaryTable, { timeoutMs: 1 });
    expect(outcome).toMatchObject({ ok: false, skip: 'timeout' });
    expect(ocr.status()).toMatchObject({ loaded: false, busy: false });
    expect(read(await ocr.recognise(shortNotice)).text).toContain('客户名单');
  });

  it('after close() every image is disabled and waiting images are released', async () => {
    const closing = new OcrService();
    const pending = closing.recognise(shortNotice);
    await closing.close();
    expect(await pending).toMatchObject({ ok: false, skip: 'disabled' });
    expect(await closing.recognise(shortNotice)).toMatchObject({ ok: false, skip: 'disabled' });
    expect(closing.status().closed).toBe(true);
  });
});

describe('OcrService with images: off', () => {
  it('skips every image as disabled and loads nothing', async () => {
    const off = new OcrService({ enabled: false });
    expect(await off.recognise(salaryTable)).toMatchObject({ ok: false, skip: 'disabled' });
    expect(await off.warm()).toMatchObject({ ok: false });
    expect(off.status().loaded).toBe(false);
    await off.close();
  });

  it('without a worker script, images are disabled with a hint to build', async () => {
    const missing = new OcrService({ workerUrl: new URL('file:///nonexistent/ocr-worker.js') });
    const outcome = await missing.recognise(shortNotice);
    expect(outcome).toMatchObject({ ok: false, skip: 'disabled' });
    expect(outcome.ok === false && outcome.detail).toContain('npm run build');
    await missing.close();
  });
});

describe('OcrService when the worker fails', () => {
  const fixture = (name: string): URL => new URL(`../fixtures/ocr/${name}`, import.meta.url);

  it('a worker that dies on an image skips it as unreadable, and the next image gets a fresh worker', async () => {
    const service = new OcrService({ workerUrl: fixture('crashing-worker.mjs') });
    const first = await service.recognise(shortNotice);
    expect(first).toMatchObject({ ok: false, skip: 'unreadable' });
    expect(first.ok === false && first.detail).toContain('退出码 70');
    expect(await service.recognise(shortNotice)).toMatchObject({ ok: false, skip: 'unreadable' }); // dies again, but was started again
    await service.close();
  });

  it('a model that cannot load turns OCR off for the process, with the reason', async () => {
    const service = new OcrService({ workerUrl: fixture('failing-worker.mjs') });
    const load = await service.warm();
    expect(load).toEqual({ ok: false, detail: 'OCR 模型加载失败（libonnxruntime.so.1: cannot open shared object file）' });
    expect(await service.recognise(shortNotice)).toMatchObject({ ok: false, skip: 'disabled', detail: load.ok ? '' : load.detail });
    await service.close();
  });
});

describe('OcrService in a plain Node script (no test runner keeping the process alive)', () => {
  it('warm() and recognise() are awaited to the end, and close() lets the script exit', () => {
    const service = new URL('../../dist/src/ocr/ocr-service.js', import.meta.url).href;
    const worker = new URL('../fixtures/ocr/crashing-worker.mjs', import.meta.url).href;
    const script = [
      `const { OcrService } = await import(${JSON.stringify(service)});`,
      `const ocr = new OcrService({ workerUrl: new URL(${JSON.stringify(worker)}) });`,
      `console.log(JSON.stringify(await ocr.warm()));`,
      `console.log((await ocr.recognise(new Uint8Array([1, 2, 3]))).skip);`,
      `await ocr.close();`,
      `console.log('closed');`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim().split('\n')).toEqual(['{"ok":true,"ms":1}', 'unreadable', 'closed']);
    expect(run.status).toBe(0);
  });
});
