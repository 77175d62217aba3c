/**
 * The one bag of dependencies every moderation flow receives (store, outbox, clock, log, platform, policy, OCR, flood,
 * speaker), handed in rather than imported so tests and the sandbox can pass fakes.
 */
import type { Logger } from 'pino';
import type { Clock } from '../schedule/clock.js';
import type { Store } from '../store/index.js';
import type { ActivePolicy } from './active-policy.js';
import type { Outbox } from './outbox/index.js';
import type { Platform } from './platform.js';
import type { FloodDetector } from '../core/message-kinds/flood.js';
import type { ImageReader } from './screen-kinds.js';
import type { Speaker } from './speaker.js';

/** Everything the moderation flows need, passed in (never imported), so tests hand in fakes. */
export interface BotContext {
  store: Store;
  outbox: Outbox;
  clock: Clock;
  log: Logger;
  platform: Platform;
  /** The policy in force; read it on every use, a hot reload replaces it. */
  policy(): ActivePolicy;
  /** Reads images with OCR (the plugin's OcrService); absent or null: images are not read. */
  ocr?: ImageReader | null;
  /** Floods per (room, member); absent: floods are not detected (contexts built for one flow in tests). */
  flood?: FloodDetector;
  /** This account's claim on each group (several accounts on one store); absent: the one account speaks everywhere. */
  speaker?: Speaker;
}
