/**
 * The screener of the shipped default policy, for the suites that judge real messages
 * through it: one scaffold instead of a compile-and-warm-up block in every such file.
 */
import { beforeAll } from 'vitest';
import type { Screener } from '../../src/core/screen/screener.js';
import type { Finding } from '../../src/core/types.js';
import { defaultPolicyPath } from '../../src/config/package-root.js';
import { compileScreener } from '../../src/policy/compile-screener.js';
import { loadPolicy } from '../../src/policy/load-policy.js';

/** What a judgement suite asks of the default policy's screener. */
export interface DefaultScreener {
  screen(text: string): Finding[];
  explain(text: string): ReturnType<Screener['explain']>;
  /** The distinct categories found in a message, in finding order. */
  categories(text: string): string[];
}

/**
 * Compiles the shipped default policy in a `beforeAll` of the calling scope (file or
 * describe) and screens once there, so jieba's load (seconds on a busy machine) falls in
 * no single test's time. Use the returned functions inside tests only.
 */
export function useDefaultScreener(): DefaultScreener {
  let screener: Screener | undefined;
  const compiled = (): Screener => {
    if (!screener) throw new Error('useDefaultScreener: the screener is ready only inside tests (after beforeAll)');
    return screener;
  };
  beforeAll(() => {
    screener = compileScreener(loadPolicy(defaultPolicyPath()));
    screener.screen('这份是绝密文件');
  }, 60_000);
  return {
    screen: (text) => compiled().screen(text),
    explain: (text) => compiled().explain(text),
    categories: (text) => [...new Set(compiled().screen(text).map((f) => f.category))],
  };
}
