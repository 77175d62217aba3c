/**
 * When the second opinion may act: it only ever holds a warning back for the
 * admins' review, never adds or raises anything, and stays silent until the
 * company has decided enough cases of both kinds.
 */
import type { CaseAction } from '../cases/index.js';

/** Examples of each kind needed before the second opinion speaks at all. */
export const MIN_EXAMPLES_EACH = 10;

/** How sure (probability of a false alarm) it must be to hold a warning back. */
export const MIN_FALSE_ALARM_CONFIDENCE = 0.9;

/** The ladder's actions that tell the member (or remove them): the only ones a review may replace. */
const DOWNGRADABLE: ReadonlySet<CaseAction> = new Set(['warn', 'warn_and_notify', 'request_removal', 'remove']);

/** What the gate decides from. */
export interface GateInput {
  /** What the ladder decided. */
  action: CaseAction;
  counts: { falseAlarms: number; confirmed: number };
  /** The classifier's probability that this is a false alarm; null when it has no opinion. */
  falseAlarmProbability: number | null;
}

/** True when the second opinion is trained enough to be asked. */
export function secondOpinionReady(counts: GateInput['counts']): boolean {
  return counts.falseAlarms >= MIN_EXAMPLES_EACH && counts.confirmed >= MIN_EXAMPLES_EACH;
}

/** The action to take: `review` in place of a warning or removal for a likely false alarm, else the ladder's own. */
export function gateAction(input: GateInput): CaseAction {
  if (!DOWNGRADABLE.has(input.action) || !secondOpinionReady(input.counts)) return input.action;
  if (input.falseAlarmProbability === null || input.falseAlarmProbability < MIN_FALSE_ALARM_CONFIDENCE) return input.action;
  return 'review';
}
