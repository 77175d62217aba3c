/**
 * The policy file's schema: every field, its default and its limits (outbox rate, reminder interval, durations, cron,
 * work hours), with each mistake explained in Chinese to whoever edits the file.
 */
import { z } from 'zod';
import { DETECTOR_NAMES, SEVERITIES } from '../types.js';
import { parseDuration } from './duration.js';
import { groupKindsShape, kindsPolicyShape } from '../message-kinds/policy-schema.js';
import { BLOCKLIST_ACTIONS, type BlocklistAction } from '../membership/removed-elsewhere.js';

/** Categories the bot adds beyond the dictionaries (cards and mini-programs are `ads`, floods `flood`, messages in a mute `muted`), so `notify_always` and `screen` may name them. */
const KIND_CATEGORIES = ['ads', 'flood', 'muted'];

const DURATION_FORMAT = '时长格式应为数字加单位 s/m/h/d，例如 30s、15m、24h、7d';

/** A policy duration; a bare number is told which unit to add, a quoted-less 0 is caught by the floors below. */
const duration = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? undefined
        : typeof iss.input === 'number'
          ? `时长要带单位：请写 ${iss.input}d（天）、${iss.input}h（小时）、${iss.input}m（分钟）或 ${iss.input}s（秒）`
          : DURATION_FORMAT,
  })
  .refine((s) => parseDuration(s) !== null, { message: DURATION_FORMAT });

/** A duration of at least `minMs`: zero (or too little) would fire constantly or count nothing. */
const durationAtLeast = (minMs: number, why: string) =>
  duration.refine((s) => (parseDuration(s) ?? 0) >= minMs, { message: why });

/** What a member of the policy file is told about a cron expression that is not valid. */
export const CRON_INVALID = 'cron 表达式无效，例如每周一 9 点为 "0 9 * * 1"';

/** The policy fields that hold cron expressions, checked when the file loads. */
export const CRON_FIELDS = [['digest', 'weekly'], ['digest', 'daily']] as const;

/** A cron expression; its validity is checked where the policy file is loaded (src/policy/policy-file-schema.ts), so the core needs no cron library. */
const cron = z.string().min(1, { message: CRON_INVALID });

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

/** The outbox's safe limits: WeChat bans accounts that send faster than this. */
export const OUTBOX_LIMITS = { minRoomIntervalMs: 1_000, maxPerMinute: 20 } as const;

/** The shortest reminder interval: members are not nagged more than once an hour. */
export const MIN_REMIND_EVERY_MS = 3_600_000;

const WEEKDAYS = '星期用 1–7 表示（1 = 周一 … 7 = 周日，没有 0），例如 days: [1, 2, 3, 4, 5]';

/** The escalation actions a ladder step may take. */
export const STEP_ACTIONS = ['warn', 'warn_and_notify', 'remove', 'request_removal'] as const;

const dictionaryEntry = z.strictObject({
  file: z.string().min(1),
  category: z.string().regex(/^[\p{L}\p{N}_-]+$/u, { message: '类别名只能包含字母、数字、下划线或连字符' }),
  severity,
});

/** What the group sees of a case: the member's name and details, a name-free reminder of the rule, or nothing. */
export const NOTICE_MODES = ['named', 'neutral', 'off'] as const;
const noticeGroup = z.enum(NOTICE_MODES, { message: `应为 ${NOTICE_MODES.join(' | ')} 之一（neutral：群里只发不点名的群规提醒）` });

/** A calendar date `YYYY-MM-DD` that exists. */
const calendarDate = z.string().refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
  message: '日期应写成 YYYY-MM-DD，例如 2027-01-01',
});

/** One step of the escalation ladder. */
const ladderStep = z.strictObject({
  count: z.number({ message: 'count 应为正整数' }).int().min(1),
  action: z.enum(STEP_ACTIONS, { message: `action 应为 ${STEP_ACTIONS.join(' | ')} 之一` }),
  /** The least severity this step applies to; removal steps default to medium. */
  min_severity: severity.optional(),
});

/** The ladder: not empty, counts distinct, starting at the first violation. */
const ladderSteps = z
  .array(ladderStep)
  .min(1, { message: '升级阶梯不能为空：至少写一步，例如 steps: [{ count: 1, action: warn }]；想用默认阶梯就删掉 steps 这一行' })
  .superRefine((steps, ctx) => {
    const counts = steps.map((s) => s.count);
    if (counts.length === 0) return;
    if (new Set(counts).size !== counts.length) ctx.addIssue({ code: 'custom', message: '升级阶梯中 count 不能重复' });
    const lowest = Math.min(...counts);
    if (lowest > 1) {
      const at = counts.indexOf(lowest);
      const first = steps[at]!;
      ctx.addIssue({
        code: 'custom',
        path: [at, 'count'],
        message:
          `升级阶梯必须从 count: 1 开始：现在第 1 次违规就会 ${first.action}（最低一步是 count: ${lowest}）。` +
          `请加上第 1 次的处理，例如 steps: [{ count: 1, action: warn }, { count: 2, action: warn_and_notify }, { count: ${Math.max(lowest, 3)}, action: ${first.action} }]`,
      });
    }
  });

const escalationWindow = durationAtLeast(1_000, '统计窗口不能为 0（那样每次违规都算第 1 次，阶梯永远不会升级）；例如 window: 30d');

/** How a group (or the whole policy) treats a category or detector: `off`, or the severity its findings get. */
export const SCREEN_OFF = 'off';
const screenOverrides = z.record(
  z.string().min(1),
  z.union([z.literal(SCREEN_OFF), severity], { message: `应为 off（此群不查）或严重程度 ${SEVERITIES.join(' | ')}` }),
);

/** Findings in a group with people not on the roster: how much more serious, and whether the admins always hear. */
const outsidersRule = z.strictObject({
  /** Severity steps added to these findings (0 keeps it, 1 raises medium to high). */
  raise: z.number({ message: 'raise 应为 0 到 3 的整数' }).int().min(0).max(3).default(1),
  /** Always alert the admins about such a finding, whatever the ladder says. */
  notify: z.boolean().default(true),
  /** Which categories and detectors it applies to (default: confidential material and personal data). */
  categories: z.array(z.string().min(1)).optional(),
});

const groupEntry = z.strictObject({
  topic: z.string().min(1),
  /** The room's id: the entry applies to that room whatever it is called. */
  room_id: z.string().min(1).optional(),
  notice: z.strictObject({ group: noticeGroup }).optional(),
  departments: z.array(z.string().min(1)).optional(),
  admins: z.array(z.string().min(1)).optional(),
  rules: z.array(z.string().min(1)).optional(),
  /** Categories and detectors switched off or given another severity in this group (`cn_mobile: off`, `confidential: low`). */
  screen: screenOverrides.optional(),
  /** This group's ladder and window; unset fields keep the policy's. */
  escalation: z
    .strictObject({
      window: escalationWindow.optional(),
      steps: ladderSteps.optional(),
      notify_always: z.array(z.string().min(1)).optional(),
      burst: duration.optional(),
      count_manual: z.boolean().optional(),
    })
    .optional(),
  /** This group's outsiders rule, or null to switch it off here. */
  outsiders: outsidersRule.nullable().optional(),
  ...groupKindsShape,
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
        remind_every: durationAtLeast(MIN_REMIND_EVERY_MS, '提醒间隔至少 1h，否则会不停地提醒同一个人；例如 remind_every: 24h').default('24h'),
        deadline: duration.default('72h'),
      })
      .prefault({}),
    admins: z.array(z.string().min(1)).default([]),
    /** The admins' room: its topic (bound to the room's id once found) or `{ id, topic? }`. */
    alerts_room: z
      .union([z.string().min(1), z.strictObject({ id: z.string().min(1), topic: z.string().min(1).optional() })], {
        message: 'alerts_room 应为群名，或 { id: 群的 id }',
      })
      .optional(),
    rules: z.array(z.string().min(1)).default([]),
    welcome: z.boolean().default(true),
    escalation: z
      .strictObject({
        window: escalationWindow.default('30d'),
        steps: ladderSteps.default([
          { count: 1, action: 'warn' },
          { count: 2, action: 'warn_and_notify' },
          { count: 3, action: 'request_removal' },
        ]),
        notify_always: z.array(z.string().min(1)).default([]),
        burst: duration.default('10m'),
        count_manual: z.boolean().default(false),
      })
      .prefault({}),
    notice: z
      .strictObject({ group: noticeGroup.default('neutral') })
      .prefault({}),
    /** A member removed for violations from one group who joins or is found in another: tell the admins, ask them to remove, or remove. */
    blocklist: z.enum(BLOCKLIST_ACTIONS as [BlocklistAction, ...BlocklistAction[]], { message: `应为 ${BLOCKLIST_ACTIONS.join(' | ')} 之一` }).default('notify'),
    /** What a message sent during a soft mute (`#禁言`) does: its own case, with this action (remove only where the bot owns the group). */
    mute: z
      .strictObject({
        action: z.enum(STEP_ACTIONS, { message: `action 应为 ${STEP_ACTIONS.join(' | ')} 之一` }).default('warn_and_notify'),
        severity: severity.default('medium'),
      })
      .prefault({}),
    /** Categories and detectors switched off or given another severity everywhere; `groups[].screen` overrides per group. */
    screen: screenOverrides.default({}),
    /** Confidential and personal-data findings in a group with people not on the roster (needs a roster); null: off. */
    outsiders: outsidersRule.nullable().prefault({}),
    digest: z
      .strictObject({
        timezone: timezone.default('Asia/Shanghai'),
        weekly: cron.nullable().default('0 9 * * 1'),
        daily: cron.nullable().default(null),
      })
      .prefault({}),
    work_hours: z
      .strictObject({
        days: z.array(z.number({ message: WEEKDAYS }).int({ message: WEEKDAYS }).min(1, { message: WEEKDAYS }).max(7, { message: WEEKDAYS })).default([1, 2, 3, 4, 5]),
        from: clock.default('09:00'),
        to: clock.default('18:00'),
      })
      .nullable()
      .prefault({}),
    /** Extra days off the holiday calendar lacks (a year it has no data for, a company day off). */
    holidays: z.array(calendarDate).optional(),
    /** Extra workdays (make-up days the calendar lacks). */
    workdays: z.array(calendarDate).optional(),
    outbox: z
      .strictObject({
        room_interval: durationAtLeast(
          OUTBOX_LIMITS.minRoomIntervalMs,
          `同一个群两条消息至少间隔 1s（发得更快微信可能封号）；建议 room_interval: 3s`,
        ).default('3s'),
        per_minute: z
          .number({ message: '应为 1 到 20 之间的整数' })
          .int({ message: '应为 1 到 20 之间的整数' })
          .min(1, { message: '至少为 1，否则机器人一条消息也发不出去；建议 per_minute: 20' })
          .max(OUTBOX_LIMITS.maxPerMinute, { message: `最多 ${OUTBOX_LIMITS.maxPerMinute}（每分钟发得更多微信可能封号）；请写 per_minute: ${OUTBOX_LIMITS.maxPerMinute} 或更小` })
          .default(OUTBOX_LIMITS.maxPerMinute),
        /** After a restart, notices to members older than this are not sent late (the admins are told); admin alerts always are. */
        resend_within: duration.default('6h'),
      })
      .prefault({}),
    groups: z.array(groupEntry).default([]),
    ...kindsPolicyShape,
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
    const known = new Set<string>([...categories.keys(), ...DETECTOR_NAMES, ...KIND_CATEGORIES]);
    const checkName = (c: string, path: PropertyKey[]) => {
      if (!known.has(c)) ctx.addIssue({ code: 'custom', path, message: `"${c}" 既不是词库类别也不是检测器；可用：${[...known].join(', ')}` });
    };
    policy.escalation.notify_always.forEach((c, i) => checkName(c, ['escalation', 'notify_always', i]));
    Object.keys(policy.screen).forEach((c) => checkName(c, ['screen', c]));
    policy.outsiders?.categories?.forEach((c, i) => checkName(c, ['outsiders', 'categories', i]));
    policy.groups.forEach((g, gi) => {
      g.escalation?.notify_always?.forEach((c, i) => checkName(c, ['groups', gi, 'escalation', 'notify_always', i]));
      Object.keys(g.screen ?? {}).forEach((c) => checkName(c, ['groups', gi, 'screen', c]));
      g.outsiders?.categories?.forEach((c, i) => checkName(c, ['groups', gi, 'outsiders', 'categories', i]));
    });
    const hours = policy.work_hours;
    if (hours && hours.from === hours.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['work_hours', 'to'],
        message: `from 和 to 相同（${hours.from}），工作时间为空，提醒永远不会发出；全天都可以提醒请写 work_hours: null`,
      });
    }
    const topics = new Set<string>();
    policy.groups.forEach((g, i) => {
      if (topics.has(g.topic)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'topic'], message: `群名 "${g.topic}" 重复` });
      topics.add(g.topic);
    });
  });

/** A validated policy, keys as in the file. */
export type Policy = z.infer<typeof policySchema>;
