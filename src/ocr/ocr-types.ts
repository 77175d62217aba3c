/** Why an image was not read: the caller logs it and screens nothing from the image. */
export type OcrSkipReason = 'too_large' | 'unreadable' | 'timeout' | 'queue_full' | 'disabled';

/** Every skip reason, for logs, counters and exhaustive tests. */
export const OCR_SKIP_REASONS: readonly OcrSkipReason[] = ['too_large', 'unreadable', 'timeout', 'queue_full', 'disabled'];

/** One recognised line; `start`/`end` are its offsets in the joined text, so a finding maps back to a line. */
export interface OcrLine {
  text: string;
  /** Mean character confidence from the recogniser, 0..1. */
  confidence: number;
  start: number;
  end: number;
}

/** The text read from an image: the lines top to bottom, joined with `\n`. */
export interface OcrText {
  ok: true;
  text: string;
  lines: OcrLine[];
}

/** An image that was skipped, with a plain reason for the log (never the image's content). */
export interface OcrSkip {
  ok: false;
  skip: OcrSkipReason;
  detail: string;
}

/** What `recognise` resolves to; it never rejects. */
export type OcrOutcome = OcrText | OcrSkip;

/** Limits that may differ per call (per policy): the file size and how long one image may take. */
export interface OcrLimits {
  /** Largest encoded image accepted, in bytes. */
  maxBytes: number;
  /** Longest recognition of one image, in milliseconds (the model load is not counted). */
  timeoutMs: number;
  /** Largest decoded image accepted, width × height. */
  maxPixels: number;
  /** Larger images are scaled down to this area before detection (its time and memory grow with the area). */
  maxDetectPixels: number;
}

/**
 * Defaults sized for phone screenshots and photos: 10 MB, 30 s, 40 megapixels
 * accepted, read at up to 2.6 megapixels (a 1080×2400 screenshot unscaled; a
 * 12 MP photo at 0.47×). The detector's memory grows with the area read.
 */
export const DEFAULT_OCR_LIMITS: OcrLimits = { maxBytes: 10 * 1024 * 1024, timeoutMs: 30_000, maxPixels: 40_000_000, maxDetectPixels: 2_600_000 };

/** How the service runs; per-image limits may also be given per call. */
export interface OcrServiceOptions {
  /** False when the policy says `images: off`: every image is skipped as `disabled` and no model is loaded. */
  enabled?: boolean;
  /** Images waiting behind the one being read; more are skipped as `queue_full`. Default 20. */
  maxQueue?: number;
  /** Default limits for every call. */
  limits?: Partial<OcrLimits>;
  /** onnxruntime threads for one image. Default 1: the machine's other cores stay with the bot. */
  threads?: number;
  /** Longest model load before OCR is given up for this process. Default 120 s. */
  loadTimeoutMs?: number;
  /** The worker script; by default the compiled `ocr-worker.js`. */
  workerUrl?: URL;
}

/** The model is ready (with its load time), or OCR is off for this process and why. */
export type OcrLoad = { ok: true; ms: number } | { ok: false; detail: string };

/** What the service is doing, for logs and the bench. */
export interface OcrStatus {
  loaded: boolean;
  busy: boolean;
  queued: number;
  closed: boolean;
  /** The worker process's resident memory at its last report, in bytes; null before the model loads. */
  workerRssBytes: number | null;
}
