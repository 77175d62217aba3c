import { validate as isValidCron } from 'node-cron';
import { z } from 'zod';
import { DETECTOR_NAMES, SEVERITIES } from '../types.js';
import { parseDuration } from './duration.js';

const duration = z
  .string()
  .refine((s) => parseDuration(s) !== null, { message: '时长格式应为数字加单位 s/m/h/d，例如 30s、15m、24h、7d' });

const cron = z
  .string()
  .refine((s) => isValidCron(s), { message: 'cron 表达式无效，例如每周一 9 点为 "0 9 * * 1"' });

const timezone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: '时区无效，例如 Asia/Shanghai' },
);

const severity = z.enum(SEVERITIES as [string, ...string[]], { message: `严重程度应为 ${SEVERITIES.join(' | ')} 之一` });
const detectorName = z.enum(DETECTOR_NAMES as [string, ...string[]], { message: `未知的检测器，可用：${DETECTOR_NAMES.join(', ')}` });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 HH:MM，例如 09:00' });

/** The escalation actions a ladder step may take. */
export const STEP_ACTIONS = ['warn', 'warn_and_notify', 'remove', 'request_removal'] as const;

const dictionaryEntry = z.strictObject({
  file: z.string().min(1),
  category: z.string().regex(/^[\p{L}\p{N}_-]+$/u, { message: '类别名只能包含字母、数字、下划线或连字符' }),
  severity,
});

const groupEntry = z.strictObject({
  topic: z.string().min(1),
  departments: z.array(z.string().min(1)).optional(),
  admins: z.array(z.string().min(1)).optional(),
  rules: z.array(z.string().min(1)).optional(),
});

/** The policy file (DESIGN.md "Policy file"), checked key by key; unknown keys are errors. */
export const policySchema = z
  .strictObject({
    version: z.literal(1, { message: 'version 必须是 1' }),
    dictionaries: z.array(dictionaryEntry).default([]),
    allow: z.array(z.strictObject({ file: z.string().min(1) })).default([]),
    detectors: z
      .array(
        z.preprocess(
          (d) => (typeof d === 'string' ? { name: d } : d),
          z.strictObject({ name: detectorName, severity: severity.optional() }, { message: '检测器应为名称（如 cn_id）或 { name, severity }' }),
        ),
      )
      .default([]),
    roster: z.string().min(1).optional(),
    nickname: z
      .strictObject({
        departments: z.array(z.string().min(1)).default([]),
        name_only: z.array(z.string().min(1)).default([]),
        remind_every: duration.default('24h'),
        deadline: duration.default('72h'),
      })
      .prefault({}),
    admins: z.array(z.string().min(1)).default([]),
    alerts_room: z.string().min(1).optional(),
    rules: z.array(z.string().min(1)).default([]),
    welcome: z.boolean().default(true),
    escalation: z
      .strictObject({
        window: duration.default('30d'),
        steps: z
          .array(z.strictObject({ count: z.number({ message: 'count 应为正整数' }).int().min(1), action: z.enum(STEP_ACTIONS, { message: `action 应为 ${STEP_ACTIONS.join(' | ')} 之一` }) }))
          .min(1)
          .default([
            { count: 1, action: 'warn' },
            { count: 2, action: 'warn_and_notify' },
            { count: 3, action: 'request_removal' },
          ]),
        notify_always: z.array(z.string().min(1)).default([]),
      })
      .prefault({}),
    digest: z
      .strictObject({
        timezone: timezone.default('Asia/Shanghai'),
        weekly: cron.nullable().default('0 9 * * 1'),
        daily: cron.nullable().default(null),
      })
      .prefault({}),
    work_hours: z
      .strictObject({
        days: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
        from: clock.default('09:00'),
        to: clock.default('18:00'),
      })
      .nullable()
      .prefault({}),
    outbox: z
      .strictObject({
        room_interval: duration.default('3s'),
        per_minute: z.number().int().min(1).default(20),
      })
      .prefault({}),
    groups: z.array(groupEntry).default([]),
    context: z
      .strictObject({
        cues: z.string().min(1).optional(),
        variants: z.string().min(1).optional(),
        material: z.array(z.string().min(1)).default(['confidential']),
      })
      .nullable()
      .prefault({}),
  })
  .superRefine((policy, ctx) => {
    const categories = new Map<string, number>();
    policy.dictionaries.forEach((d, i) => {
      const first = categories.get(d.category);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['dictionaries', i, 'category'], message: `类别 "${d.category}" 重复（第 ${first + 1} 项已使用）；每个类别只能出现一次` });
      } else categories.set(d.category, i);
    });
    const known = new Set<string>([...categories.keys(), ...DETECTOR_NAMES]);
    policy.escalation.notify_always.forEach((c, i) => {
      if (!known.has(c)) {
        ctx.addIssue({ code: 'custom', path: ['escalation', 'notify_always', i], message: `"${c}" 既不是词库类别也不是检测器；可用：${[...known].join(', ')}` });
      }
    });
    const counts = policy.escalation.steps.map((s) => s.count);
    if (new Set(counts).size !== counts.length) {
      ctx.addIssue({ code: 'custom', path: ['escalation', 'steps'], message: '升级阶梯中 count 不能重复' });
    }
    const topics = new Set<string>();
    policy.groups.forEach((g, i) => {
      if (topics.has(g.topic)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'topic'], message: `群名 "${g.topic}" 重复` });
      topics.add(g.topic);
    });
  });

/** A validated policy, keys as in the file. */
export type Policy = z.infer<typeof policySchema>;
