/**
 * The OCR worker process: loads the model when told to, then reads one image per request. All CPU-heavy work happens here,
 * outside the bot's process, so a native crash or a kill on timeout cannot take the bot down; it exits when the bot goes away.
 */
import { checkImage, errorMessage, prepareImage } from './check-image.js';
import { loadOcrModel, type OcrModel } from './ocr-model.js';
import type { FromWorker, ToWorker } from './ocr-protocol.js';

const send = process.send?.bind(process);
if (!send) throw new Error('ocr-worker.js must be started by OcrService (child_process.fork with an IPC channel)');

let model: OcrModel | null = null;
const reply = (message: FromWorker): void => {
  send(message);
};

process.on('message', (message: ToWorker) => {
  void handle(message);
});
process.on('disconnect', () => process.exit(0));

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'load') {
    const started = performance.now();
    try {
      model ??= await loadOcrModel(message.threads);
      reply({ type: 'loaded', ms: performance.now() - started, rss: process.memoryUsage.rss() });
    } catch (err) {
      reply({ type: 'load_failed', message: errorMessage(err) });
    }
    return;
  }
  const { id, image, maxPixels, maxDetectPixels } = message;
  if (!model) {
    reply({ type: 'rejected', id, reason: 'unreadable', message: 'OCR 模型尚未加载' });
    return;
  }
  const check = await checkImage(image, maxPixels);
  if (!check.ok) {
    reply({ type: 'rejected', id, reason: check.reason, message: check.message });
    return;
  }
  try {
    const lines = await model.readLines(await prepareImage(image, check, maxDetectPixels));
    reply({ type: 'lines', id, lines, rss: process.memoryUsage.rss() });
  } catch (err) {
    reply({ type: 'rejected', id, reason: 'unreadable', message: `图片无法解码（${errorMessage(err)}）` });
  }
}
