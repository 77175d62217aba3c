import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../src/core/policy/schema.js';
import { policyFileSchema } from '../../../src/policy/policy-file-schema.js';
import { firstIssue as firstSchemaIssue, KINDS_DEFAULTS } from '../../support/policy-schema.js';

const firstIssue = (input: unknown): string => firstSchemaIssue(policyFileSchema, input);

describe('policySchema: defaults', () => {
  it('fills in every default for a minimal policy', () => {
    expect(policySchema.parse({ version: 1 })).toEqual({
      version: 1,
      dictionaries: [],
      allow: [],
      detectors: [],
      nickname: { departments: [], name_only: [], remind_every: '24h', deadline: '72h' },
      admins: [],
      blocklist: 'notify',
      mute: { action: 'warn_and_notify', severity: 'medium' },
      outsiders: { raise: 1, notify: true },
      screen: {},
      rules: [],
      welcome: true,
      escalation: {
        window: '30d',
        steps: [
          { count: 1, action: 'warn' },
          { count: 2, action: 'warn_and_notify' },
          { count: 3, action: 'request_removal' },
        ],
        notify_always: [],
        burst: '10m',
        count_manual: false,
      },
      notice: { group: 'neutral' },
      digest: { timezone: 'Asia/Shanghai', weekly: '0 9 * * 1', daily: null },
      work_hours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' },
      outbox: { room_interval: '3s', per_minute: 20, resend_within: '6h' },
      groups: [],
      context: { material: ['confidential'] },
      ...KINDS_DEFAULTS,
    });
  });

  it('fills in defaults inside a section that is partly given', () => {
    const policy = policySchema.parse({ version: 1, nickname: { departments: ['销售部'] }, escalation: { window: '7d' } });
    expect(policy.nickname).toEqual({ departments: ['销售部'], name_only: [], remind_every: '24h', deadline: '72h' });
    expect(policy.escalation.window).toBe('7d');
    expect(policy.escalation.steps).toHaveLength(3);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no weekly digest', { digest: { weekly: null } }],
    ['no work hours', { work_hours: null }],
    ['detector with its own severity', { detectors: ['cn_id', { name: 'email', severity: 'critical' }] }],
    ['notify_always naming a detector', { escalation: { notify_always: ['cn_id', 'bank_card'] } }],
    ['notify_always naming a dictionary category', { dictionaries: [{ file: 'a.txt', category: 'x-1_类', severity: 'low' }], escalation: { notify_always: ['x-1_类'] } }],
    ['remove and request_removal', { escalation: { steps: [{ count: 1, action: 'remove' }, { count: 5, action: 'request_removal' }] } }],
  ])('accepts %s', (_name, extra) => {
    expect(policySchema.safeParse({ version: 1, ...extra }).success).toBe(true);
  });
});

describe('policySchema: rejects', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown top-level key', { colour: 'red' }, ''],
    ['an unknown nested key', { digest: { monthly: '0 9 1 * *' } }, 'digest'],
    ['a bad severity', { dictionaries: [{ file: 'a.txt', category: 'a', severity: 'extreme' }] }, 'dictionaries.0.severity: 严重程度应为 low | medium | high | critical 之一'],
    ['a bad category name', { dictionaries: [{ file: 'a.txt', category: 'a b', severity: 'low' }] }, 'dictionaries.0.category: 类别名只能包含字母、数字、下划线或连字符'],
    ['a bad duration', { nickname: { deadline: '3 days' } }, 'nickname.deadline: 时长格式应为数字加单位 s/m/h/d，例如 30s、15m、24h、7d'],
    ['a bad cron', { digest: { daily: 'every day' } }, 'digest.daily: cron 表达式无效，例如每周一 9 点为 "0 9 * * 1"'],
    ['a cron with a minute out of range', { digest: { weekly: '61 9 * * 1' } }, 'digest.weekly: cron 表达式无效，例如每周一 9 点为 "0 9 * * 1"'],
    ['an empty cron', { digest: { weekly: '' } }, 'digest.weekly: cron 表达式无效，例如每周一 9 点为 "0 9 * * 1"'],
    ['a bad timezone', { digest: { timezone: 'Beijing' } }, 'digest.timezone: 时区无效，例如 Asia/Shanghai'],
    ['a bad clock time', { work_hours: { from: '9:00' } }, 'work_hours.from: 时间格式应为 HH:MM，例如 09:00'],
    ['a duplicate category', { dictionaries: [{ file: 'a', category: 'c', severity: 'low' }, { file: 'b', category: 'c', severity: 'low' }] }, 'dictionaries.1.category: 类别 "c" 重复（第 1 项已使用）；每个类别只能出现一次'],
    ['an unknown notify_always category', { escalation: { notify_always: ['secrets'] } }, 'escalation.notify_always.0: "secrets" 既不是词库类别也不是检测器'],
    ['duplicate step counts', { escalation: { steps: [{ count: 1, action: 'warn' }, { count: 1, action: 'remove' }] } }, 'escalation.steps: 升级阶梯中 count 不能重复'],
    ['an empty ladder', { escalation: { steps: [] } }, 'escalation.steps'],
    ['a duplicate group topic', { groups: [{ topic: 'A' }, { topic: 'A' }] }, 'groups.1.topic: 群名 "A" 重复'],
    ['version 2', { version: 2 }, 'version: version 必须是 1'],
  ])('%s', (_name, extra, expected) => {
    expect(firstIssue({ version: 1, ...extra })).toContain(expected);
  });

  it('a missing version', () => {
    expect(firstIssue({})).toBe('version: version 必须是 1');
  });
});

describe('policy file schema: cron fields', () => {
  it.each(['0 9 * * 1', '30 8 * * 1-5', '0 18 * * *', '*/15 9-18 * * 1-5'])('accepts %s', (cron) => {
    expect(policyFileSchema.safeParse({ version: 1, digest: { weekly: cron, daily: cron } }).success).toBe(true);
  });

  it('accepts a digest turned off', () => {
    expect(policyFileSchema.safeParse({ version: 1, digest: { weekly: null } }).success).toBe(true);
  });
});
