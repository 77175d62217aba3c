/**
 * Reading text from images posted to groups (screenshots of payslips, IDs, chats) so it is screened like messages: one
 * worker process, a bounded queue, and a typed skip instead of an error for images too large, unreadable or too slow.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { joinLines } from './join-lines.js';
import type { FromWorker, ToWorker } from './ocr-protocol.js';
import { DEFAULT_OCR_LIMITS, type OcrLimits, type OcrLoad, type OcrOutcome, type OcrServiceOptions, type OcrSkip, type OcrSkipReason, type OcrStatus } from './ocr-types.js';
import { hold, killWorker, sendToWorker, startWorker, type WorkerProcess } from './worker-process.js';
import { ocrWorkerUrl } from './worker-url.js';

interface Job {
  id: number;
  image: Uint8Array;
  limits: OcrLimits;
  resolve: (outcome: OcrOutcome) => void;
  timer?: NodeJS.Timeout;
}

interface Loading {
  worker: WorkerProcess;
  ready: Promise<OcrLoad>;
}

/**
 * Reads images with OCR in one worker, one image at a time, behind a bounded
 * queue. The model loads on the first image (or `warm()`). An image that is too
 * large, unreadable or too slow resolves to a typed skip; `recognise` never
 * rejects. A timed-out image costs the worker: it is killed and the next image
 * starts a fresh one. `close()` ends the worker for the plugin's uninstaller.
 *
 * The worker is a child process, not a worker thread: onnxruntime and sharp are
 * native code, and ending a thread in the middle of their work can abort the
 * whole process (seen once here: `terminate called after throwing an instance of
 * 'Napi::Error'` after a timeout). A killed process takes only itself down, and
 * its ~300 MB of model memory stays out of the bot's heap and RSS.
 */
export class OcrService {
  private readonly enabled: boolean;
  private readonly maxQueue: number;
  private readonly limits: OcrLimits;
  private readonly threads: number;
  private readonly loadTimeoutMs: number;
  private readonly workerUrl: URL | null;
  private loading: Loading | null = null;
  private ending: Promise<void> = Promise.resolve();
  private workerRss: number | null = null;
  private loaded = false;
  private failure: string | null = null;
  private closed = false;
  private current: Job | null = null;
  private readonly waiting: Job[] = [];
  private nextId = 1;

  constructor(options: OcrServiceOptions = {}) {
    this.enabled = options.enabled ?? true;
    this.maxQueue = options.maxQueue ?? 20;
    this.limits = { ...DEFAULT_OCR_LIMITS, ...options.limits };
    this.threads = options.threads ?? 1;
    this.loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
    this.workerUrl = options.workerUrl ?? ocrWorkerUrl();
  }

  /** Reads the text of one encoded image (PNG, JPEG, WebP, GIF…), or says why it was skipped. */
  recognise(image: Uint8Array, limits: Partial<OcrLimits> = {}): Promise<OcrOutcome> {
    const effective = { ...this.limits, ...limits };
    const refused = this.refuse(image, effective);
    if (refused) return Promise.resolve(refused);
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, image, limits: effective, resolve });
      this.pump();
    });
  }

  /** Loads the model now, so the first image does not wait for it. */
  async warm(): Promise<OcrLoad> {
    if (!this.enabled) return { ok: false, detail: this.disabledDetail() };
    if (this.closed) return { ok: false, detail: 'OCR 已关闭' };
    return this.ensureLoaded();
  }

  /** Ends the worker; images still waiting are skipped as `disabled`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pending = [...(this.current ? [this.current] : []), ...this.waiting.splice(0)];
    this.current = null;
    for (const job of pending) this.settle(job, skip('disabled', 'OCR 已关闭'));
    await this.endWorker();
  }

  /** A snapshot of the queue, the model and the worker's memory. */
  status(): OcrStatus {
    return { loaded: this.loaded, busy: this.current !== null, queued: this.waiting.length, closed: this.closed, workerRssBytes: this.workerRss };
  }

  private disabledDetail(): string {
    if (!this.enabled) return '策略已关闭图片识别（images: off）';
    if (this.closed) return 'OCR 已关闭';
    return this.failure ?? 'OCR 不可用';
  }

  private refuse(image: Uint8Array, limits: OcrLimits): OcrSkip | null {
    if (!this.enabled || this.closed || this.failure !== null) return skip('disabled', this.disabledDetail());
    if (image.byteLength === 0) return skip('unreadable', '图片是空文件');
    if (image.byteLength > limits.maxBytes) return skip('too_large', `图片 ${image.byteLength} 字节，超过上限 ${limits.maxBytes} 字节`);
    if (this.waiting.length >= this.maxQueue) return skip('queue_full', `OCR 队列已满（${this.maxQueue} 张等待中）`);
    return null;
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.current = job;
    void this.run(job);
  }

  private async run(job: Job): Promise<void> {
    const load = await this.ensureLoaded();
    if (this.current !== job) return; // closed meanwhile
    if (!load.ok || !this.loading) {
      this.finish(job, skip('disabled', load.ok ? 'OCR 进程已结束' : load.detail));
      return;
    }
    const worker = this.loading.worker.child;
    hold(worker, true);
    job.timer = setTimeout(() => {
      void this.endWorker();
      this.finish(job, skip('timeout', `识别超过 ${job.limits.timeoutMs} 毫秒，已放弃`));
    }, job.limits.timeoutMs);
    const request: ToWorker = { type: 'recognise', id: job.id, image: job.image, maxPixels: job.limits.maxPixels, maxDetectPixels: job.limits.maxDetectPixels };
    sendToWorker(worker, request);
  }

  private ensureLoaded(): Promise<OcrLoad> {
    if (this.failure !== null) return Promise.resolve({ ok: false, detail: this.failure });
    if (this.loading) return this.loading.ready;
    if (!this.workerUrl || !existsSync(fileURLToPath(this.workerUrl))) return Promise.resolve(this.fail('找不到 OCR 工作进程脚本 ocr-worker.js；请先运行 npm run build'));
    const started = startWorker(this.workerUrl);
    const worker = started.child;
    hold(worker, true); // a load in progress keeps the process alive (bounded by loadTimeoutMs)
    const ready = new Promise<OcrLoad>((resolve) => {
      const timer = setTimeout(() => {
        void this.endWorker();
        resolve(this.fail(`OCR 模型加载超过 ${this.loadTimeoutMs} 毫秒`));
      }, this.loadTimeoutMs);
      timer.unref(); // a load nobody waits for must not keep the bot's process alive
      const loadedOrFailed = (outcome: OcrLoad): void => {
        clearTimeout(timer);
        resolve(outcome);
      };
      worker.on('message', (message: FromWorker) => this.onMessage(worker, message, loadedOrFailed));
      worker.on('error', (err) => this.onExit(worker, `OCR 工作进程出错（${err.message}）`, loadedOrFailed));
      worker.on('exit', (code, signal) => this.onExit(worker, `OCR 工作进程意外退出（${signal ?? `退出码 ${code}`}）`, loadedOrFailed));
    });
    this.loading = { worker: started, ready };
    const load: ToWorker = { type: 'load', threads: this.threads };
    sendToWorker(worker, load);
    return ready;
  }

  private onMessage(worker: ChildProcess, message: FromWorker, loadedOrFailed: (outcome: OcrLoad) => void): void {
    if (this.loading?.worker.child !== worker) return;
    if (message.type === 'loaded' || message.type === 'lines') this.workerRss = message.rss;
    if (message.type === 'loaded') {
      this.loaded = true;
      if (!this.current) hold(worker, false);
      loadedOrFailed({ ok: true, ms: message.ms });
      return;
    }
    if (message.type === 'load_failed') {
      void this.endWorker();
      loadedOrFailed(this.fail(`OCR 模型加载失败（${message.message}）`));
      return;
    }
    const job = this.current;
    if (!job || job.id !== message.id) return;
    this.finish(job, message.type === 'lines' ? joinLines(message.lines) : skip(message.reason, message.message));
  }

  /** The worker died by itself: a load that never finished turns OCR off; an image being read is skipped. */
  private onExit(worker: ChildProcess, detail: string, loadedOrFailed: (outcome: OcrLoad) => void): void {
    if (this.loading?.worker.child !== worker) return;
    const wasLoaded = this.loaded;
    this.loading = null;
    this.loaded = false;
    if (!wasLoaded) {
      loadedOrFailed(this.fail(detail));
      return;
    }
    if (this.current) this.finish(this.current, skip('unreadable', detail));
  }

  private fail(detail: string): OcrLoad {
    this.failure = detail;
    return { ok: false, detail };
  }

  private finish(job: Job, outcome: OcrOutcome): void {
    if (this.current !== job) return;
    this.current = null;
    if (this.loading) hold(this.loading.worker.child, false);
    this.settle(job, outcome);
    this.pump();
  }

  private settle(job: Job, outcome: OcrOutcome): void {
    clearTimeout(job.timer);
    job.resolve(outcome);
  }

  /** Kills the worker and resolves once it (and any killed before it) is gone. */
  private endWorker(): Promise<void> {
    const loading = this.loading;
    this.loading = null;
    this.loaded = false;
    if (loading) this.ending = Promise.all([this.ending, killWorker(loading.worker)]).then(() => undefined);
    return this.ending;
  }
}

function skip(reason: OcrSkipReason, detail: string): OcrSkip {
  return { ok: false, skip: reason, detail };
}

