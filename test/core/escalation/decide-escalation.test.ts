import { describe, expect, it } from 'vitest';
import { decideEscalation, type EscalationRules, type LadderStep } from '../../../src/core/escalation/decide-escalation.js';
import type { Severity } from '../../../src/core/types.js';

const MIN = 60_000;
const DAY = 86_400_000;
const NOW = 100 * DAY;
const LADDER: LadderStep[] = [
  { count: 1, action: 'warn', minSeverity: 'low' },
  { count: 2, action: 'warn_and_notify', minSeverity: 'low' },
  { count: 3, action: 'request_removal', minSeverity: 'medium' },
];
const rules = (over: Partial<EscalationRules> = {}): EscalationRules => ({ windowMs: 30 * DAY, burstMs: 10 * MIN, steps: LADDER, notifyAlways: ['confidential'], ...over });
const decide = (prior: number[], severity: Severity = 'high', over: Partial<EscalationRules> = {}, categories = ['gambling'], botCanRemove = true) =>
  decideEscalation({ categories, severity, priorCaseTimes: prior.map((ago) => NOW - ago), now: NOW, botCanRemove, rules: rules(over) });

describe('the ladder weighs severity', () => {
  it.each<[string, number[], Severity, string, number]>([
    ['a first case warns', [], 'high', 'warn', 1],
    ['a second one tells the admins', [DAY], 'high', 'warn_and_notify', 2],
    ['a third serious one asks for removal', [2 * DAY, DAY], 'high', 'request_removal', 3],
    ['a third medium one asks for removal', [2 * DAY, DAY], 'medium', 'request_removal', 3],
    ['a third low-severity one (rumour) never leads to removal', [2 * DAY, DAY], 'low', 'warn_and_notify', 3],
    ['a tenth low-severity one still does not', Array.from({ length: 9 }, (_, i) => (i + 1) * DAY), 'low', 'warn_and_notify', 10],
    ['cases older than the window do not count', [40 * DAY, 35 * DAY], 'high', 'warn', 1],
  ])('%s', (_name, prior, severity, action, count) => {
    const d = decide(prior, severity);
    expect({ action: d.action, count: d.count }).toEqual({ action, count });
  });

  it('a step may name its own least severity', () => {
    const steps: LadderStep[] = [{ count: 1, action: 'warn', minSeverity: 'low' }, { count: 1, action: 'warn_and_notify', minSeverity: 'critical' }];
    expect(decide([], 'critical', { steps }).action).toBe('warn_and_notify');
    expect(decide([], 'high', { steps }).action).toBe('warn');
  });

  it('remove becomes a request where the bot may not remove, and the next step says so', () => {
    const steps: LadderStep[] = [{ count: 1, action: 'warn', minSeverity: 'low' }, { count: 2, action: 'remove', minSeverity: 'medium' }];
    expect(decide([DAY], 'high', { steps }, ['gambling'], false).action).toBe('request_removal');
    expect(decide([], 'high', { steps }, ['gambling'], false).next).toEqual({ action: 'request_removal', casesUntil: 1 });
    expect(decide([], 'low', { steps }).next).toBeNull();
  });
});

describe('a burst counts once', () => {
  it.each<[string, number[], number, boolean]>([
    ['a second hit five minutes after the first is the same strike', [5 * MIN], 1, true],
    ['three hits within ten minutes are one strike', [9 * MIN, 4 * MIN], 1, true],
    ['a hit eleven minutes later is a new strike', [11 * MIN], 2, false],
    ['a burst is measured from the hit that started it, not the last one', [12 * MIN, 6 * MIN], 2, false],
    ['two bursts a day apart are two strikes', [DAY + 2 * MIN, DAY], 2, false],
  ])('%s', (_name, prior, count, inBurst) => {
    const d = decide(prior);
    expect({ count: d.count, inBurst: d.inBurst }).toEqual({ count, inBurst });
  });

  it('a burst of 0 makes every hit a strike', () => {
    expect(decide([MIN], 'high', { burstMs: 0 })).toMatchObject({ count: 2, inBurst: false });
  });
});

describe('who is told', () => {
  it.each<[string, string[], number[], boolean]>([
    ['a plain first warning: the member only', ['gambling'], [], false],
    ['a notify_always category: the admins too', ['confidential'], [], true],
    ['a second strike: the admins too', ['gambling'], [DAY], true],
  ])('%s', (_name, categories, prior, notify) => {
    expect(decide(prior, 'high', {}, categories).notifyAdmins).toBe(notify);
  });
});
