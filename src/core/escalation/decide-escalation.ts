import type { STEP_ACTIONS } from '../policy/schema.js';

/** An action a ladder step can take. */
export type StepAction = (typeof STEP_ACTIONS)[number];

/** The escalation part of a policy, in milliseconds. */
export interface EscalationRules {
  windowMs: number;
  steps: readonly { count: number; action: StepAction }[];
  notifyAlways: readonly string[];
}

/** What to do about a member's new case. */
export interface EscalationDecision {
  /** The n-th counting case of this member within the window, this one included. */
  count: number;
  action: StepAction;
  /** Admins get a private alert. */
  notifyAdmins: boolean;
  /** The next harsher step and how many more cases reach it; null at the top of the ladder. */
  next: { action: StepAction; casesUntil: number } | null;
}

/**
 * The ladder as plain data: the step with the largest `count` not above the
 * member's count of counting cases within the window. `remove` becomes
 * `request_removal` where the bot may not remove members.
 */
export function decideEscalation(input: {
  categories: readonly string[];
  /** Epoch ms of the member's earlier counting cases (not overturned) in this group. */
  priorCaseTimes: readonly number[];
  now: number;
  botCanRemove: boolean;
  rules: EscalationRules;
}): EscalationDecision {
  const { rules, now } = input;
  const since = now - rules.windowMs;
  const count = input.priorCaseTimes.filter((t) => t > since && t <= now).length + 1;
  const steps = [...rules.steps].sort((a, b) => a.count - b.count);
  let step = steps[0]!;
  for (const s of steps) if (s.count <= count) step = s;
  const action = step.action === 'remove' && !input.botCanRemove ? 'request_removal' : step.action;
  const following = steps.find((s) => s.count > count && s.action !== step.action);
  const next = following
    ? { action: following.action === 'remove' && !input.botCanRemove ? 'request_removal' as const : following.action, casesUntil: following.count - count }
    : null;
  const notifyAdmins = action !== 'warn' || input.categories.some((c) => rules.notifyAlways.includes(c));
  return { count, action, notifyAdmins, next };
}
