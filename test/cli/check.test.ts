import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, POLICIES, requireBuild, runCli, type CliRun } from './run-cli.js';

const FINDING_KEYS = ['category', 'severity', 'term', 'match', 'start', 'end', 'source'];

/** Input lines and the exact object `check` must print for each, in order. */
const CASES: [string, Record<string, unknown>][] = [
  ['这份是绝密文件', { id: 1, findings: [{ category: 'confidential', severity: 'high', term: '绝密文件', match: '绝密文件', start: 3, end: 7, source: 'dictionary' }] }],
  [
    '{"id":"m-2","text":"身份证11010519491231002X"}',
    { id: 'm-2', findings: [{ category: 'cn_id', severity: 'high', term: 'cn_id', match: '110105********002X', start: 3, end: 21, source: 'detector' }] },
  ],
  ['', { id: 3, findings: [] }],
  ['{oops', { id: 4, error: expect.stringContaining('第 4 行不是有效的 JSON 对象'), findings: [] }],
  ['今天下午三点开会', { id: 5, findings: [] }],
  ['{"id":42,"text":"加ＶＸ领红包"}', { id: 42, findings: [{ category: 'ads', severity: 'medium', term: '加vx', match: '加ＶＸ', start: 0, end: 3, source: 'dictionary' }] }],
  ['{"text":"周末 du bo 吗"}', { id: 7, findings: [{ category: 'gambling', severity: 'high', term: '赌博', match: 'du bo', start: 3, end: 8, source: 'dictionary' }] }],
  ['{"id":"x","text":5}', { id: 'x', error: expect.stringContaining('"text"'), findings: [] }],
  ['   ', { id: 9, findings: [] }],
  ['[1,2]', { id: 10, findings: [] }],
  [
    '{"id":null,"text":"手机 13812345678"}',
    { id: null, findings: [{ category: 'cn_mobile', severity: 'medium', term: 'cn_mobile', match: '138****5678', start: 3, end: 14, source: 'detector' }] },
  ],
  ['絕 密', { id: 12, findings: [{ category: 'confidential', severity: 'high', term: '绝密', match: '絕 密', start: 0, end: 3, source: 'dictionary' }] }],
  [
    '{"id":"m-13","text":"泄露机密\\n第二行"}',
    { id: 'm-13', findings: [{ category: 'confidential', severity: 'high', term: '泄露机密', match: '泄露机密', start: 0, end: 4, source: 'dictionary' }] },
  ],
  ['这次危机密切关系到有机密封圈', { id: 14, findings: [] }],
];

beforeAll(requireBuild);

/** 50,000 more lines after the contract cases: every 100th a JSON hit, the rest clean plain text. */
const VOLUME = 50_000;
const volumeLine = (i: number): string =>
  i % 100 === 0 ? JSON.stringify({ id: `m${i}`, text: `第${i}条：这份是绝密文件` }) : `第${i}条：今天下午三点在三楼开会，请准时参加`;

/** One process for the contract and the volume: the CLI's start-up and jieba's load are paid once. */
let run: CliRun;
beforeAll(async () => {
  const lines = CASES.map(([line]) => line);
  for (let i = 1; i <= VOLUME; i++) lines.push(volumeLine(i));
  // no --policy: the shipped default policy is used
  run = await runCli(['check'], `${lines.join('\n')}\n`);
}, 90_000);

describe('qunguard check: the contract (default policy when --policy is left out)', () => {
  it('exits 0 with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each(CASES.map(([line, expected], index) => [index + 1, line, expected] as const))('line %i %j', (lineNumber, _line, expected) => {
    expect(jsonLines(run.stdout)[lineNumber - 1]).toEqual(expected);
  });

  it('prints exactly the contract fields', () => {
    for (const object of jsonLines(run.stdout).slice(0, CASES.length)) {
      expect(Object.keys(object)).toEqual('error' in object ? ['id', 'error', 'findings'] : ['id', 'findings']);
      for (const finding of object.findings as Record<string, unknown>[]) expect(Object.keys(finding).sort()).toEqual([...FINDING_KEYS].sort());
    }
  });

  it('never prints personal data unredacted', () => {
    expect(run.stdout).not.toContain('11010519491231002X');
    expect(run.stdout).not.toContain('19491231');
    expect(run.stdout).not.toContain('13812345678');
  });
});

describe('qunguard check: volume (input forms are tested in process, check-stream.test.ts)', () => {
  it(`prints one object per line for ${VOLUME} more piped lines, in order, ids kept`, () => {
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(CASES.length + VOLUME);
    const wrong = out.slice(CASES.length).filter((o, k) => {
      const i = k + 1;
      const hit = i % 100 === 0;
      return o.id !== (hit ? `m${i}` : CASES.length + i) || (o.findings as unknown[]).length !== (hit ? 1 : 0);
    });
    expect(wrong).toEqual([]);
  });
});

describe.concurrent('qunguard: user mistakes exit 2 with a clear message, never a stack trace', () => {
  it.each<[string, string[], string[]]>([
    ['check with an unknown key in the policy', ['check', '--policy', `${POLICIES}bad-unknown-key.yaml`], ['bad-unknown-key.yaml:5', '"remind_evry"', '删除或改正拼写']],
    ['check with a policy that does not exist', ['check', '--policy', `${POLICIES}no-such-policy.yaml`], ['no-such-policy.yaml', '文件不存在']],
    ['an unknown option', ['check', '--polcy', 'x.yaml'], ['--polcy', '用法']],
    ['an unknown command', ['frobnicate'], ['未知命令 "frobnicate"', '用法']],
  ])('%s', async (_name, args, says) => {
    const run = await runCli(args, '绝密\n');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    for (const piece of says) expect(run.stderr).toContain(piece);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('内部错误');
  }, 30_000);
});
