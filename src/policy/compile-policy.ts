/**
 * The policy compiled once when it loads: durations in milliseconds, the time zone of
 * everything, work hours, alerts, outbox limits, nickname rules and per-group settings.
 * Nothing downstream reads raw YAML fields.
 */
import type { WorkHours } from '../core/policy/work-hours.js';
import type { BlocklistAction } from '../core/membership/removed-elsewhere.js';
import { withPolicyDates, type WorkCalendar } from '../core/policy/work-calendar.js';
import { mainlandCalendar } from './mainland-calendar.js';
import { validatedDuration as ms } from '../core/policy/duration.js';
import { groupSettings, type GroupSettings } from '../core/policy/group-settings.js';
import type { Policy } from '../core/policy/schema.js';
import { compileKindsPolicy, type KindsPolicy } from '../core/message-kinds/compile-kinds-policy.js';

/** The typed policy the bot reads. */
export interface CompiledPolicy {
  /** The time zone of every local time: digests, work hours, reminders, times shown to people. */
  timeZone: string;
  /** When people may be written to; null means any time. */
  workHours: WorkHours | null;
  /** Which dates are workdays: mainland holidays and make-up days, the policy's `holidays:` / `workdays:` first. */
  calendar: WorkCalendar;
  /** Welcome new members whose nickname is fine. */
  welcome: boolean;
  /** Company-wide admins (contact ids): the only ones who may change what every group shares. */
  admins: readonly string[];
  /** The admins' room: by id when the policy gives one, else by topic (bound to an id once found), or null. */
  alertsRoom: { id: string | null; topic: string | null } | null;
  outbox: { roomIntervalMs: number; perMinute: number; resendWithinMs: number };
  nickname: { departments: readonly string[]; nameOnly: readonly string[]; remindEveryMs: number; deadlineMs: number };
  /** Cron expressions of the scheduled digests (validated by the schema), or null when off. */
  digest: { weekly: string | null; daily: string | null };
  /** How long closed cases stay in the hot store: the longest escalation window of any group (at least MIN_RETENTION_MS), so archived cases never stop counting. */
  retentionMs: number;
  /** Images, cards, mini-programs, links and floods (issue 11): sizes in bytes, domains normalised. */
  kinds: KindsPolicy;
  /** A member removed for violations elsewhere who joins or is found here: tell, ask to remove, or remove. */
  blocklist: BlocklistAction;
  /** The `groups[]` entries by name: every configured topic, and the topic of each entry pinned to a room id (`room_id`). */
  groups: { topics: ReadonlySet<string>; topicByRoomId: ReadonlyMap<string, string> };
  /** The settings of one group, `groups[]` overrides applied; cached per topic. */
  settings(topic: string): GroupSettings;
}

/** Closed cases stay in the hot store at least this long, so `#案件` finds last month's cases whatever the window. */
export const MIN_RETENTION_MS = 30 * 86_400_000;


/** Compiles a validated policy. Pure. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cache = new Map<string, GroupSettings>();
  const settings = (topic: string): GroupSettings => {
    let s = cache.get(topic);
    if (!s) {
      s = groupSettings(policy, topic);
      cache.set(topic, s);
    }
    return s;
  };
  const windows = [settings('').escalation.windowMs, ...policy.groups.map((g) => settings(g.topic).escalation.windowMs)];
  return {
    timeZone: policy.digest.timezone,
    workHours: policy.work_hours,
    calendar: withPolicyDates(mainlandCalendar, { holidays: policy.holidays ?? [], workdays: policy.workdays ?? [] }),
    welcome: policy.welcome,
    admins: policy.admins,
    alertsRoom: alertsRoomOf(policy.alerts_room),
    outbox: { roomIntervalMs: ms(policy.outbox.room_interval), perMinute: policy.outbox.per_minute, resendWithinMs: ms(policy.outbox.resend_within) },
    nickname: {
      departments: policy.nickname.departments,
      nameOnly: policy.nickname.name_only,
      remindEveryMs: ms(policy.nickname.remind_every),
      deadlineMs: ms(policy.nickname.deadline),
    },
    digest: { weekly: policy.digest.weekly, daily: policy.digest.daily },
    retentionMs: Math.max(MIN_RETENTION_MS, ...windows),
    kinds: compileKindsPolicy(policy),
    blocklist: policy.blocklist,
    groups: {
      topics: new Set(policy.groups.map((g) => g.topic)),
      topicByRoomId: new Map(policy.groups.flatMap((g) => (g.room_id ? [[g.room_id, g.topic] as const] : []))),
    },
    settings,
  };
}

function alertsRoomOf(value: Policy['alerts_room']): CompiledPolicy['alertsRoom'] {
  if (value === undefined) return null;
  if (typeof value === 'string') return { id: null, topic: value.trim() };
  return { id: value.id, topic: value.topic ?? null };
}
