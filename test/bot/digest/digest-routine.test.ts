import { describe, expect, it } from 'vitest';
import { latestFiring } from '../../../src/bot/digest/index.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { world, writePolicy } from './sim-world.js';

const at = (iso: string): number => Date.parse(iso);
const DAY = 86_400_000;
const TZ = 'Asia/Shanghai';

describe('latestFiring', () => {
  it.each([
    ['weekly, an hour after Monday 09:00', '0 9 * * 1', '2026-11-30T10:00:00+08:00', 8 * DAY, '2026-11-30T09:00:00+08:00'],
    ['weekly, exactly at the firing', '0 9 * * 1', '2026-11-30T09:00:00+08:00', 8 * DAY, '2026-11-30T09:00:00+08:00'],
    ['weekly, a minute before: last week’s', '0 9 * * 1', '2026-11-30T08:59:00+08:00', 8 * DAY, '2026-11-23T09:00:00+08:00'],
    ['daily 18:30, in the morning: yesterday’s', '30 18 * * *', '2026-11-25T08:00:00+08:00', 2 * DAY, '2026-11-24T18:30:00+08:00'],
    ['in another timezone', '0 9 * * 1', '2026-11-30T10:00:00Z', 8 * DAY, '2026-11-30T09:00:00Z'],
  ])('%s', (_name, cron, now, lookback, expected) => {
    const tz = now.endsWith('Z') ? 'UTC' : TZ;
    expect(latestFiring(cron, tz, at(now), lookback)).toBe(at(expected));
  });

  it('null when it did not fire within the lookback', () => {
    expect(latestFiring('0 9 1 1 *', TZ, at('2026-11-30T10:00:00+08:00'), 8 * DAY)).toBeNull();
  });
});

describe('daily digest on a simulated clock', () => {
  it('fires at its cron time and reports the previous local day, never a day before the bot ran', async () => {
    const policy = writePolicy(['  weekly: null', '  daily: "30 18 * * *"']);
    const w = await world(policy, createMemoryStore(), '2026-11-23T10:00:00+08:00');
    await w.advance('2026-11-23T11:00:00+08:00');
    await w.sim.say('u1', '周末去赌博');
    // Monday 18:30 would report Sunday, before the bot ran: nothing is sent.
    await w.advance('2026-11-24T18:29:00+08:00');
    expect(w.actions.filter((a) => a.kind === 'dm' && a.text.startsWith('【群管家·日报】'))).toEqual([]);
    await w.advance('2026-11-24T18:30:00+08:00');
    await w.waitFor(() => w.actions.some((a) => a.kind === 'dm' && a.text.startsWith('【群管家·日报】11月23日')), 'Monday’s daily digest');
    const monday = w.actions.find((a) => a.kind === 'dm' && a.text.startsWith('【群管家·日报】11月23日'));
    expect(monday?.kind === 'dm' && monday.text.split('\n').slice(2, 5)).toEqual(['▍销售部工作群', '消息 1 条 · 案件 1 起', '类别：赌博 1']);
    await w.sim.stop();
  }, 60_000);
});
