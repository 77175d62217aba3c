/**
 * The naive baseline as a whole program, for bench/check-process-bench.ts:
 * what a competent afternoon script does with the `check` contract — readline,
 * JSON.parse per line, `nodejieba.cut(text, true)` and a Set of the policy's
 * terms, buffered JSON-lines output of the same shape. No normalisation, no
 * allow-list, no detectors. Usage: node dist/bench/naive-check.js --policy P < in > out
 */
import { createInterface } from 'node:readline';
import nodejieba from 'nodejieba';
import { loadPolicy } from '../src/policy/load-policy.js';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--policy');
  const policyPath = process.argv[at + 1];
  if (at < 0 || !policyPath) throw new Error('usage: naive-check --policy FILE');
  const terms = new Map(loadPolicy(policyPath).terms.map((t) => [t.term, t]));
  nodejieba.load();
  let out = '';
  let lineNumber = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    let id: unknown = lineNumber;
    let text = line;
    if (line.trimStart().startsWith('{')) {
      try {
        const object = JSON.parse(line) as Record<string, unknown>;
        if ('id' in object) id = object.id;
        if (typeof object.text !== 'string') throw new Error('缺少字符串字段 "text"');
        text = object.text;
      } catch (err) {
        out += `${JSON.stringify({ id, error: `第 ${lineNumber} 行：${(err as Error).message}`, findings: [] })}\n`;
        continue;
      }
    }
    const findings = [];
    let offset = 0;
    for (const token of nodejieba.cut(text, true)) {
      const term = terms.get(token);
      if (term) findings.push({ category: term.category, severity: term.severity, term: token, match: token, start: offset, end: offset + token.length, source: 'dictionary' });
      offset += token.length;
    }
    out += `${JSON.stringify({ id, findings })}\n`;
    if (out.length >= 64 * 1024) {
      const chunk = out;
      out = '';
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
  process.stdout.write(out);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
