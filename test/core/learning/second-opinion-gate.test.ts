import { describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../src/core/cases/index.js';
import { gateAction, MIN_EXAMPLES_EACH, MIN_FALSE_ALARM_CONFIDENCE, secondOpinionReady } from '../../../src/core/learning/second-opinion-gate.js';

const ready = { falseAlarms: MIN_EXAMPLES_EACH, confirmed: MIN_EXAMPLES_EACH };

describe('secondOpinionReady: off until 10 examples of both kinds', () => {
  it.each([
    { counts: { falseAlarms: 0, confirmed: 0 }, want: false },
    { counts: { falseAlarms: 9, confirmed: 50 }, want: false },
    { counts: { falseAlarms: 50, confirmed: 9 }, want: false },
    { counts: { falseAlarms: 10, confirmed: 10 }, want: true },
    { counts: { falseAlarms: 11, confirmed: 30 }, want: true },
  ])('$counts → $want', ({ counts, want }) => {
    expect(secondOpinionReady(counts)).toBe(want);
  });
});

describe('gateAction: only ever turns a warning or removal into a review', () => {
  it.each<{ name: string; action: CaseAction; counts: typeof ready; p: number | null; want: CaseAction }>([
    { name: 'likely false alarm, trained: warning held back', action: 'warn', counts: ready, p: 0.99, want: 'review' },
    { name: 'warn and notify held back', action: 'warn_and_notify', counts: ready, p: 0.95, want: 'review' },
    { name: 'a removal request held back', action: 'request_removal', counts: ready, p: 0.95, want: 'review' },
    { name: 'an automatic removal held back', action: 'remove', counts: ready, p: 0.95, want: 'review' },
    { name: 'exactly at the confidence threshold', action: 'warn', counts: ready, p: MIN_FALSE_ALARM_CONFIDENCE, want: 'review' },
    { name: 'just below the threshold: the ladder stands', action: 'warn', counts: ready, p: MIN_FALSE_ALARM_CONFIDENCE - 0.01, want: 'warn' },
    { name: 'likely real: the ladder stands', action: 'warn_and_notify', counts: ready, p: 0.02, want: 'warn_and_notify' },
    { name: 'no opinion: the ladder stands', action: 'warn', counts: ready, p: null, want: 'warn' },
    { name: 'sure, but only 9 false alarms learned: off', action: 'warn', counts: { falseAlarms: 9, confirmed: 10 }, p: 0.99, want: 'warn' },
    { name: 'sure, but only 9 confirmed learned: off', action: 'warn', counts: { falseAlarms: 10, confirmed: 9 }, p: 0.99, want: 'warn' },
    { name: 'never upgrades: a burst follow-up (record only) stays record only', action: 'none', counts: ready, p: 0.0, want: 'none' },
    { name: 'never upgrades: record only stays so even when sure it is a false alarm', action: 'none', counts: ready, p: 0.99, want: 'none' },
    { name: 'a membership check is not its business', action: 'relevance', counts: ready, p: 0.99, want: 'relevance' },
    { name: 'a manual warning is not its business', action: 'manual', counts: ready, p: 0.99, want: 'manual' },
  ])('$name', ({ action, counts, p, want }) => {
    expect(gateAction({ action, counts, falseAlarmProbability: p })).toBe(want);
  });

  const ORDER: CaseAction[] = ['none', 'review', 'warn', 'warn_and_notify', 'request_removal', 'remove'];
  it.each(ORDER.flatMap((action) => [0, 0.5, 0.9, 1].map((p) => ({ action, p }))))('never more severe than the ladder: $action at $p', ({ action, p }) => {
    expect(ORDER.indexOf(gateAction({ action, counts: ready, falseAlarmProbability: p }))).toBeLessThanOrEqual(ORDER.indexOf(action));
  });
});
