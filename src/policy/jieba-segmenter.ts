/**
 * The production word segmenter (nodejieba) that keeps ordinary words containing a term from being flagged; its
 * dictionaries load once, at install for the bot and on first use for one-shot commands.
 */
import nodejieba from 'nodejieba';
import type { Segmenter } from '../core/screen/jieba-confirm.js';

let loaded = false;

/**
 * Loads jieba's dictionaries now (about a second, once per process). The bot calls it when
 * it is installed, so the first violation after start does not stall the event loop;
 * one-shot commands (`check`) leave it to the first call, so clean input never pays.
 */
export function loadJieba(): void {
  if (loaded) return;
  nodejieba.load();
  loaded = true;
}

/** The production segmenter: nodejieba with HMM, loaded on first use if nobody loaded it before. */
export const jiebaSegmenter: Segmenter = (text) => {
  loadJieba();
  return nodejieba.cut(text, true);
};
