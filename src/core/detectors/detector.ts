/**
 * The contract every personal-data detector keeps: a pure function from text to validated hits with offsets, so the
 * screener can combine, order and redact them alike.
 */
import type { DetectorName } from '../types.js';

/** A raw detector hit: offsets into the text the detector was given. */
export interface DetectorHit {
  detector: DetectorName;
  start: number;
  end: number;
  /** The matched text exactly as it appears in the input. */
  value: string;
}

/** A detector is a pure function from text to validated hits, made by a factory. */
export type Detector = (text: string) => DetectorHit[];
