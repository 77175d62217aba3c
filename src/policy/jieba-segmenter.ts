/**
 * The production word segmenter (nodejieba) that keeps ordinary words containing a term from being flagged; its
 * dictionaries load once, at install for the bot and on first use for one-shot commands.
 */
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { packageRoot } from '../config/package-root.js';
import type { Segmenter } from '../core/screen/jieba-confirm.js';

let loaded = false;

/**
 * Loads jieba's dictionaries now (about a second, once per process). The bot calls it when
 * it is installed, so the first violation after start does not stall the event loop;
 * one-shot commands (`check`) leave it to the first call, so clean input never pays.
 */
export function loadJieba(): void {
  if (loaded) return;
  // `cut` uses the word dictionary and the HMM model only: one-line stand-ins replace the 6 MB IDF
  // table and the stop words, which serve keyword extraction (dictionaries/jieba/README.md).
  const standIns = join(packageRoot(), 'dictionaries', 'jieba');
  nodejieba.load({ idfDict: join(standIns, 'idf.utf8'), stopWordDict: join(standIns, 'stop_words.utf8') });
  loaded = true;
}

/** The production segmenter: nodejieba with HMM, loaded on first use if nobody loaded it before. */
export const jiebaSegmenter: Segmenter = (text) => {
  loadJieba();
  return nodejieba.cut(text, true);
};
