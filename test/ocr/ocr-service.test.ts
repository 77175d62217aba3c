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

describe('OcrService', () => {
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
    ['random bytes', noise(4096), 'unreadable'],
    ['a PNG cut in half (header fine, data missing)', salaryTable.subarray(0, salaryTable.length >> 1), 'unreadable'],
    ['an empty file', new Uint8Array(0), 'unreadable'],
  ])('%s → %s', async (_name, image, reason) => {
    const outcome = await ocr.recognise(image);
    expect(outcome).toMatchObject({ ok: false, skip: reason });
  });

  it.each([
    ['over maxBytes', { maxBytes: salaryTable.length - 1 }, 'too_large'],
    ['over maxPixels', { maxPixels: 100 * 100 }, 'too_large'],
  ])('%s → %s', async (_name, limits, reason) => {
    const outcome = await ocr.recognise(salaryTable, limits);
    expect(outcome).toMatchObject({ ok: false, skip: reason });
  });

  it('at exactly maxBytes the image is read', async () => {
    const result = read(await ocr.recognise(shortNotice, { maxBytes: shortNotice.length }));
    expect(result.text).toContain('客户名单');
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
    await missing.close();
  });
});
