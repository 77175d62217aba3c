/** Finding the compiled OCR worker script, next to this file in dist/ or, when running from TypeScript sources, the built copy. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the compiled worker script is. Next to this file in dist/; when the
 * service runs from TypeScript sources (vitest), worker threads cannot load .ts,
 * so the compiled copy in dist/ is used. Null when neither exists (not built).
 */
export function ocrWorkerUrl(): URL | null {
  const candidates = [new URL('./ocr-worker.js', import.meta.url), new URL('../../dist/src/ocr/ocr-worker.js', import.meta.url)];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? null;
}
