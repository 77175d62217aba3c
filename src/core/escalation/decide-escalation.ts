/** The escalation ladder as a pure decision: (the member's prior cases, the new case's severity, the policy) → action. */
import type { STEP_ACTIONS } from '../policy/schema.js';
import { SEVERITIES, type Severity } from '../types.js';

/** An action a ladder step can take. */
export type StepAction = (typeof STEP_ACTIONS)[number];

/** One step of the ladder: from the `count`-th strike on, for cases at least this severe. */
export interface LadderStep {
  count: number;
  action: StepAction;
  /** The least severity a case needs for this step; removal steps default to `medium`, so low-severity talk never removes anyone. */
  minSeverity: Severity;
}

/** The escalation part of a policy, in milliseconds. */
export interface EscalationRules {
  windowMs: number;
  /** Hits from one member within this long of the strike they start are one strike, one notice. */
  burstMs: number;
  steps: readonly LadderStep[];
  notifyAlways: readonly string[];
}

/** What to do about a member's new case. */
export interface EscalationDecision {
  /** The n-th strike of this member within the window, this one included. */
  count: number;
  action: StepAction;
  /** Admins get a private alert. */
  notifyAdmins: boolean;
  /** The case falls inside the burst of an earlier strike: it is recorded, but is no new strike and gets no new notice. */
  inBurst: boolean;
  /** The next harsher step and how many more strikes reach it; null at the top of the ladder. */
  next: { action: StepAction; casesUntil: number } | null;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Strikes among the case times (sorted): a new strike starts when a case comes more than burstMs after the last strike began. */
function countStrikes(times: readonly number[], burstMs: number): { count: number; lastInBurst: boolean } {
  let count = 0;
  let strikeStart = Number.NEGATIVE_INFINITY;
  let lastInBurst = false;
  for (const t of times) {
    lastInBurst = t - strikeStart <= burstMs;
    if (!lastInBurst) {
      count += 1;
      strikeStart = t;
    }
  }
  return { count, lastInBurst };
}

/**
 * The ladder as plain data: among the steps this case is severe enough for, the one
 * with the largest `count` not above the member's strikes within the window.
 * `remove` becomes `request_removal` where the bot may not remove members.
 */
export function decideEscalation(input: {
  categories: readonly string[];
  severity: Severity;
  /** Epoch ms of the member's earlier counting cases in this group. */
  priorCaseTimes: readonly number[];
  now: number;
  botCanRemove: boolean;
  rules: EscalationRules;
}): EscalationDecision {
  const { rules, now } = input;
  const since = now - rules.windowMs;
  const times = [...input.priorCaseTimes.filter((t) => t > since && t <= now), now].sort((a, b) => a - b);
  const { count, lastInBurst } = countStrikes(times, rules.burstMs);
  const eligible = [...rules.steps].filter((s) => rank(input.severity) >= rank(s.minSeverity)).sort((a, b) => a.count - b.count);
  let step: { action: StepAction } = { action: 'warn' };
  for (const s of eligible) if (s.count <= count) step = s;
  const removable = (a: StepAction): StepAction => (a === 'remove' && !input.botCanRemove ? 'request_removal' : a);
  const action = removable(step.action);
  const following = eligible.find((s) => s.count > count && removable(s.action) !== action);
  const next = following ? { action: removable(following.action), casesUntil: following.count - count } : null;
  const notifyAdmins = action !== 'warn' || input.categories.some((c) => rules.notifyAlways.includes(c));
  return { count, action, notifyAdmins, inBurst: lastInBurst && times.length > 1, next };
}
