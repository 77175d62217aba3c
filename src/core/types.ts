/** Shared domain types of the core: every layer speaks these, none of them knows Wechaty. */
import type { SharedCard } from './message-kinds/card-policy.js';
import type { SharedLink } from './message-kinds/link-policy.js';
import type { SharedMiniProgram } from './message-kinds/mini-program-policy.js';
import type { ForwardedRecord } from './message-kinds/parse-chat-history.js';

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

/**
 * What arrived: text and files as before; images read with OCR; cards,
 * mini-programs and links under their own policy; forwarded chats record by
 * record; `counted` (voice, video, red packets, transfers, system messages) and
 * `other` are counted and never a case.
 */
export type MessageKind = 'text' | 'file' | 'link' | 'image' | 'card' | 'mini_program' | 'chat_history' | 'counted' | 'other';

/** A shared card, mini-program or link, as the adapter read it. */
export type SharedItem = { kind: 'card'; card: SharedCard } | { kind: 'mini_program'; miniProgram: SharedMiniProgram } | { kind: 'link'; link: SharedLink };

/** The quoted part of a quote reply, as the adapter read it from the message text. */
export interface QuotedMessage {
  /** The quoted sender's display name (redacted like every name). */
  name: string;
  /** What they said, as quoted (people's own words: redacted wherever it is stored). */
  text: string;
  /** The whole message text, quote and reply, as it arrived. */
  whole: string;
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
  /** Text to screen: the message text (of a quote reply, the reply only), a file name, a link's title, description and address, a card's name, a mini-program's title and description; '' for images and forwarded chats. */
  text: string;
  kind: MessageKind;
  /** What a shared card, mini-program or link carries, for its kind's own policy (cards, mini_programs, links). */
  shared?: SharedItem;
  /** The encoded image (kind `image`), read with OCR after the exempt check. */
  image?: Uint8Array;
  /** The records of a forwarded chat (kind `chat_history`), each screened on its own. */
  records?: readonly ForwardedRecord[];
  /** A quote reply (kind `text`): who was quoted and what; `text` then holds only the reply, the sender's own words. */
  quote?: QuotedMessage;
  /** Epoch milliseconds. */
  at: number;
  /** Contact ids @-mentioned in the message. */
  mentionIds: string[];
}
