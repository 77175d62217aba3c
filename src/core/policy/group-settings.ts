import type { EscalationRules } from '../escalation/decide-escalation.js';
import { parseDuration } from './duration.js';
import type { Policy } from './schema.js';

/** The policy as it applies to one group: `groups[]` overrides picked by topic. */
export interface GroupSettings {
  /** The matched `groups[].topic`, or null for the default policy. */
  matchedTopic: string | null;
  /** Departments that belong in this group; empty means any department. */
  departments: readonly string[];
  /** Contact ids with admin rights here (policy admins plus the group's own). */
  admins: readonly string[];
  rules: readonly string[];
  escalation: EscalationRules;
  remindEveryMs: number;
  deadlineMs: number;
}

/** Picks the settings for a group by its topic. */
export function groupSettings(policy: Policy, topic: string): GroupSettings {
  const group = policy.groups.find((g) => g.topic === topic.trim()) ?? null;
  return {
    matchedTopic: group?.topic ?? null,
    departments: group?.departments ?? [],
    admins: [...new Set([...policy.admins, ...(group?.admins ?? [])])],
    rules: group?.rules ?? policy.rules,
    escalation: {
      windowMs: parseDuration(policy.escalation.window)!,
      steps: policy.escalation.steps,
      notifyAlways: policy.escalation.notify_always,
    },
    remindEveryMs: parseDuration(policy.nickname.remind_every)!,
    deadlineMs: parseDuration(policy.nickname.deadline)!,
  };
}
