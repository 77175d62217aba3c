import { parentPort } from 'node:worker_threads';
import { checkImage, errorMessage, prepareImage } from './check-image.js';
import { loadOcrModel, type OcrModel } from './ocr-model.js';
import type { FromWorker, ToWorker } from './ocr-protocol.js';

/**
 * The OCR worker thread: loads the model when told to, then reads one image per
 * request. All CPU-heavy work (decoding, onnxruntime) happens here, off the bot's event loop.
 */
const port = parentPort;
if (!port) throw new Error('ocr-worker.ts must run as a worker thread');

let model: OcrModel | null = null;
const send = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  void handle(message);
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'load') {
    const started = performance.now();
    try {
      model ??= await loadOcrModel(message.threads);
      send({ type: 'loaded', ms: performance.now() - started });
    } catch (err) {
      send({ type: 'load_failed', message: errorMessage(err) });
    }
    return;
  }
  const { id, image, maxPixels, maxDetectPixels } = message;
  if (!model) {
    send({ type: 'rejected', id, reason: 'unreadable', message: 'OCR 模型尚未加载' });
    return;
  }
  const check = await checkImage(image, maxPixels);
  if (!check.ok) {
    send({ type: 'rejected', id, reason: check.reason, message: check.message });
    return;
  }
  try {
    send({ type: 'lines', id, lines: await model.readLines(await prepareImage(image, check, maxDetectPixels)) });
  } catch (err) {
    send({ type: 'rejected', id, reason: 'unreadable', message: `图片无法解码（${errorMessage(err)}）` });
  }
}
