import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { compileKindsPolicy, groupFloodPolicy } from '../../../src/core/message-kinds/compile-kinds-policy.js';
import { DEFAULT_FLOOD_POLICY } from '../../../src/core/message-kinds/flood.js';
import { parseSize } from '../../../src/core/message-kinds/parse-size.js';
import { groupKindsShape, kindsPolicyShape } from '../../../src/core/message-kinds/policy-schema.js';
import { firstIssue as firstSchemaIssue, KINDS_DEFAULTS } from '../../support/policy-schema.js';

// The fragments as the lead will use them: spread into strict objects.
const schema = z.strictObject({ version: z.literal(1), ...kindsPolicyShape });
const groupSchema = z.strictObject({ topic: z.string(), ...groupKindsShape });

const parsed = (yaml: string) => schema.parse(parseYaml(`version: 1\n${yaml}`));

const firstIssue = (yaml: string): string => firstSchemaIssue(schema, parseYaml(`version: 1\n${yaml}`));

describe('kinds policy: defaults', () => {
  it('fills in every default', () => {
    expect(parsed('')).toEqual({ version: 1, ...KINDS_DEFAULTS });
  });

  it('compiles the defaults to typed values', () => {
    expect(compileKindsPolicy(parsed(''))).toEqual({
      images: { enabled: true, maxBytes: 10 * 1024 * 1024 },
      cards: 'roster_only',
      miniPrograms: 'allow',
      links: { deny: [], allow: [], internal: [] },
      flood: DEFAULT_FLOOD_POLICY,
    });
  });
});

describe('kinds policy: valid values', () => {
  it.each([
    ['images: off', { images: { enabled: false } }],
    ['images: false', { images: { enabled: false } }],
    ['images: true', { images: { enabled: true } }],
    ['image_max_size: 500KB', { images: { maxBytes: 500 * 1024 } }],
    ['image_max_size: 1.5mb', { images: { maxBytes: Math.floor(1.5 * 1024 * 1024) } }],
    ['cards: deny', { cards: 'deny' }],
    ['cards: allow', { cards: 'allow' }],
    ['mini_programs: deny', { miniPrograms: 'deny' }],
    ['links: { deny: ["*.Bet365.com", "https://casino.example/x"], allow: [docs.qq.com], internal: [corp.example.com] }', { links: { deny: ['bet365.com', 'casino.example'], allow: ['docs.qq.com'], internal: ['corp.example.com'] } }],
    ['links: { deny: ["*"], allow: [qq.com] }', { links: { deny: ['*'], allow: ['qq.com'], internal: [] } }],
    ['links: { deny: [例子.中国] }', { links: { deny: ['xn--fsqu00a.xn--fiqs8s'], allow: [], internal: [] } }],
    ['flood: { messages: 5, within: 30s }', { flood: { messages: 5, withinMs: 30_000, repeats: 3, severity: 'low' } }],
    ['flood: { repeats: 2, severity: medium }', { flood: { messages: 10, withinMs: 60_000, repeats: 2, severity: 'medium' } }],
    ['flood: null', { flood: null }],
  ])('%s', (yaml, expected) => {
    expect(compileKindsPolicy(parsed(yaml))).toMatchObject(expected);
  });
});

describe('kinds policy: errors say what to write, in Chinese', () => {
  it.each([
    ['images: maybe', 'images: images 应为 on 或 off'],
    ['image_max_size: 10', 'image_max_size: 大小格式应为数字加单位 KB/MB，例如 500KB、10MB'],
    ['image_max_size: 0MB', 'image_max_size: 大小格式应为数字加单位 KB/MB，例如 500KB、10MB'],
    ['cards: friends_only', 'cards: cards 应为 allow | roster_only | deny 之一'],
    ['mini_programs: roster_only', 'mini_programs: mini_programs 应为 allow | deny 之一'],
    ['links: { deny: ["not a domain"] }', 'links.deny.0: 域名无效，例如 example.com、*.example.com，或 * 表示所有域名'],
    ['links: { allow: ["*"] }', 'links.allow.0: allow 中的域名无效，例如 example.com 或 *.example.com（这里不能用 *）'],
    ['links: { internal: [localhost] }', 'links.internal.0: internal 中的域名无效，例如 example.com 或 *.example.com（这里不能用 *）'],
    ['links: { block: [x.com] }', 'links: Unrecognized key: "block"'],
    ['flood: { messages: 0 }', 'flood.messages: messages（时间窗内最多消息数）应为正整数'],
    ['flood: { repeats: 2.5 }', 'flood.repeats: repeats（同一内容最多重复次数）应为正整数'],
    ['flood: { within: 60 }', 'flood.within: 时长格式应为数字加单位 s/m/h/d，例如 30s、15m、24h、7d'],
    ['flood: { within: 1 minute }', 'flood.within: 时长格式应为数字加单位 s/m/h/d，例如 30s、15m、24h、7d'],
    ['flood: { severity: huge }', 'flood.severity: 严重程度应为 low | medium | high | critical 之一'],
  ])('%s', (yaml, message) => {
    expect(firstIssue(yaml)).toBe(message);
  });
});

describe('group flood override', () => {
  const group = (yaml: string) => groupSchema.parse(parseYaml(`topic: 销售部工作群\n${yaml}`)).flood;

  it.each([
    ['no override keeps the policy rule', '', DEFAULT_FLOOD_POLICY, DEFAULT_FLOOD_POLICY],
    ['null turns flood detection off in the group', 'flood: null', DEFAULT_FLOOD_POLICY, null],
    ['given keys replace the policy keys', 'flood: { messages: 20 }', DEFAULT_FLOOD_POLICY, { ...DEFAULT_FLOOD_POLICY, messages: 20 }],
    ['a group may turn it on where the policy has it off', 'flood: { within: 30s }', null, { ...DEFAULT_FLOOD_POLICY, withinMs: 30_000 }],
  ])('%s', (_name, yaml, base, expected) => {
    expect(groupFloodPolicy(base, group(yaml))).toEqual(expected);
  });

  it('rejects unknown keys', () => {
    expect(groupSchema.safeParse({ topic: 't', flood: { max: 3 } }).success).toBe(false);
  });
});

describe('parseSize', () => {
  it.each([
    ['500KB', 512_000],
    ['10MB', 10_485_760],
    ['10 mb', 10_485_760],
    ['1GB', 1_073_741_824],
    ['100B', 100],
    ['10', null],
    ['MB', null],
    ['-1MB', null],
    ['10 TB', null],
  ])('%j → %j', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});
