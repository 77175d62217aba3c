/**
 * jieba loads one-line stand-ins for its IDF table and stop words (dictionaries/jieba/), which `cut` never reads: a
 * second process with jieba's own full load must cut every line of the work-talk and violation fixtures, and the labelled
 * sets, exactly as the product's segmenter does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/config/package-root.js';
import { jiebaSegmenter } from '../../src/policy/jieba-segmenter.js';

const root = packageRoot();
const fixtureLines = (): string[] => {
  const files = [join(root, 'test/fixtures/work-talk.txt'), join(root, 'test/fixtures/violations.tsv')];
  const labelled = join(root, 'test/fixtures/labelled');
  for (const name of readdirSync(labelled)) if (name.endsWith('.tsv')) files.push(join(labelled, name));
  return files.flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/)).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
};

describe('jieba with stand-ins for the files cut never uses', () => {
  it('cuts every fixture line as jieba with its full load does', () => {
    const lines = fixtureLines();
    expect(lines.length).toBeGreaterThan(800);
    const nodejiebaPath = createRequire(import.meta.url).resolve('nodejieba');
    const script = `const j = require(${JSON.stringify(nodejiebaPath)}); j.load(); const lines = JSON.parse(require('fs').readFileSync(0, 'utf8')); process.stdout.write(JSON.stringify(lines.map((l) => j.cut(l, true))));`;
    const full = JSON.parse(execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(lines), maxBuffer: 64 * 2 ** 20 }).toString()) as string[][];
    const ours = lines.map((l) => jiebaSegmenter(l));
    const differing = lines.filter((_, i) => JSON.stringify(ours[i]) !== JSON.stringify(full[i]));
    expect(differing).toEqual([]);
  }, 60_000);
});
