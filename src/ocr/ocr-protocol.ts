/** Messages between the OCR service (main thread) and its worker; one request in flight at a time. */

/** Main thread → worker. */
export type ToWorker =
  | { type: 'load'; threads: number }
  | { type: 'recognise'; id: number; image: Uint8Array; maxPixels: number; maxDetectPixels: number };

/** A line as the worker reports it, before offsets are assigned. */
export interface RawLine {
  text: string;
  confidence: number;
}

/** Worker → main thread. */
export type FromWorker =
  | { type: 'loaded'; ms: number }
  | { type: 'load_failed'; message: string }
  | { type: 'lines'; id: number; lines: RawLine[] }
  | { type: 'rejected'; id: number; reason: 'too_large' | 'unreadable'; message: string };
