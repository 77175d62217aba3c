/**
 * Bugs found while writing the screening, policy and CLI suites, each as the
 * test that should pass once src/ is fixed. Move a case to its proper suite
 * (screener.test.ts, "the separator bound counts what a reader sees") when it passes.
 */
import { describe, expect, it } from 'vitest';
import { createScreener } from '../../../src/core/screen/screener.js';

const screener = createScreener({
  terms: [{ term: '绝密', category: 'confidential', severity: 'high' }],
  allow: [],
  detectors: [],
  segment: (text) => [...text],
});

describe('known bug: invisible characters count toward the separator bound', () => {
  // countVisible() segments the *original* gap into graphemes; U+200B, U+FEFF,
  // U+00AD, U+2060 and bidi marks are each a grapheme of their own
  // (Grapheme_Cluster_Break=Control), so invisible padding between visible
  // separators uses up the bound. Normalising drops them precisely so that
  // they cannot be used to evade: they should count as nothing.
  it.each<[string, string]>([
    ['zero-width spaces', '绝 \u200B\u200B\u200B\u200B 密'],
    ['soft hyphens', '绝 \u00AD\u00AD\u00AD\u00AD 密'],
    ['word joiners and BOMs', '绝 \u2060\uFEFF\u2060\uFEFF 密'],
    ['bidi marks', '绝 \u200E\u200F\u202A\u202C 密'],
  ])('%s between two spaces do not stop a hit', (_name, text) => {
    expect(screener.screen(text).map((f) => f.match)).toEqual([text]);
  });
});
