/** The policy as it applies to one group: `groups[]` overrides picked by topic, durations in ms. */
import type { EscalationRules, LadderStep } from '../escalation/decide-escalation.js';
import { compileKindsPolicy, groupFloodPolicy } from '../message-kinds/compile-kinds-policy.js';
import type { FloodPolicy } from '../message-kinds/flood.js';
import { DETECTOR_NAMES, type DetectorName, type Severity } from '../types.js';
import { validatedDuration as ms } from './duration.js';
import type { NOTICE_MODES, Policy } from './schema.js';

/** What the group sees of a case. */
export type NoticeMode = (typeof NOTICE_MODES)[number];

/** The policy as it applies to one group. */
export interface GroupSettings {
  /** The matched `groups[].topic`, or null for the default policy. */
  matchedTopic: string | null;
  /** Departments that belong in this group; empty means any department. */
  departments: readonly string[];
  /** Contact ids with admin rights here (policy admins plus the group's own). */
  admins: readonly string[];
  rules: readonly string[];
  escalation: EscalationRules;
  /** Manual warnings count on the ladder (policy `escalation.count_manual`). */
  countManual: boolean;
  /** `named`: the member is named in the group; `neutral` (default): a name-free reminder of the rule; `off`: nothing. */
  groupNotice: NoticeMode;
  remindEveryMs: number;
  deadlineMs: number;
  /** The group's flood rule (policy `flood`, `groups[].flood` over it), or null when floods are not detected here. */
  flood: FloodPolicy | null;
  /** Categories and detectors switched off (`off`) or given another severity here: policy `screen`, `groups[].screen` over it. */
  screen: Readonly<Record<string, ScreenSetting>>;
  /** How findings are weighed when people not on the roster are in the group; null: not at all. */
  outsiders: OutsidersRule | null;
}

/** A category's setting in one group: not screened, or the severity its findings get. */
export type ScreenSetting = 'off' | Severity;

/** Confidential and personal-data findings in a group with outsiders: raised, and always told to the admins. */
export interface OutsidersRule {
  /** Severity steps added (0 to 3). */
  raise: number;
  notify: boolean;
  /** The categories and detectors it applies to. */
  categories: readonly string[];
}

/** Personal data a stranger in the group must not see: every detector but links. */
const PERSONAL_DATA: readonly DetectorName[] = DETECTOR_NAMES.filter((d) => d !== 'url');

function outsidersRule(policy: Policy, group: Policy['groups'][number] | null): OutsidersRule | null {
  const rule = group?.outsiders === undefined ? policy.outsiders : group.outsiders;
  if (rule === null) return null;
  const material = policy.context?.material ?? ['confidential'];
  return { raise: rule.raise, notify: rule.notify, categories: rule.categories ?? [...material, ...PERSONAL_DATA] };
}

/** A removal step never applies to low-severity cases unless the policy says so. */
function ladderStep(step: Policy['escalation']['steps'][number]): LadderStep {
  const removal = step.action === 'remove' || step.action === 'request_removal';
  return { count: step.count, action: step.action, minSeverity: (step.min_severity as Severity | undefined) ?? (removal ? 'medium' : 'low') };
}

/** Picks the settings for a group by its topic. */
export function groupSettings(policy: Policy, topic: string): GroupSettings {
  const group = policy.groups.find((g) => g.topic === topic.trim()) ?? null;
  const own = group?.escalation;
  return {
    matchedTopic: group?.topic ?? null,
    departments: group?.departments ?? [],
    admins: [...new Set([...policy.admins, ...(group?.admins ?? [])])],
    rules: group?.rules ?? policy.rules,
    escalation: {
      windowMs: ms(own?.window ?? policy.escalation.window),
      burstMs: ms(own?.burst ?? policy.escalation.burst),
      steps: (own?.steps ?? policy.escalation.steps).map(ladderStep),
      notifyAlways: own?.notify_always ?? policy.escalation.notify_always,
    },
    countManual: own?.count_manual ?? policy.escalation.count_manual,
    groupNotice: group?.notice?.group ?? policy.notice.group,
    remindEveryMs: ms(policy.nickname.remind_every),
    deadlineMs: ms(policy.nickname.deadline),
    flood: groupFloodPolicy(compileKindsPolicy(policy).flood, group?.flood),
    screen: { ...(policy.screen as Record<string, ScreenSetting>), ...((group?.screen ?? {}) as Record<string, ScreenSetting>) },
    outsiders: outsidersRule(policy, group),
  };
}
