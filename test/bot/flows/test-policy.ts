/** Test policies for the bot flows: the fixture policy with overrides, loaded through the real loader. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { activatePolicy, type ActivePolicy } from '../../../src/bot/active-policy.js';
import { compileScreener } from '../../../src/policy/compile-screener.js';
import { loadPolicy } from '../../../src/policy/load-policy.js';
import { wholeMessage } from '../../support/segmenters.js';
import { tempDirForFile } from '../../support/temp-dir.js';

/** The base policy of these suites. */
export const BASE_POLICY = fileURLToPath(new URL('../../fixtures/bot/policy.yaml', import.meta.url));

const compiled = new Map<string, ActivePolicy>();
const policyDir = tempDirForFile('qunguard-flows-');

/**
 * Which word segmenter confirms dictionary hits. `jieba` is the production one
 * (its dictionaries take several seconds to load on a small machine, once per
 * process); `whole-message` treats a message as one word, so every hit stands —
 * for suites about pacing, storage and membership, where the screening of a
 * plain `赌博` is not what is tested and a second jieba load would only cost time.
 */
export type SegmenterChoice = 'jieba' | 'whole-message';


/**
 * The base policy with top-level keys replaced, written as a real policy file
 * and loaded through the real loader (so overrides are validated like a user's).
 */
export function policyWith(overrides: Record<string, unknown> = {}, segmenter: SegmenterChoice = 'jieba'): ActivePolicy {
  const key = JSON.stringify([overrides, segmenter]);
  const cached = compiled.get(key);
  if (cached) return cached;
  const doc = parse(readFileSync(BASE_POLICY, 'utf8')) as Record<string, unknown>;
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(dirname(BASE_POLICY), p));
  const merged: Record<string, unknown> = { ...doc, ...overrides };
  merged.dictionaries = (merged.dictionaries as { file: string }[]).map((d) => ({ ...d, file: abs(d.file) }));
  merged.allow = (merged.allow as { file: string }[]).map((d) => ({ ...d, file: abs(d.file) }));
  if (typeof merged.roster === 'string') merged.roster = abs(merged.roster);
  const file = join(policyDir, `policy-${compiled.size}.yaml`);
  writeFileSync(file, stringify(merged));
  const loaded = loadPolicy(file);
  const active = activatePolicy(loaded, segmenter === 'jieba' ? compileScreener(loaded) : compileScreener(loaded, wholeMessage));
  compiled.set(key, active);
  return active;
}

/** Loads jieba before the tests that screen with it, so no single test carries the load. Call in beforeAll. */
export function warmUpScreening(policy: ActivePolicy = policyWith()): void {
  policy.screener.screen('这份是绝密文件');
}
