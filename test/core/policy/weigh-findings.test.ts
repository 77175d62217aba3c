import { describe, expect, it } from 'vitest';
import { groupSettings } from '../../../src/core/policy/group-settings.js';
import { policySchema } from '../../../src/core/policy/schema.js';
import { raiseSeverity, weighFindings } from '../../../src/core/policy/weigh-findings.js';
import type { Finding, Severity } from '../../../src/core/types.js';

const finding = (category: string, severity: Severity, source: Finding['source'] = 'dictionary'): Finding => ({
  category,
  severity,
  term: category,
  match: category,
  start: 0,
  end: 2,
  source,
});

const policy = policySchema.parse({
  version: 1,
  dictionaries: [
    { file: 'c.txt', category: 'confidential', severity: 'high' },
    { file: 'g.txt', category: 'gambling', severity: 'high' },
  ],
  detectors: ['cn_mobile', 'cn_id', 'url'],
  screen: { url: 'off' },
  groups: [
    { topic: '销售部工作群', screen: { cn_mobile: 'off' } },
    { topic: '高管群', screen: { confidential: 'off' }, outsiders: null },
    { topic: '客户对接群', outsiders: { raise: 2, notify: false } },
    { topic: '门店群', screen: { url: 'low' }, outsiders: { categories: ['gambling'] } },
  ],
});
const at = (topic: string) => groupSettings(policy, topic);

describe('per-group screen settings', () => {
  it.each<[string, string, Severity, Severity | 'dropped']>([
    ['the sales group does not screen mobile numbers', '销售部工作群', 'medium', 'dropped'],
    ['a mobile number still counts in another group', '财务部工作群', 'medium', 'medium'],
  ])('%s', (_what, topic, severity, expected) => {
    const out = weighFindings([finding('cn_mobile', severity, 'detector')], at(topic), 0).findings;
    expect(out.map((f) => f.severity)).toEqual(expected === 'dropped' ? [] : [expected]);
  });

  it.each<[string, string, string, Severity | 'dropped']>([
    ['executives may discuss salaries (confidential off)', '高管群', 'confidential', 'dropped'],
    ['confidential material counts in the sales group', '销售部工作群', 'confidential', 'high'],
    ['links are off for the whole policy', '财务部工作群', 'url', 'dropped'],
    ['a group turns links back on, at its own severity', '门店群', 'url', 'low'],
    ['gambling is untouched by settings about other categories', '高管群', 'gambling', 'high'],
  ])('%s', (_what, topic, category, expected) => {
    const out = weighFindings([finding(category, 'high')], at(topic), 0).findings;
    expect(out.map((f) => f.severity)).toEqual(expected === 'dropped' ? [] : [expected]);
  });
});

describe('outsiders in the group', () => {
  it.each<[string, string, Finding, number, Severity, number, boolean]>([
    ['confidential material with two outsiders is raised one step and always told', '财务部工作群', finding('confidential', 'medium'), 2, 'high', 2, true],
    ['personal data is covered by default', '财务部工作群', finding('cn_id', 'high', 'detector'), 1, 'critical', 1, true],
    ['without outsiders nothing changes', '财务部工作群', finding('confidential', 'medium'), 0, 'medium', 0, false],
    ['gambling is not covered by default', '财务部工作群', finding('gambling', 'medium'), 3, 'medium', 0, false],
    ['a group that switched the rule off', '高管群', finding('cn_id', 'high', 'detector'), 4, 'high', 0, false],
    ['a group raising two steps without always telling the admins', '客户对接群', finding('confidential', 'low'), 1, 'high', 1, false],
    ['a group covering another category', '门店群', finding('gambling', 'medium'), 1, 'high', 1, true],
    ['and not the default ones then', '门店群', finding('confidential', 'medium'), 1, 'medium', 0, false],
  ])('%s', (_what, topic, f, outsiders, severity, reported, alwaysNotify) => {
    const out = weighFindings([f], at(topic), outsiders);
    expect(out.findings.map((x) => x.severity)).toEqual([severity]);
    expect(out.outsiders).toBe(reported);
    expect(out.alwaysNotify).toBe(alwaysNotify);
  });

  it('never raises past critical', () => {
    expect(raiseSeverity('high', 3)).toBe('critical');
    expect(raiseSeverity('low', 0)).toBe('low');
  });
});

describe('per-group ladder', () => {
  const ladder = policySchema.parse({
    version: 1,
    escalation: { window: '30d', steps: [{ count: 1, action: 'warn' }, { count: 2, action: 'warn_and_notify' }, { count: 3, action: 'request_removal' }] },
    groups: [{ topic: '外包协作群', escalation: { window: '60d', steps: [{ count: 1, action: 'warn_and_notify' }, { count: 2, action: 'request_removal' }], count_manual: true } }],
  });

  it('a group with its own ladder and window', () => {
    const s = groupSettings(ladder, '外包协作群');
    expect(s.escalation.windowMs).toBe(60 * 86_400_000);
    expect(s.escalation.steps.map((x) => [x.count, x.action])).toEqual([[1, 'warn_and_notify'], [2, 'request_removal']]);
    expect(s.countManual).toBe(true);
    expect(s.escalation.burstMs).toBe(groupSettings(ladder, '').escalation.burstMs);
  });

  it('another group keeps the policy ladder', () => {
    const s = groupSettings(ladder, '销售部工作群');
    expect(s.escalation.windowMs).toBe(30 * 86_400_000);
    expect(s.escalation.steps.map((x) => x.count)).toEqual([1, 2, 3]);
    expect(s.countManual).toBe(false);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown category in a group screen', { groups: [{ topic: 'a', screen: { salary: 'off' } }] }, 'groups.0.screen.salary'],
    ['a bad setting', { screen: { url: 'none' } }, 'screen.url'],
    ['a group ladder not starting at 1', { groups: [{ topic: 'a', escalation: { steps: [{ count: 2, action: 'warn' }] } }] }, 'groups.0.escalation.steps.0.count'],
    ['an unknown outsiders category', { outsiders: { categories: ['salary'] } }, 'outsiders.categories.0'],
  ])('rejects %s', (_what, raw, path) => {
    const result = policySchema.safeParse({ version: 1, detectors: ['url'], ...raw });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
