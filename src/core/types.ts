/** Shared domain types of the core: every layer speaks these, none of them knows Wechaty. */

/** How bad a finding is; ordered from least to most serious. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** Severities in ascending order, for comparisons and validation. */
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** Names of the personal-data, credential and link detectors a policy may enable. */
export type DetectorName = 'cn_id' | 'cn_mobile' | 'bank_card' | 'email' | 'url' | 'credential';

/** All detector names, in the order they are reported. */
export const DETECTOR_NAMES: readonly DetectorName[] = ['cn_id', 'cn_mobile', 'bank_card', 'email', 'url', 'credential'];

/** One thing a message breaks; offsets point into the original (un-normalised) text. */
export interface Finding {
  /** Dictionary category, or the detector name for detector findings. */
  category: string;
  severity: Severity;
  /** The dictionary term, or the detector name. */
  term: string;
  /** The original text that matched; personal data is redacted. */
  match: string;
  /** UTF-16 offset of the first matched character in the original text. */
  start: number;
  /** UTF-16 offset just past the last matched character in the original text. */
  end: number;
  source: 'dictionary' | 'detector';
}

/** A message as the core sees it, made from a platform message by the adapter. */
export interface CoreMessage {
  id: string;
  roomId: string;
  roomTopic: string;
  senderId: string;
  senderName: string;
  /** The sender's group nickname (room alias), when the platform gave one. */
  senderAlias: string | null;
  /** Text to screen: the message text, a file name, or a link title. */
  text: string;
  kind: 'text' | 'file' | 'link' | 'other';
  /** Epoch milliseconds. */
  at: number;
  /** Contact ids @-mentioned in the message. */
  mentionIds: string[];
}
