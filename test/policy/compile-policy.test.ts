import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/core/policy/schema.js';
import { compilePolicy } from '../../src/policy/compile-policy.js';

const compile = (raw: Record<string, unknown>) => compilePolicy(policySchema.parse({ version: 1, dictionaries: [], ...raw }));
const DAY = 86_400_000;

describe('compilePolicy', () => {
  it.each<[string, Record<string, unknown>, (c: ReturnType<typeof compile>) => unknown, unknown]>([
    ['the time zone of everything comes from digest.timezone', { digest: { timezone: 'Asia/Urumqi' } }, (c) => c.timeZone, 'Asia/Urumqi'],
    ['outbox durations in milliseconds', { outbox: { room_interval: '5s', per_minute: 12 } }, (c) => c.outbox, { roomIntervalMs: 5000, perMinute: 12, resendWithinMs: 6 * 3_600_000 }],
    ['nickname durations in milliseconds', { nickname: { remind_every: '12h', deadline: '2d' } }, (c) => [c.nickname.remindEveryMs, c.nickname.deadlineMs], [12 * 3_600_000, 2 * DAY]],
    ['no alerts room', {}, (c) => c.alertsRoom, null],
    ['alerts room by topic', { alerts_room: ' 管理员群 ' }, (c) => c.alertsRoom, { id: null, topic: '管理员群' }],
    ['alerts room by id', { alerts_room: { id: 'r-admins@chatroom' } }, (c) => c.alertsRoom, { id: 'r-admins@chatroom', topic: null }],
    ['retention is the escalation window', { escalation: { window: '60d' } }, (c) => c.retentionMs, 60 * DAY],
    ['the default window is 30 days', {}, (c) => c.retentionMs, 30 * DAY],
    ['a short window still keeps a month of cases at hand', { escalation: { window: '1d' } }, (c) => c.retentionMs, 30 * DAY],
    ['work hours off', { work_hours: null }, (c) => c.workHours, null],
    ['group settings by topic, window in ms', { escalation: { window: '7d' }, groups: [{ topic: '销售部工作群', departments: ['销售部'] }] }, (c) => [c.settings('销售部工作群').departments, c.settings('销售部工作群').escalation.windowMs], [['销售部'], 7 * DAY]],
  ])('%s', (_name, raw, read, expected) => {
    expect(read(compile(raw))).toEqual(expected);
  });
});
