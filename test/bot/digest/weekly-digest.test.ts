import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSentEntry, sendDigestNow } from '../../../src/bot/digest/index.js';
import type { DmJob } from '../../../src/bot/outbox/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { ADMIN, weeklyDigests, world, writePolicy, type World } from './sim-world.js';

const at = (iso: string): number => Date.parse(iso);

/**
 * A week of a simulated sales group on the real plugin and a lowdb data folder:
 * the weekly digest fires Monday 09:00 with the week's numbers; then the bot is
 * down over the next Monday and, restarted, sends that missed digest once.
 */
describe('weekly digest over a simulated week, and a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qunguard-digest-data-'));
  const policy = writePolicy();
  let store: Store;
  let w: World;
  let caseIds: string[];

  beforeAll(async () => {
    store = await openStore(dataDir);
    w = await world(policy, store, '2026-11-23T08:00:00+08:00');
    const say = async (iso: string, who: string, text: string): Promise<void> => {
      await w.advance(iso);
      await w.sim.say(who, text);
    };
    await say('2026-11-23T10:00:00+08:00', 'u1', '周末一起去赌博吧');
    await say('2026-11-23T11:00:00+08:00', 'u3', '今天下午三点开会');
    await say('2026-11-24T10:00:00+08:00', 'u1', '这是绝密文件');
    await w.advance('2026-11-25T09:30:00+08:00');
    await w.sim.join('u2', ADMIN);
    await say('2026-11-25T10:00:00+08:00', 'u2', '赌博吗');
    await say('2026-11-26T10:00:00+08:00', 'u1', '还去赌博');
    for (let i = 0; i < 5; i++) await say(`2026-11-27T1${i}:00:00+08:00`, 'u3', `第${i + 1}条工作消息`);
    await say('2026-11-29T23:30:00+08:00', 'u3', '周日晚上的消息');
    caseIds = (await store.cases.all()).map((c) => c.id);
    await w.advance('2026-11-30T08:59:00+08:00');
  }, 120_000);

  afterAll(async () => {
    await w?.sim.stop().catch(() => undefined);
    await store?.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opened the week’s cases: three for 李四, one for 小王', async () => {
    const cases = await store.cases.all();
    expect(cases.map((c) => [c.memberId, c.categories.join(), c.action])).toEqual([
      ['u1', 'gambling', 'warn'],
      ['u1', 'confidential', 'warn_and_notify'],
      ['u2', 'gambling', 'warn'],
      ['u1', 'gambling', 'request_removal'],
    ]);
  });

  it('sends nothing on the first start, nor at its first Monday 09:00 (the bot did not run last week), nor during the week', () => {
    expect(weeklyDigests(w.actions)).toEqual([]);
  });

  it('sends the weekly digest at Monday 09:00 to the admin, with the week’s numbers', async () => {
    await w.advance('2026-11-30T09:00:00+08:00');
    await w.waitFor(() => weeklyDigests(w.actions).length > 0, 'the weekly digest');
    const [digest, ...more] = weeklyDigests(w.actions);
    expect(more).toEqual([]);
    expect(digest!.to).toBe(ADMIN);
    expect(digest!.at).toBeGreaterThanOrEqual(at('2026-11-30T09:00:00+08:00'));
    expect(digest!.at).toBeLessThan(at('2026-11-30T09:01:00+08:00'));
    expect(digest!.text.split('\n')).toEqual([
      '【群管家·周报】11月23日–11月29日',
      '',
      '▍销售部工作群',
      '消息 11 条 · 案件 4 起',
      '类别：赌博 3、公司保密信息 1',
      '处理：警告 2、警告并通知管理员 1、提请管理员移出 1',
      '多次违规：销售部-李四 3 次',
      '新成员 1 人 · 昵称待改 1 人：小王',
      '昵称合规 75%（3/4）',
      `待决定 1 件：${caseIds[3]} 销售部-李四（提请管理员移出）`,
      '',
      '回复“#移出 编号”或“#保留 编号”处理待决定事项。',
    ]);
    expect(await store.state.read(lastSentEntry('weekly'))).toBe(at('2026-11-30T00:00:00+08:00'));
  }, 60_000);

  it('attaches the chart (cases per day by category) as a PNG to the same message', () => {
    const job = w.jobs.find((j): j is DmJob => j.kind === 'dm' && j.text.startsWith('【群管家·周报】'));
    expect(job?.image).toMatchObject({ name: 'qunguard-weekly-2026-11-23.png' });
    const data = (job!.image as { data: Buffer }).data;
    expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('#周报 now: the asking admin gets the last seven days privately', async () => {
    const ctx = w.sim.handle.context()!;
    const now = await sendDigestNow(ctx, { adminId: ADMIN });
    expect(now.roomIds).toEqual([w.sim.roomId]);
    expect(now.text.split('\n').slice(0, 4)).toEqual(['【群管家·统计】11月23日 09:00–11月30日 09:00', '', '▍销售部工作群', '消息 11 条 · 案件 4 起']);
    await w.waitFor(() => w.actions.some((a) => a.kind === 'dm' && a.text === now.text), 'the #周报 digest');
    const stranger = await sendDigestNow(ctx, { adminId: 'u3', deliver: false });
    expect(stranger.roomIds).toEqual([]);
    expect(stranger.text).toContain('本期没有可报告的群。');
  }, 60_000);

  it('the next week goes on, then the bot is down over Monday 09:00', async () => {
    await w.advance('2026-12-01T10:00:00+08:00');
    await w.sim.say('u3', '去赌博吗');
    await w.advance('2026-12-06T12:00:00+08:00');
    await w.sim.stop();
    await store.close();
    expect(weeklyDigests(w.actions)).toHaveLength(1);
  }, 60_000);

  it('after a restart on Tuesday, the missed digest is sent once', async () => {
    store = await openStore(dataDir);
    w = await world(policy, store, '2026-12-08T10:00:00+08:00');
    await w.waitFor(() => weeklyDigests(w.actions).length > 0, 'the missed digest');
    await w.advance('2026-12-08T18:00:00+08:00');
    const sent = weeklyDigests(w.actions);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.at).toBeGreaterThanOrEqual(at('2026-12-08T10:00:00+08:00'));
    expect(sent[0]!.at).toBeLessThan(at('2026-12-08T10:01:00+08:00'));
    expect(sent[0]!.text.split('\n').slice(0, 5)).toEqual(['【群管家·周报】11月30日–12月6日', '', '▍销售部工作群', '消息 1 条 · 案件 1 起', '类别：赌博 1']);
    expect(await store.state.read(lastSentEntry('weekly'))).toBe(at('2026-12-07T00:00:00+08:00'));
    await w.sim.stop();
    await store.close();
  }, 60_000);

  it('a second restart does not send it again', async () => {
    store = await openStore(dataDir);
    w = await world(policy, store, '2026-12-08T19:00:00+08:00');
    await w.advance('2026-12-08T20:00:00+08:00');
    expect(weeklyDigests(w.actions)).toEqual([]);
  }, 60_000);
});
