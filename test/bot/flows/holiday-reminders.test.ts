/**
 * Scheduled messages to people wait for a workday: mainland public holidays
 * (chinese-days) are skipped, make-up workdays count, and the policy's own
 * `holidays:` / `workdays:` cover years the calendar lacks. Through the real bot.
 */
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { copyPolicy, SALES_PEOPLE, startCommandWorld, t } from '../commands/command-world.js';

const PEOPLE = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }]; // not on the roster: joining opens a pending decision
const PENDING = '【群管家·待决定】';

/** Shanghai wall time of an action: `10-08 09:00`. */
const local = (at: number): string => new Date(at + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
const pendingTimes = (actions: readonly BotAction[]): string[] =>
  actions.filter((a) => a.kind === 'dm' && a.to === 'admin1' && a.text.includes(PENDING)).map((a) => local(a.at));

describe('reminders respect public holidays and make-up workdays', { timeout: 60_000 }, () => {
  it.each([
    {
      why: 'National Day 2026 (10-01…10-07 off) is skipped; the make-up Saturday 10-10 is a workday; Sunday 10-11 is not',
      policy: [] as string[],
      opened: '2026-09-30 10:00',
      until: '2026-10-12 08:00',
      times: ['10-08 09:00', '10-09 09:00', '10-10 09:00'],
    },
    {
      why: 'a 2027 day off given by the policy (the calendar has no 2027 data) is skipped',
      policy: ['holidays: [2027-01-05]'],
      opened: '2027-01-04 10:00',
      until: '2027-01-07 08:00',
      times: ['01-06 09:00'],
    },
    {
      why: 'a 2027 make-up Saturday given by the policy is a workday',
      policy: ['workdays: [2027-01-09]'],
      opened: '2027-01-08 10:00',
      until: '2027-01-11 08:00',
      times: ['01-09 10:00'],
    },
    {
      why: 'without policy dates, 2027 falls back to the weekdays of work_hours',
      policy: [],
      opened: '2027-01-04 10:00',
      until: '2027-01-06 08:00',
      times: ['01-05 10:00'],
    },
  ])('$why', async ({ policy, opened, until, times }) => {
    const files = copyPolicy();
    if (policy.length > 0) appendFileSync(files.policyPath, `\n${policy.join('\n')}\n`);
    const w = await startCommandWorld({ files, people: PEOPLE, start: t(opened) - 3_600_000 });
    const mark = w.mark();
    await w.advanceTo(t(opened));
    await w.join('n1', 'admin1');
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'pending_decision' });
    await w.advanceTo(t(until));
    expect(pendingTimes(w.since(mark))).toEqual(times);
    await w.stop();
  });
});
