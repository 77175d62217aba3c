import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { StoreWarning } from '../../src/store/store-warning.js';
import { requireBuild, runCli } from '../cli/run-cli.js';
import { DAY, makeCase } from '../store/fixtures.js';

const AT = Date.parse('2026-10-05T10:00:00+08:00');
const POLICY = fileURLToPath(new URL('../../examples/policy.yaml', import.meta.url));

let dir: string;
beforeAll(requireBuild);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qunguard-archive-fault-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A data folder whose archive holds C1 and C2 with a corrupt line between them; returns the archive file. */
async function archiveWithCorruptLine(): Promise<string> {
  const store = await openStore(dir);
  await store.cases.add(makeCase({ id: await store.cases.nextCaseId(), at: AT, status: 'closed' }));
  await store.cases.add(makeCase({ id: await store.cases.nextCaseId(), at: AT + 3_600_000, status: 'closed', categories: ['gambling'] }));
  await store.archive(AT + 40 * DAY);
  await store.close();
  const file = join(dir, 'archive', 'cases-2026-10.jsonl');
  const [first, second] = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(file, `${first}\n{"id":"C9","roomId":\n${second}\n`);
  return file;
}

describe('one corrupt archive line no longer kills the digest (issue 9 item 11)', { timeout: 30_000 }, () => {
  it('the store reads every other case and reports file:line', async () => {
    const file = await archiveWithCorruptLine();
    const warnings: StoreWarning[] = [];
    const store = await openStore(dir, { onWarning: (w) => warnings.push(w) });
    expect((await store.cases.all()).map((c) => c.id)).toEqual(['C1', 'C2']);
    await store.close();
    expect(warnings.map((w) => [w.kind, w.file])).toEqual([['archive_line_skipped', `${file}:2`]]);
    expect(warnings[0]!.message).toContain(`归档文件 ${file}:2 这一行无法读取`);
  });

  it('`qunguard digest` prints the period with both cases, warns with file:line, exit 0', async () => {
    const file = await archiveWithCorruptLine();
    const run = await runCli(['digest', '--data', dir, '--policy', POLICY, '--since', '7d', '--until', '2026-10-10', '--json'], '');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`归档文件 ${file}:2 这一行无法读取`);
    expect(run.stderr).toContain('已跳过，其余记录照常使用');
    const digest = JSON.parse(run.stdout) as { totals: { cases: number } };
    expect(digest.totals.cases).toBe(2);
  });
});
