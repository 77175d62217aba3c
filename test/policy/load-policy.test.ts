import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { createPolicyDirs, yaml, type PolicyFiles } from './policy-dir.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));
const dirs = createPolicyDirs();
afterAll(() => dirs.cleanup());

/** Loads `policy.yaml` from a fresh folder holding `files`; returns the PolicyError it must throw. */
function policyError(files: PolicyFiles): { error: PolicyError; dir: string } {
  const dir = dirs.make(files);
  try {
    loadPolicy(join(dir, 'policy.yaml'));
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return { error: error as PolicyError, dir };
  }
  throw new Error('loadPolicy accepted a bad policy');
}

const DICT = '绝密\n机密\n';
const GBK_JUEMI = Uint8Array.from([0xbe, 0xf8, 0xc3, 0xdc, 0x0a]); // "绝密\n" in GBK
const LATIN1_ETE = Uint8Array.from([0x61, 0x62, 0x0a, 0x63, 0x64, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]); // "ab\ncd\nété\n" in Latin-1

interface Expected {
  /** The file the error points at, relative to the policy folder. */
  file: string;
  line: number | null;
  /** Pieces the message must contain: what is wrong and what to change. */
  says: string[];
}

describe('loadPolicy: every error says where and what to change', () => {
  it.each<[string, PolicyFiles, Expected]>([
    [
      'unknown top-level key',
      { 'policy.yaml': yaml('version: 1', 'admins: []', 'colour: red') },
      { file: 'policy.yaml', line: 3, says: ['顶层', '未知的键 "colour"', '删除或改正拼写'] },
    ],
    [
      'unknown nested key (block map)',
      { 'policy.yaml': yaml('version: 1', 'nickname:', '  departments: [销售部]', '  remind_evry: 24h') },
      { file: 'policy.yaml', line: 4, says: ['nickname 下', '未知的键 "remind_evry"', '删除或改正拼写'] },
    ],
    [
      'unknown nested key (flow map in a list)',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: c, severity: high, colour: red }'), 'd.txt': DICT },
      { file: 'policy.yaml', line: 3, says: ['dictionaries.0 下', '未知的键 "colour"'] },
    ],
    [
      'unknown key in a group override',
      { 'policy.yaml': yaml('version: 1', 'groups:', '  - topic: 销售部工作群', '    departmens: [销售部]') },
      { file: 'policy.yaml', line: 4, says: ['groups.0 下', '未知的键 "departmens"'] },
    ],
    [
      'missing dictionary file',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: a, severity: high }', '  - { file: nope.txt, category: b, severity: high }'), 'd.txt': DICT },
      { file: 'policy.yaml', line: 4, says: ['nope.txt', '文件不存在', '请检查路径（相对于策略文件所在目录）'] },
    ],
    [
      'missing allow file',
      { 'policy.yaml': yaml('version: 1', '', 'allow:', '  - { file: lists/allow.txt }') },
      { file: 'policy.yaml', line: 4, says: [join('lists', 'allow.txt'), '文件不存在', '相对于策略文件所在目录'] },
    ],
    [
      'missing roster file',
      { 'policy.yaml': yaml('version: 1', 'admins: []', 'roster: ../roster.csv') },
      { file: 'policy.yaml', line: 3, says: ['roster.csv', '文件不存在', '相对于策略文件所在目录'] },
    ],
    [
      'a dictionary path that is a folder',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: lists, category: a, severity: high }'), 'lists/x.txt': DICT },
      { file: 'policy.yaml', line: 3, says: ['这是一个目录，不是文件'] },
    ],
    [
      'bad duration',
      { 'policy.yaml': yaml('version: 1', 'escalation:', '  window: 30 days') },
      { file: 'policy.yaml', line: 3, says: ['escalation.window', '数字加单位', '30s、15m、24h、7d'] },
    ],
    [
      'bad nickname duration',
      { 'policy.yaml': yaml('version: 1', 'nickname:', '  remind_every: 24h', '  deadline: 3天') },
      { file: 'policy.yaml', line: 4, says: ['nickname.deadline', '30s、15m、24h、7d'] },
    ],
    [
      'bad cron',
      { 'policy.yaml': yaml('version: 1', 'digest:', '  timezone: Asia/Shanghai', '  weekly: "0 9 * *"') },
      { file: 'policy.yaml', line: 4, says: ['digest.weekly', 'cron 表达式无效', '"0 9 * * 1"'] },
    ],
    [
      'bad timezone',
      { 'policy.yaml': yaml('version: 1', 'digest:', '  timezone: Mars/Olympus') },
      { file: 'policy.yaml', line: 3, says: ['digest.timezone', '时区无效', 'Asia/Shanghai'] },
    ],
    [
      'unknown detector',
      { 'policy.yaml': yaml('version: 1', 'detectors:', '  - cn_id', '  - passport') },
      { file: 'policy.yaml', line: 4, says: ['detectors.1', '未知的检测器', 'cn_id, cn_mobile, bank_card, email, url'] },
    ],
    [
      'unknown detector in the object form',
      { 'policy.yaml': yaml('version: 1', 'detectors:', '  - { name: passport, severity: high }') },
      { file: 'policy.yaml', line: 3, says: ['未知的检测器', 'cn_id, cn_mobile, bank_card, email, url'] },
    ],
    [
      'bad detector severity',
      { 'policy.yaml': yaml('version: 1', 'detectors:', '  - { name: cn_id, severity: huge }') },
      { file: 'policy.yaml', line: 3, says: ['detectors.0.severity', 'low | medium | high | critical'] },
    ],
    [
      'bad ladder action',
      { 'policy.yaml': yaml('version: 1', 'escalation:', '  steps:', '    - { count: 1, action: ban }') },
      { file: 'policy.yaml', line: 4, says: ['escalation.steps.0.action', 'warn | warn_and_notify | remove | request_removal'] },
    ],
    [
      'bad severity',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: c, severity: extreme }'), 'd.txt': DICT },
      { file: 'policy.yaml', line: 3, says: ['dictionaries.0.severity', 'low | medium | high | critical'] },
    ],
    [
      'duplicate category',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: c, severity: high }', '  - { file: d.txt, category: c, severity: low }'), 'd.txt': DICT },
      { file: 'policy.yaml', line: 4, says: ['类别 "c" 重复', '每个类别只能出现一次'] },
    ],
    [
      'unknown notify_always category',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: c, severity: high }', 'escalation:', '  notify_always: [c, secrets]'), 'd.txt': DICT },
      { file: 'policy.yaml', line: 5, says: ['"secrets"', '既不是词库类别也不是检测器', '可用：c, cn_id'] },
    ],
    [
      'duplicate ladder counts',
      { 'policy.yaml': yaml('version: 1', 'escalation:', '  steps:', '    - { count: 1, action: warn }', '    - { count: 1, action: remove }') },
      { file: 'policy.yaml', line: 4, says: ['count 不能重复'] },
    ],
    [
      'dictionary in GBK',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: gbk.txt, category: c, severity: high }'), 'gbk.txt': GBK_JUEMI },
      { file: 'gbk.txt', line: 1, says: ['不是 UTF-8 编码', '请用 UTF-8 另存为'] },
    ],
    [
      'allow list in Latin-1, bad bytes on line 3',
      { 'policy.yaml': yaml('version: 1', 'allow:', '  - { file: latin1.txt }'), 'latin1.txt': LATIN1_ETE },
      { file: 'latin1.txt', line: 3, says: ['不是 UTF-8 编码'] },
    ],
    [
      'policy file itself not UTF-8',
      { 'policy.yaml': Uint8Array.from([...Buffer.from('version: 1\nadmins: ['), 0xbe, 0xf8, ...Buffer.from(']\n')]) },
      { file: 'policy.yaml', line: 2, says: ['不是 UTF-8 编码'] },
    ],
    [
      'YAML syntax error: unclosed flow map (reported where the parser gives up)',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: c') },
      { file: 'policy.yaml', line: 4, says: ['YAML 语法错误'] },
    ],
    [
      'YAML syntax error: unclosed flow sequence',
      { 'policy.yaml': yaml('version: 1', 'admins: [a, b', 'foo: bar') },
      { file: 'policy.yaml', line: 3, says: ['YAML 语法错误'] },
    ],
    [
      'YAML syntax error: duplicate key',
      { 'policy.yaml': yaml('version: 1', 'version: 1') },
      { file: 'policy.yaml', line: 2, says: ['YAML 语法错误'] },
    ],
    [
      'YAML syntax error: tab indentation',
      { 'policy.yaml': yaml('version: 1', '\tadmins: []') },
      { file: 'policy.yaml', line: 2, says: ['YAML 语法错误'] },
    ],
    [
      'version missing',
      { 'policy.yaml': yaml('admins: []') },
      { file: 'policy.yaml', line: 1, says: ['version 必须是 1'] },
    ],
    [
      'version 2',
      { 'policy.yaml': yaml('# 注释', 'version: 2') },
      { file: 'policy.yaml', line: 2, says: ['version 必须是 1'] },
    ],
    [
      'version as a string',
      { 'policy.yaml': yaml('version: "1"') },
      { file: 'policy.yaml', line: 1, says: ['version 必须是 1'] },
    ],
    [
      'empty policy file',
      { 'policy.yaml': '' },
      { file: 'policy.yaml', line: null, says: ['version 必须是 1'] },
    ],
    [
      'roster with an unterminated quote',
      { 'policy.yaml': yaml('version: 1', 'roster: roster.csv'), 'roster.csv': 'name,department\n"李四,销售部\n' },
      { file: 'roster.csv', line: 2, says: ['双引号没有闭合', '补上 "'] },
    ],
    [
      'roster without a department column',
      { 'policy.yaml': yaml('version: 1', 'roster: roster.csv'), 'roster.csv': 'name,工号\n李四,T1\n' },
      { file: 'roster.csv', line: 1, says: ['表头缺少部门列', 'department'] },
    ],
    [
      'roster row with an empty name',
      { 'policy.yaml': yaml('version: 1', 'roster: roster.csv'), 'roster.csv': 'name,department\n李四,销售部\n,研发部\n' },
      { file: 'roster.csv', line: 3, says: ['姓名为空'] },
    ],
    [
      'a dictionary term that is too short',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { file: d.txt, category: c, severity: high }'), 'd.txt': '# 注释\n绝密\n\n密\n' },
      { file: 'd.txt', line: 4, says: ['"密"', '至少要有 2 个文字或字母'] },
    ],
    [
      'a too-short allow term',
      { 'policy.yaml': yaml('version: 1', 'allow:', '  - { file: a.txt }'), 'a.txt': '废物回收\n*\n' },
      { file: 'a.txt', line: 2, says: ['至少要有 2 个文字或字母'] },
    ],
  ])('%s', (_name, files, expected) => {
    const { error, dir } = policyError(files);
    expect(error.file).toBe(join(dir, expected.file));
    expect(error.line).toBe(expected.line);
    for (const piece of expected.says) expect(error.problem).toContain(piece);
    // the message a user sees leads with where the problem is, and says it once
    const where = `${join(dir, expected.file)}${expected.line === null ? '' : `:${expected.line}`}: `;
    expect(error.message.startsWith(where)).toBe(true);
    expect(error.problem).not.toContain(`${join(dir, expected.file)}:`);
    expect(error.name).toBe('PolicyError');
  });

  it.each<[string, string, string, number]>([
    ['a string where a list belongs', yaml('version: 1', 'admins: wxid_admin1'), 'admins', 2],
    ['a word where a number belongs', yaml('version: 1', 'escalation:', '  steps:', '    - { count: one, action: warn }'), 'escalation.steps.0.count', 4],
    ['a string where true/false belongs', yaml('version: 1', 'welcome: "yes"'), 'welcome', 2],
    ['an empty value where a list belongs', yaml('version: 1', 'dictionaries:'), 'dictionaries', 2],
  ])('a value of the wrong type is reported as such, not as missing: %s', (_name, source, key, line) => {
    const { error } = policyError({ 'policy.yaml': source });
    expect(error.problem).toContain(key);
    expect(error.problem).not.toContain('缺少必填项');
    expect(error.line).toBe(line);
  });

  it('a missing policy file is a PolicyError naming the file', () => {
    const dir = dirs.make({});
    const path = join(dir, 'missing.yaml');
    expect(() => loadPolicy(path)).toThrow(PolicyError);
    try {
      loadPolicy(path);
    } catch (error) {
      expect((error as PolicyError).file).toBe(path);
      expect((error as PolicyError).line).toBeNull();
      expect((error as PolicyError).problem).toContain('文件不存在');
      expect((error as PolicyError).message.split(path)).toHaveLength(2); // the path once, not twice
    }
  });
});

describe('loadPolicy: a good policy', () => {
  it('fills in defaults for a minimal policy', () => {
    const loaded = loadPolicy(join(FIXTURES, 'minimal.yaml'));
    expect(loaded.path).toBe(join(FIXTURES, 'minimal.yaml'));
    expect(loaded.terms).toEqual([]);
    expect(loaded.allow).toEqual([]);
    expect(loaded.detectors).toEqual([]);
    expect(loaded.roster).toBeNull();
    expect(loaded.policy).toMatchObject({
      version: 1,
      dictionaries: [],
      admins: [],
      nickname: { departments: [], name_only: [], remind_every: '24h', deadline: '72h' },
      escalation: { window: '30d', notify_always: [] },
      digest: { timezone: 'Asia/Shanghai', weekly: '0 9 * * 1', daily: null },
      groups: [],
    });
    expect(loaded.policy.escalation.steps.map((s) => s.count)).toEqual([1, 2, 3]);
  });

  it('reads every file the policy names, relative to the policy file', () => {
    const loaded = loadPolicy(join(FIXTURES, 'small.yaml'));
    expect(loaded.terms).toEqual([
      { term: '绝密', category: 'confidential', severity: 'high' },
      { term: '机密文件', category: 'confidential', severity: 'high' },
      { term: '代号青鸟', category: 'confidential', severity: 'high' },
      { term: '加ＶＸ', category: 'ads', severity: 'medium' },
      { term: '刷单', category: 'ads', severity: 'medium' },
    ]);
    expect(loaded.allow).toEqual(['机密文件柜']);
    expect(loaded.detectors).toEqual([{ name: 'cn_id' }, { name: 'cn_mobile', severity: 'critical' }, { name: 'email' }]);
    expect(loaded.roster?.entries.map((e) => `${e.department}-${e.name}`)).toEqual(['销售部-李四', '研发部-王五', '总经办-赵总']);
    expect(loaded.roster?.entries[0]?.fields).toEqual({ 工号: 'T001' });
    expect(loaded.policy).toMatchObject({
      nickname: { departments: ['销售部', '研发部'], name_only: ['赵总'], remind_every: '12h', deadline: '2d' },
      admins: ['wxid_test_admin'],
      alerts_room: '测试管理员群',
      escalation: { window: '7d', steps: [{ count: 1, action: 'warn' }, { count: 2, action: 'remove' }], notify_always: ['confidential', 'cn_id'] },
      digest: { timezone: 'Asia/Shanghai', weekly: '0 9 * * 1', daily: '30 18 * * *' },
      groups: [{ topic: '测试销售群', departments: ['销售部'] }],
    });
  });

  it('loads the shipped default policy', () => {
    const loaded = loadPolicy(fileURLToPath(new URL('../../policies/default.yaml', import.meta.url)));
    expect(loaded.terms.length).toBeGreaterThan(100);
    expect(new Set(loaded.terms.map((t) => t.category))).toEqual(
      new Set(['confidential', 'gambling', 'porn', 'violence', 'ads', 'abuse', 'rumour']),
    );
    expect(loaded.allow).toContain('废物回收');
    expect(loaded.detectors.map((d) => d.name)).toEqual(['cn_id', 'cn_mobile', 'bank_card', 'email', 'credential']);
  });
});
