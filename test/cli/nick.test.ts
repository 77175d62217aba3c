import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, POLICIES, requireBuild, runCli, type CliRun } from './run-cli.js';

const VERDICT_KEYS = ['id', 'nickname', 'ok', 'department', 'name', 'problem', 'suggestion'];

/** Input lines and what `nick` must print (the nickname rules themselves are tested in test/core/nickname). */
const CASES: [string, Record<string, unknown>][] = [
  ['销售部-李四', { id: 1, nickname: '销售部-李四', ok: true, department: '销售部', name: '李四', problem: null, suggestion: null }],
  ['{"id":"n2","nickname":"研发部 王五"}', { id: 'n2', nickname: '研发部 王五', ok: false, department: '研发部', name: '王五', problem: expect.any(String), suggestion: '研发部-王五' }],
  ['小王', { id: 3, nickname: '小王', ok: false, problem: expect.stringContaining('部门-姓名') }],
  ['赵总', { id: 4, nickname: '赵总', ok: true, problem: null }],
  ['{"id":9}', { id: 9, error: expect.stringContaining('"nickname"') }],
  ['{bad', { id: 6, error: expect.stringContaining('第 6 行') }],
  ['', { id: 7, nickname: '', ok: false, problem: expect.any(String) }],
];

beforeAll(requireBuild);

describe('qunguard nick: the contract', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(['nick', '--policy', `${POLICIES}small.yaml`], `${CASES.map(([line]) => line).join('\n')}\n`);
  }, 30_000);

  it('exits 0, one object per line, in order', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((o) => o.id)).toEqual([1, 'n2', 3, 4, 9, 6, 7]);
  });

  it.each(CASES.map(([line, expected], index) => [index + 1, line, expected] as const))('line %i %j', (lineNumber, _line, expected) => {
    expect(jsonLines(run.stdout)[lineNumber - 1]).toMatchObject(expected);
  });

  it('prints exactly the contract fields (error objects: id and error)', () => {
    for (const object of jsonLines(run.stdout)) {
      expect(Object.keys(object)).toEqual('error' in object ? ['id', 'error'] : VERDICT_KEYS);
    }
  });
});
