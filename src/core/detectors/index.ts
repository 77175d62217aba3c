/**
 * The personal-data detectors behind the policy's `detectors` list: builds one combined detector that runs only where
 * a text could hold what each looks for and returns non-overlapping hits.
 */
import { DETECTOR_NAMES, type DetectorName } from '../types.js';
import { createBankCardDetector } from './bank-card.js';
import { createCnIdDetector } from './cn-id.js';
import { createCnMobileDetector } from './cn-mobile.js';
import { createCredentialDetector } from './credential/credential.js';
import type { Detector, DetectorHit } from './detector.js';
import { createEmailDetector } from './email.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { profileText, type TextProfile } from './text-profile.js';
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

/** A detector's factory, and what a text must at least contain for it to be worth running. */
interface DetectorEntry {
  create: () => Detector;
  mayMatch: (p: TextProfile) => boolean;
}

const DETECTORS: Readonly<Record<DetectorName, DetectorEntry>> = {
  cn_id: { create: createCnIdDetector, mayMatch: (p) => p.digits >= 17 },
  cn_mobile: { create: createCnMobileDetector, mayMatch: (p) => p.digits >= 11 },
  bank_card: { create: createBankCardDetector, mayMatch: (p) => p.digits >= 15 },
  email: { create: createEmailDetector, mayMatch: (p) => p.at },
  url: { create: createUrlDetector, mayMatch: (p) => p.dotOrColon },
  // The shortest credential, `pwd=1234` or `u:p@h`, has four ASCII letters or digits.
  credential: { create: createCredentialDetector, mayMatch: (p) => p.asciiAlnum >= 4 },
};

/** Narrows a policy string to a detector name, so config validation can say which one is wrong. */
export function isDetectorName(s: string): s is DetectorName {
  return (DETECTOR_NAMES as readonly string[]).includes(s);
}

/**
 * One detector for a policy's enabled names: runs each once, and only where
 * the text could hold what it looks for, and returns non-overlapping hits
 * sorted by start (an ID is not also a card or a mobile, an e-mail is not also
 * a link, a password is not also a mobile).
 */
export function createDetectors(names: readonly DetectorName[]): Detector {
  for (const name of names) {
    if (!isDetectorName(name)) throw new UnknownDetectorError(String(name));
  }
  const enabled = DETECTOR_NAMES.filter((n) => names.includes(n)).map((n) => ({ detect: DETECTORS[n].create(), mayMatch: DETECTORS[n].mayMatch }));
  return (text) => {
    if (typeof text !== 'string' || text.length === 0 || enabled.length === 0) return [];
    const profile = profileText(text);
    const all: DetectorHit[] = [];
    let ran = 0;
    for (const { detect, mayMatch } of enabled) {
      if (!mayMatch(profile)) continue;
      ran++;
      for (const hit of detect(text)) all.push(hit);
    }
    return ran <= 1 ? all : resolveOverlaps(all);
  };
}
