/**
 * Regressions: bugs found while writing the screening, policy and CLI suites,
 * each kept as the test that failed before the fix.
 *
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createScreener } from '../../../src/core/screen/screener.js';
import { requireBuild, ROOT } from '../../cli/run-cli.js';
import { wholeMessage } from '../../support/segmenters.js';

const screener = createScreener({
  terms: [{ term: '绝密', category: 'confidential', severity: 'high' }],
  allow: [],
  detectors: [],
  segment: wholeMessage,
});

describe('regression: a long run of separators inside a candidate', () => {
  // countVisible() runs Intl.Segmenter over the whole gap, and V8's grapheme
  // iteration is worse than linear in the length of the string (measured
  // here: 40k spaces ~1 s, 200k spaces 453 s). One 200 KB message
  // `绝 <200k spaces> 密` stalls screening for minutes. Only
  // MAX_SEPARATORS_IN_GAP + 1 graphemes are ever needed: segment a bounded
  // slice of the gap and stop counting there.
  it('a term split by 50,000 spaces is rejected quickly', () => {
    const text = `绝${' '.repeat(50_000)}密`;
    const started = performance.now();
    expect(screener.screen(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  }, 60_000);
});

describe('regression: check exits with a stack trace when its reader goes away', () => {
  // `qunguard check < big.txt | head -1`: stdout gets EPIPE, nobody listens
  // for 'error' on process.stdout, and node prints "Unhandled 'error' event"
  // with a stack trace, exit 1. Expected: stop quietly (no stderr), as cat,
  // grep and jq do.
  it('stops quietly when stdout is closed early', async () => {
    requireBuild();
    const input = Array.from({ length: 200_000 }, (_, i) => `第${i + 1}行 今天开会`).join('\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/qunguard', 'check', '--policy', 'test/fixtures/policies/minimal.yaml'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdout.once('data', () => child.stdout.destroy());
      child.stdin.on('error', () => {});
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
      child.stdin.end(input);
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);
});
