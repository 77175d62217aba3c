/** Reference: `nick` as it was before chunked input (commit 48b0625), kept so the differential test can compare output byte for byte. */
import type { Readable, Writable } from 'node:stream';
import { createNicknameChecker } from '../../../src/core/nickname/check-nickname.js';
import type { LoadedPolicy } from '../../../src/policy/load-policy.js';
import { createJsonLinesWriter, lineId, readInputLines } from './json-lines.js';

/** `qunguard nick`: one verdict per input nickname, in order (DESIGN.md contract). */
export async function runNick(loaded: LoadedPolicy, input: Readable, output: Writable): Promise<void> {
  const check = createNicknameChecker({
    departments: loaded.policy.nickname.departments,
    nameOnly: loaded.policy.nickname.name_only,
    roster: loaded.roster ?? undefined,
  });
  const out = createJsonLinesWriter(output);
  for await (const line of readInputLines(input)) {
    const id = lineId(line);
    if (line.error) {
      await out.write({ id, error: line.error });
      continue;
    }
    const nickname = line.object ? line.object.nickname : line.text;
    if (typeof nickname !== 'string') {
      await out.write({ id, error: `第 ${line.lineNumber} 行缺少字符串字段 "nickname"` });
      continue;
    }
    const verdict = check(nickname);
    await out.write({
      id,
      nickname: verdict.nickname,
      ok: verdict.ok,
      department: verdict.department,
      name: verdict.name,
      problem: verdict.problem,
      suggestion: verdict.suggestion,
    });
  }
  await out.end();
}
