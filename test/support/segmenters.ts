/**
 * Stand-in word segmenters for tests that are not about jieba's word boundaries (and
 * need not pay its seconds-long load): one for each way a test wants hits to fall.
 */
import type { Segmenter } from '../../src/core/screen/jieba-confirm.js';

/** The whole message is one word: every dictionary hit inside it stands. */
export const wholeMessage: Segmenter = (text) => [text];

/** Every character is its own word: word edges everywhere. */
export const eachCharacter: Segmenter = (text) => [...text];
