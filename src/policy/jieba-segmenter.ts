import nodejieba from 'nodejieba';
import type { Segmenter } from '../core/screen/jieba-confirm.js';

let loaded = false;

/**
 * The production segmenter: nodejieba with HMM. Its dictionaries load on the
 * first call (about a second, once per process), so clean messages never pay.
 */
export const jiebaSegmenter: Segmenter = (text) => {
  if (!loaded) {
    nodejieba.load();
    loaded = true;
  }
  return nodejieba.cut(text, true);
};
