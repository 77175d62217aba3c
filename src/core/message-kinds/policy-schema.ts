/**
 * Policy keys for the message kinds of issue 11 (cards, links, mini-programs, images, flood), as fragments to spread into
 * the policy schema (`...kindsPolicyShape`) and a group override (`...groupKindsShape`), with Chinese messages like schema.ts.
 */
import { z } from 'zod';
import { parseDuration } from '../policy/duration.js';
import { SEVERITIES } from '../types.js';
import { normaliseDomain } from './domain-match.js';
import { parseSize } from './parse-size.js';

const DURATION_HINT = '时长格式应为数字加单位 s/m/h/d，例如 30s、15m、24h、7d';
const duration = z.string({ message: DURATION_HINT }).refine((s) => parseDuration(s) !== null, { message: DURATION_HINT });

const SIZE_HINT = '大小格式应为数字加单位 KB/MB，例如 500KB、10MB';
const size = z.string({ message: SIZE_HINT }).refine((s) => (parseSize(s) ?? 0) > 0, { message: SIZE_HINT });

const severity = z.enum(SEVERITIES as [string, ...string[]], { message: `严重程度应为 ${SEVERITIES.join(' | ')} 之一` });

const count = (what: string) => z.number({ message: `${what}应为正整数` }).int({ message: `${what}应为正整数` }).min(1, { message: `${what}应为正整数` });

/** `on`/`off`, also written as YAML true/false. */
const onOff = (key: string) =>
  z.preprocess((v) => (v === true ? 'on' : v === false ? 'off' : v), z.enum(['on', 'off'], { message: `${key} 应为 on 或 off` }));

/** The card rules a policy may choose. */
export const CARD_RULES = ['allow', 'roster_only', 'deny'] as const;
/** The mini-program rules a policy may choose. */
export const MINI_PROGRAM_RULES = ['allow', 'deny'] as const;

const domainList = (key: string, allowStar: boolean) =>
  z
    .array(
      z.string().refine((d) => (d.trim() === '*' ? allowStar : normaliseDomain(d) !== null), {
        message: allowStar ? '域名无效，例如 example.com、*.example.com，或 * 表示所有域名' : `${key} 中的域名无效，例如 example.com 或 *.example.com（这里不能用 *）`,
      }),
    )
    .default([]);

const floodFields = {
  messages: count('messages（时间窗内最多消息数）'),
  within: duration,
  repeats: count('repeats（同一内容最多重复次数）'),
  severity,
};

/** `flood: { messages, within, repeats, severity }`, or null to turn flood detection off. */
export const floodSchema = z
  .strictObject({
    messages: floodFields.messages.default(10),
    within: floodFields.within.default('60s'),
    repeats: floodFields.repeats.default(3),
    severity: floodFields.severity.default('low'),
  })
  .nullable()
  .prefault({});

/** The keys to add to the policy's top level. */
export const kindsPolicyShape = {
  images: onOff('images').default('on'),
  image_max_size: size.default('10MB'),
  cards: z.enum(CARD_RULES, { message: `cards 应为 ${CARD_RULES.join(' | ')} 之一` }).default('roster_only'),
  mini_programs: z.enum(MINI_PROGRAM_RULES, { message: `mini_programs 应为 ${MINI_PROGRAM_RULES.join(' | ')} 之一` }).default('allow'),
  links: z
    .strictObject({
      deny: domainList('deny', true),
      allow: domainList('allow', false),
      internal: domainList('internal', false),
    })
    .prefault({}),
  flood: floodSchema,
};

/** The keys a `groups[]` entry may override: a partial flood rule (or null: no flood detection in that group). */
export const groupKindsShape = {
  flood: z
    .strictObject({
      messages: floodFields.messages.optional(),
      within: floodFields.within.optional(),
      repeats: floodFields.repeats.optional(),
      severity: floodFields.severity.optional(),
    })
    .nullable()
    .optional(),
};

const kindsPolicySchema = z.strictObject(kindsPolicyShape);
const groupKindsSchema = z.strictObject(groupKindsShape);

/** The validated top-level keys, as in the file. */
export type KindsPolicyInput = z.infer<typeof kindsPolicySchema>;
/** A group's validated overrides, as in the file. */
export type GroupKindsInput = z.infer<typeof groupKindsSchema>;
