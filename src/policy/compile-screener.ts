/**
 * Turning a loaded policy into the screener the bot runs (dictionaries, allow-list, variants, cues, detectors), with jieba
 * as the word segmenter unless a test hands in another.
 */
import { createScreener, type Screener, type ScreenerSpec } from '../core/screen/screener.js';
import type { Segmenter } from '../core/screen/jieba-confirm.js';
import type { LoadedPolicy } from './load-policy.js';
import { jiebaSegmenter } from './jieba-segmenter.js';

/**
 * Compiles a loaded policy into its screener, with jieba as the segmenter unless another is given;
 * `segmentCacheSize` (windows whose cuts are remembered) is for the bench and the cache's differential test.
 */
export function compileScreener(loaded: LoadedPolicy, segment: Segmenter = jiebaSegmenter, options: Pick<ScreenerSpec, 'segmentCacheSize'> = {}): Screener {
  const context = loaded.context;
  return createScreener({
    ...options,
    terms: loaded.terms,
    allow: loaded.allow,
    detectors: loaded.detectors.map((d) => d.name),
    detectorSeverity: Object.fromEntries(loaded.detectors.filter((d) => d.severity).map((d) => [d.name, d.severity])),
    segment,
    ...(context
      ? {
          context: { cues: context.cues, material: context.material, rules: [...loaded.policy.rules, ...loaded.policy.groups.flatMap((g) => g.rules ?? [])] },
          variants: context.variants,
        }
      : {}),
  });
}
