import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { PolicyError } from '../../src/policy/policy-error.js';
import { formatPolicyWarning } from '../../src/policy/policy-warning.js';
import { createPolicyDirs, yaml, type PolicyFiles } from './policy-dir.js';

const dirs = createPolicyDirs();
afterAll(() => dirs.cleanup());

/** Loads `policy.yaml` from a fresh folder; the PolicyError it throws, or null when it loads. */
function attempt(files: PolicyFiles): { error: PolicyError | null; dir: string; warnings: string[] } {
  const dir = dirs.make(files);
  try {
    const loaded = loadPolicy(join(dir, 'policy.yaml'));
    return { error: null, dir, warnings: loaded.warnings.map(formatPolicyWarning) };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return { error, dir, warnings: [] };
  }
}

const DICT = '绝密\n机密\n';

describe('policies that used to load with exit 0 and silently do harm are refused with the fix (issue 9 item 12)', () => {
  it.each<[string, string, number, string[]]>([
    [
      'a ladder whose first step is count 3: the first offence would remove',
      yaml('version: 1', 'escalation:', '  steps:', '    - { count: 3, action: remove }'),
      4,
      ['escalation.steps.0.count', '必须从 count: 1 开始', '第 1 次违规就会 remove', '{ count: 1, action: warn }'],
    ],
    [
      'a ladder starting at 2, listed out of order',
      yaml('version: 1', 'escalation:', '  steps:', '    - { count: 4, action: remove }', '    - { count: 2, action: warn }'),
      5,
      ['escalation.steps.1.count', '最低一步是 count: 2'],
    ],
    ['work hours from and to equal (an empty window)', yaml('version: 1', 'work_hours:', '  from: "09:00"', '  to: "09:00"'), 4, ['work_hours.to', '工作时间为空', 'work_hours: null']],
    ['a per-room send interval of 0s', yaml('version: 1', 'outbox:', '  room_interval: 0s'), 3, ['outbox.room_interval', '至少间隔 1s', 'room_interval: 3s']],
    ['a per-room send interval under a second is still 0s', yaml('version: 1', 'outbox:', '  room_interval: 0m'), 3, ['至少间隔 1s']],
    ['100000 sends a minute', yaml('version: 1', 'outbox:', '  room_interval: 3s', '  per_minute: 100000'), 4, ['outbox.per_minute', '最多 20', 'per_minute: 20 或更小']],
    ['0 sends a minute', yaml('version: 1', 'outbox:', '  per_minute: 0'), 3, ['outbox.per_minute', '至少为 1']],
    ['an escalation window of 0d', yaml('version: 1', 'escalation:', '  window: 0d'), 3, ['escalation.window', '不能为 0', 'window: 30d']],
    ['reminders every 0s', yaml('version: 1', 'nickname:', '  remind_every: 0s'), 3, ['nickname.remind_every', '至少 1h', 'remind_every: 24h']],
    ['reminders every 30 minutes', yaml('version: 1', 'nickname:', '  remind_every: 30m'), 3, ['nickname.remind_every', '至少 1h']],
  ])('%s', (_name, source, line, says) => {
    const { error, dir } = attempt({ 'policy.yaml': source });
    expect(error, 'the policy must be refused').not.toBeNull();
    expect(error!.file).toBe(join(dir, 'policy.yaml'));
    expect(error!.line).toBe(line);
    for (const piece of says) expect(error!.problem).toContain(piece);
  });

  it.each<[string, string]>([
    ['a ladder starting at 1', yaml('version: 1', 'escalation:', '  steps:', '    - { count: 1, action: warn }', '    - { count: 3, action: remove }')],
    ['an overnight work-hours window', yaml('version: 1', 'work_hours:', '  from: "18:00"', '  to: "09:00"')],
    ['the slowest safe outbox', yaml('version: 1', 'outbox:', '  room_interval: 1s', '  per_minute: 20')],
    ['a one-second window', yaml('version: 1', 'escalation:', '  window: 1s')],
    ['hourly reminders', yaml('version: 1', 'nickname:', '  remind_every: 1h')],
  ])('still accepts the look-alike: %s', (_name, source) => {
    expect(attempt({ 'policy.yaml': source }).error).toBeNull();
  });
});

describe('the seven mistakes that got file:line without a fix now say what to write (issue 9 item 13)', () => {
  it.each<[string, PolicyFiles, number, string[]]>([
    [
      '{ fle: … } instead of { file: … }',
      { 'policy.yaml': yaml('version: 1', 'dictionaries:', '  - { fle: d.txt, category: c, severity: high }'), 'd.txt': DICT },
      3,
      ['dictionaries.0 下有未知的键 "fle"', '（是不是要写 "file"？）', '这里可用的键：file, category, severity'],
    ],
    ['admins: wxid_x instead of a list', { 'policy.yaml': yaml('version: 1', 'admins: wxid_x') }, 2, ['admins: 应为列表', '请写成 admins: [wxid_x]']],
    ['welcome: "yes"', { 'policy.yaml': yaml('version: 1', 'welcome: "yes"') }, 2, ['welcome: 应为 true 或 false，不加引号', '请写成 welcome: true']],
    ['welcome: "no"', { 'policy.yaml': yaml('version: 1', 'welcome: "no"') }, 2, ['请写成 welcome: false']],
    ['per_minute: "20"', { 'policy.yaml': yaml('version: 1', 'outbox:', '  per_minute: "20"') }, 3, ['outbox.per_minute: 应为数字，不加引号', '请写成 per_minute: 20']],
    ['window: 30 without a unit', { 'policy.yaml': yaml('version: 1', 'escalation:', '  window: 30') }, 3, ['escalation.window: 时长要带单位', '请写 30d（天）']],
    ['steps: []', { 'policy.yaml': yaml('version: 1', 'escalation:', '  steps: []') }, 3, ['escalation.steps: 升级阶梯不能为空', 'steps: [{ count: 1, action: warn }]', '删掉 steps 这一行']],
    ['days: [0]', { 'policy.yaml': yaml('version: 1', 'work_hours:', '  days: [0]') }, 3, ['work_hours.days.0: 星期用 1–7 表示', '没有 0', 'days: [1, 2, 3, 4, 5]']],
    ['days: [8]', { 'policy.yaml': yaml('version: 1', 'work_hours:', '  days: [1, 8]') }, 3, ['work_hours.days.1: 星期用 1–7 表示']],
    ['an unknown key far from any allowed one', { 'policy.yaml': yaml('version: 1', 'colour: red') }, 2, ['顶层有未知的键 "colour"', '请删除或改正拼写', '这里可用的键：version, dictionaries']],
    ['a misspelt nested key', { 'policy.yaml': yaml('version: 1', 'nickname:', '  remind_evry: 24h') }, 3, ['（是不是要写 "remind_every"？）']],
  ])('%s', (_name, files, line, says) => {
    const { error } = attempt(files);
    expect(error, 'the policy must be refused').not.toBeNull();
    expect(error!.line).toBe(line);
    for (const piece of says) expect(error!.problem).toContain(piece);
  });
});

describe('allowed but probably wrong: warnings returned by the loader (issue 9 item 12)', () => {
  it.each<[string, PolicyFiles, string[]]>([
    ['an admin given by display name', { 'policy.yaml': yaml('version: 1', 'admins:', '  - wxid_admin1', '  - 行政人事部-张三') }, [':4: admins.1: “行政人事部-张三”像是群昵称或显示名，不是联系人 ID', '请改为此人的微信 ID']],
    ['an admin name with a space', { 'policy.yaml': yaml('version: 1', 'admins: [Zhang San]') }, [':2: admins.0: “Zhang San”像是群昵称或显示名']],
    ['a group admin in Chinese', { 'policy.yaml': yaml('version: 1', 'groups:', '  - topic: 销售部工作群', '    admins: [李经理]') }, [':4: groups.0.admins.0: “李经理”像是群昵称或显示名']],
    [
      'the same person twice on the roster',
      { 'policy.yaml': yaml('version: 1', 'roster: roster.csv'), 'roster.csv': 'name,department,工号\n李伟,销售部,T1\n王五,研发部,T2\n李伟,销售部,T3\n' },
      ['roster.csv:4: 花名册第 4 行与第 2 行都是“销售部-李伟”', '无法区分', '若是重复录入，请删除一行'],
    ],
  ])('%s', (_name, files, says) => {
    const { error, warnings } = attempt(files);
    expect(error).toBeNull();
    expect(warnings).toHaveLength(1);
    for (const piece of says) expect(warnings[0]).toContain(piece);
  });

  it.each<[string, PolicyFiles]>([
    ['contact ids of every shape', { 'policy.yaml': yaml('version: 1', 'admins: [wxid_admin1, zhang-san88, woAJ2GCAAAd1NPGHKSD4wKmE8Aabj9AAA, 1688850000000000@im.wxwork]') }],
    [
      'namesakes in different departments',
      { 'policy.yaml': yaml('version: 1', 'roster: roster.csv'), 'roster.csv': 'name,department\n李伟,销售部\n李伟,研发部\n' },
    ],
  ])('no warning for the look-alike: %s', (_name, files) => {
    const { error, warnings } = attempt(files);
    expect(error).toBeNull();
    expect(warnings).toEqual([]);
  });
});
