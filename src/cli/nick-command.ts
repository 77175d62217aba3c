/**
 * `qunguard nick`: lets an operator try the policy's naming rule on a list of nicknames without running a bot, one verdict
 * per line as the DESIGN.md contract fixes.
 */
import type { Readable, Writable } from 'node:stream';
import type { NicknameChecker } from '../core/nickname/check-nickname.js';
import { policyNicknameChecker } from '../policy/policy-nickname-checker.js';
import type { LoadedPolicy } from '../policy/load-policy.js';
import { readContractLine } from './contract-line.js';
import { lineId, notUtf8Error, parseInputLine, tooLargeError, withoutBom } from './json-lines.js';
import { pipeLines } from './line-pipe.js';

/** `qunguard nick`: one verdict per input nickname, in order (DESIGN.md contract). */
export async function runNick(loaded: LoadedPolicy, input: Readable, output: Writable): Promise<void> {
  const check = policyNicknameChecker(loaded);
  await pipeLines(
    input,
    output,
    (raw, lineNumber) => {
      if (raw === null) return `${JSON.stringify({ id: lineNumber, error: notUtf8Error(lineNumber) })}\n`;
      const contract = readContractLine(lineNumber === 1 ? withoutBom(raw) : raw, 'nickname');
      // the verdict printed after the id as JSON.stringify({ id, ...verdict }) would
      if (contract) return `{"id":${contract.id},${JSON.stringify(verdictFields(check, contract.value)).slice(1)}\n`;
      return `${JSON.stringify(nickLine(check, raw, lineNumber))}\n`;
    },
    (lineNumber) => ({ id: lineNumber, error: tooLargeError(lineNumber) }),
  );
}

/** The general path: plain text, any JSON, bad JSON, a missing or non-string `nickname`. */
function nickLine(check: NicknameChecker, raw: string, lineNumber: number): Record<string, unknown> {
  const line = parseInputLine(raw, lineNumber);
  const id = lineId(line);
  if (line.error) return { id, error: line.error };
  const nickname = line.object ? line.object.nickname : line.text;
  if (typeof nickname !== 'string') return { id, error: `第 ${lineNumber} 行缺少字符串字段 "nickname"` };
  return { id, ...verdictFields(check, nickname) };
}

/** The contract's verdict fields, in the contract's order. */
function verdictFields(check: NicknameChecker, nickname: string): Record<string, unknown> {
  const verdict = check(nickname);
  return {
    nickname: verdict.nickname,
    ok: verdict.ok,
    department: verdict.department,
    name: verdict.name,
    problem: verdict.problem,
    suggestion: verdict.suggestion,
  };
}
