import { DETECTOR_NAMES, type DetectorName } from '../types.js';
import { createBankCardDetector } from './bank-card.js';
import { createCnIdDetector } from './cn-id.js';
import { createCnMobileDetector } from './cn-mobile.js';
import type { Detector, DetectorHit } from './detector.js';
import { createEmailDetector } from './email.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { createUrlDetector } from './url.js';

export type { Detector, DetectorHit } from './detector.js';
export { redactHit, redactText } from './redact.js';

/** Raised when a detector name that no detector answers to reaches the factory. */
export class UnknownDetectorError extends Error {
  constructor(readonly detector: string) {
    super(`未知的检测器 "${detector}"，可用的有：${DETECTOR_NAMES.join(', ')}`);
    this.name = 'UnknownDetectorError';
  }
}

const FACTORIES: Readonly<Record<DetectorName, () => Detector>> = {
  cn_id: createCnIdDetector,
  cn_mobile: createCnMobileDetector,
  bank_card: createBankCardDetector,
  email: createEmailDetector,
  url: createUrlDetector,
};

/** Narrows a policy string to a detector name, so config validation can say which one is wrong. */
export function isDetectorName(s: string): s is DetectorName {
  return (DETECTOR_NAMES as readonly string[]).includes(s);
}

/**
 * One detector for a policy's enabled names: runs each once and returns
 * non-overlapping hits sorted by start (an ID is not also a card or a mobile,
 * an e-mail is not also a link).
 */
export function createDetectors(names: readonly DetectorName[]): Detector {
  for (const name of names) {
    if (!isDetectorName(name)) throw new UnknownDetectorError(String(name));
  }
  const enabled = DETECTOR_NAMES.filter((n) => names.includes(n)).map((n) => FACTORIES[n]());
  return (text) => {
    if (typeof text !== 'string' || text.length === 0 || enabled.length === 0) return [];
    const all: DetectorHit[] = [];
    for (const detect of enabled) {
      for (const hit of detect(text)) all.push(hit);
    }
    return enabled.length === 1 ? all : resolveOverlaps(all);
  };
}
