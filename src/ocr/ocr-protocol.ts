/** Messages between the OCR service and its worker process; one request in flight at a time. */

/** Service → worker. */
export type ToWorker =
  | { type: 'load'; threads: number }
  | { type: 'recognise'; id: number; image: Uint8Array; maxPixels: number; maxDetectPixels: number };

/** A line as the worker reports it, before offsets are assigned. */
export interface RawLine {
  text: string;
  confidence: number;
}

/** Worker → service; `rss` is the worker process's resident memory in bytes after the step. */
export type FromWorker =
  | { type: 'loaded'; ms: number; rss: number }
  | { type: 'load_failed'; message: string }
  | { type: 'lines'; id: number; lines: RawLine[]; rss: number }
  | { type: 'rejected'; id: number; reason: 'too_large' | 'unreadable'; message: string };
