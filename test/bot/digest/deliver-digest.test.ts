import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../src/bot/bot-context.js';
import { catchUpDigests, deliverDigest, flushScreened, lastSentEntry, recordScreened, SCREENED_FLUSH_MS, screenedEntry, sendDigestNow } from '../../../src/bot/digest/index.js';
import { readDigestInput } from '../../../src/bot/digest/collect-digest.js';
import type { OutboxJob } from '../../../src/bot/outbox/index.js';
import { scheduledPeriod } from '../../../src/core/digest/digest-period.js';
import type { RoomRecord } from '../../../src/core/records.js';
import { silentLogger } from '../../../src/log/logger.js';
import { createMemoryStore, type Store } from '../../../src/store/index.js';
import { kase } from '../../core/digest/fixtures.js';
import { fakePlatform } from '../../support/fake-platform.js';
import { recordingOutbox } from '../../support/fake-outbox.js';
import { activePolicy, writePolicy } from './sim-world.js';

const at = (iso: string): number => Date.parse(iso);
const MONDAY_9 = at('2026-11-30T09:00:00+08:00');

/** Policy: A administers every group; B only 市场部工作群 (groups[].admins); the admins' room is 管理员群. */
function policyFile(): string {
  const path = writePolicy(['  weekly: "0 9 * * 1"', '  daily: null']);
  const text = [
    ...readFileSync(path, 'utf8').replace('admins: [wxid_admin1]', 'admins: [A]').split('\n'),
    'alerts_room: 管理员群',
    'groups:',
    '  - { topic: 市场部工作群, admins: [B] }',
  ];
  writeFileSync(join(dirname(path), 'policy.yaml'), text.join('\n'));
  return path;
}

function room(roomId: string, topic: string): RoomRecord {
  return { roomId, topic, paused: false, botIsMember: true, botCanRemove: false, greetedAt: 1 };
}

/** A BotContext of fakes: the platform knows owners and the admins' room; the outbox records jobs. */
function fakeContext(store: Store, now: number, opts: { alertsRoom?: string | null } = {}): { ctx: BotContext; jobs: OutboxJob[] } {
  const adminsRoom = opts.alertsRoom === undefined ? 'admins-room' : opts.alertsRoom;
  const platform = fakePlatform(
    {
      rooms: { r1: '销售部工作群', r2: '市场部工作群', ...(adminsRoom ? { [adminsRoom]: '管理员群' } : {}) },
      members: adminsRoom ? { [adminsRoom]: [{ id: 'A', name: '总经办-管理员', alias: null }] } : {},
      owners: { r1: 'O1', r2: 'bot' },
    },
    // The groups' topics as the store knows them (a test may rename one there).
    { roomTopic: async (id) => (id === adminsRoom ? '管理员群' : ((await store.rooms.get(id))?.topic ?? id)) },
  );
  const outbox = recordingOutbox();
  const active = activePolicy(policyFile());
  const ctx: BotContext = { store, outbox, clock: { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined }, log: silentLogger(), platform, policy: () => active };
  return { ctx, jobs: outbox.jobs };
}

async function storeWithTwoGroups(): Promise<Store> {
  const store = createMemoryStore();
  await store.rooms.upsert(room('r1', '销售部工作群'));
  await store.rooms.upsert(room('r2', '市场部工作群'));
  await store.cases.add(kase({ id: 'C1', roomId: 'r1', at: at('2026-11-24T10:00:00+08:00') }));
  await store.cases.add(kase({ id: 'C2', roomId: 'r2', roomTopic: '市场部工作群', categories: ['confidential'], at: at('2026-11-25T10:00:00+08:00') }));
  return store;
}

const groupsIn = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('▍'));

describe('deliverDigest: one digest per admin, covering the groups they administer', () => {
  it.each([
    ['A (policy admin) gets both groups', 'A', ['▍市场部工作群', '▍销售部工作群']],
    ['O1 (owner of 销售部工作群) gets that group only', 'O1', ['▍销售部工作群']],
    ['B (admin of 市场部工作群) gets that group only', 'B', ['▍市场部工作群']],
  ])('%s', async (_name, admin, groups) => {
    const { ctx, jobs } = fakeContext(await storeWithTwoGroups(), MONDAY_9);
    await deliverDigest(ctx, scheduledPeriod('weekly', MONDAY_9, 'Asia/Shanghai'));
    const dms = jobs.filter((j) => j.kind === 'dm' && j.contactId === admin);
    expect(dms).toHaveLength(1);
    expect(groupsIn(dms[0]!.kind === 'dm' ? dms[0]!.text : '')).toEqual(groups);
  }, 30_000);

  it('the admins’ room gets the whole digest with its chart; nobody else gets anything', async () => {
    const { ctx, jobs } = fakeContext(await storeWithTwoGroups(), MONDAY_9);
    const deliveries = await deliverDigest(ctx, scheduledPeriod('weekly', MONDAY_9, 'Asia/Shanghai'));
    expect(deliveries.map((d) => (d.kind === 'dm' ? d.contactId : d.roomId)).sort()).toEqual(['A', 'B', 'O1', 'admins-room']);
    const roomJob = jobs.find((j) => j.kind === 'room_say');
    expect(roomJob?.kind === 'room_say' && groupsIn(roomJob.text)).toEqual(['▍市场部工作群', '▍销售部工作群']);
    expect(roomJob?.kind === 'room_say' && roomJob.image).toMatchObject({ name: 'qunguard-weekly-2026-11-23.png' });
  }, 30_000);

  it('without the admins’ room the admins still get theirs', async () => {
    const { ctx, jobs } = fakeContext(await storeWithTwoGroups(), MONDAY_9, { alertsRoom: null });
    await deliverDigest(ctx, scheduledPeriod('weekly', MONDAY_9, 'Asia/Shanghai'));
    expect(jobs.map((j) => j.kind)).toEqual(['dm', 'dm', 'dm']);
  }, 30_000);
});

describe('sendDigestNow (#周报): the asking admin’s groups, over the last seven days', () => {
  it.each<[string, Parameters<typeof sendDigestNow>[1], string[], number]>([
    ['a policy admin: every group', { adminId: 'A' }, ['▍市场部工作群', '▍销售部工作群'], 1],
    ['a group owner: their group', { adminId: 'O1' }, ['▍销售部工作群'], 1],
    ['asked in one group', { adminId: 'A', roomId: 'r2' }, ['▍市场部工作群'], 1],
    ['named groups win', { adminId: 'A', roomId: 'r1', roomIds: ['r2'] }, ['▍市场部工作群'], 1],
    ['not sent when the caller sends it', { adminId: 'A', deliver: false }, ['▍市场部工作群', '▍销售部工作群'], 0],
  ])('%s', async (_name, opts, groups, sent) => {
    const { ctx, jobs } = fakeContext(await storeWithTwoGroups(), MONDAY_9);
    const result = await sendDigestNow(ctx, opts);
    expect(result.text.split('\n')[0]).toBe('【群管家·统计】11月23日 09:00–11月30日 09:00');
    expect(groupsIn(result.text)).toEqual(groups);
    expect(jobs.filter((j) => j.kind === 'dm' && j.contactId === opts.adminId && j.text === result.text)).toHaveLength(sent);
    expect(jobs).toHaveLength(sent);
  }, 30_000);
});

describe('catchUpDigests: the marker of the last period sent', () => {
  it.each<[string, number | undefined, number, string[], number]>([
    ['first start: nothing was missed, the marker is today', undefined, MONDAY_9 + 3_600_000, [], at('2026-11-30T00:00:00+08:00')],
    ['first start before the firing: today’s firing will not report days before the bot ran', undefined, MONDAY_9 - 60_000, [], at('2026-11-30T00:00:00+08:00')],
    ['first start mid-week', undefined, at('2026-11-25T15:00:00+08:00'), [], at('2026-11-25T00:00:00+08:00')],
    ['the last digest was a week earlier: the missed one is sent', at('2026-11-23T00:00:00+08:00'), MONDAY_9 + 3_600_000, ['【群管家·周报】11月23日–11月29日'], at('2026-11-30T00:00:00+08:00')],
    ['already sent: nothing again', at('2026-11-30T00:00:00+08:00'), MONDAY_9 + 3_600_000, [], at('2026-11-30T00:00:00+08:00')],
    ['started just before the firing: last week’s was sent, nothing now', at('2026-11-23T00:00:00+08:00'), MONDAY_9 - 60_000, [], at('2026-11-23T00:00:00+08:00')],
    ['down for three weeks: only the latest week is sent', at('2026-11-09T00:00:00+08:00'), MONDAY_9 + 86_400_000, ['【群管家·周报】11月23日–11月29日'], at('2026-11-30T00:00:00+08:00')],
  ])('%s', async (_name, marker, now, headings, after) => {
    const store = await storeWithTwoGroups();
    if (marker !== undefined) await store.state.write(lastSentEntry('weekly'), marker);
    const { ctx, jobs } = fakeContext(store, now, { alertsRoom: null });
    await catchUpDigests(ctx);
    expect([...new Set(jobs.map((j) => (j.kind === 'dm' ? j.text.split('\n')[0] : '')))]).toEqual(headings);
    expect(await store.state.read(lastSentEntry('weekly'))).toBe(after);
  }, 30_000);
});

describe('recordScreened: one counter per group, per local day', () => {
  it('counts by the policy’s local day and drops days past the retention', async () => {
    const store = createMemoryStore();
    await store.state.write(screenedEntry('r1'), { '2026-08-01': 7, '2026-11-29': 2 });
    const times = ['2026-11-29T23:59:00+08:00', '2026-11-30T00:00:00+08:00', '2026-11-30T15:00:00+08:00'];
    for (const iso of times) await recordScreened(fakeContext(store, at(iso)).ctx, 'r1');
    await flushScreened(fakeContext(store, at(times[2]!)).ctx);
    expect(await store.state.read(screenedEntry('r1'))).toEqual({ '2026-11-29': 3, '2026-11-30': 2 });
    expect(await store.state.read(screenedEntry('r2'))).toBeUndefined();
  }, 30_000);

  it('is written on a slower cadence than messages arrive, and a digest never misses what is not written yet', async () => {
    const store = createMemoryStore();
    const timers: Array<{ fn: () => void; ms: number }> = [];
    const { ctx } = fakeContext(store, at('2026-11-30T10:00:00+08:00'));
    const clocked = { ...ctx, clock: { ...ctx.clock, setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }) } };
    for (let i = 0; i < 50; i++) await recordScreened(clocked, 'r1');
    // Fifty messages, no write yet, one timer for all of them.
    expect(await store.state.read(screenedEntry('r1'))).toBeUndefined();
    expect(timers.map((t) => t.ms)).toEqual([SCREENED_FLUSH_MS]);
    const period = { kind: 'daily' as const, since: at('2026-11-30T00:00:00+08:00'), until: at('2026-12-01T00:00:00+08:00') };
    expect((await readDigestInput(store, { period, timeZone: 'Asia/Shanghai', roomIds: ['r1'] })).screened).toEqual({ r1: 50 });
    timers[0]!.fn();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await store.state.read(screenedEntry('r1'))).toEqual({ '2026-11-30': 50 });
    expect((await readDigestInput(store, { period, timeZone: 'Asia/Shanghai', roomIds: ['r1'] })).screened).toEqual({ r1: 50 });
  }, 30_000);
});
