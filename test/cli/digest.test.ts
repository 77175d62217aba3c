import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { ADMIN, weeklyDigests, world, writePolicy } from '../bot/digest/sim-world.js';
import { requireBuild, runCli } from './run-cli.js';

/**
 * `qunguard digest` on a data folder written by a simulated week of the real bot:
 * it prints the very digest the bot sent that Monday, offline.
 */
describe('qunguard digest (end to end)', () => {
  const root = mkdtempSync(join(tmpdir(), 'qunguard-digest-cli-'));
  const dataDir = join(root, 'data');
  const policy = writePolicy();
  let sentText = '';

  beforeAll(async () => {
    requireBuild();
    const store = await openStore(dataDir);
    const w = await world(policy, store, '2026-11-23T09:30:00+08:00');
    await w.advance('2026-11-23T10:00:00+08:00');
    await w.sim.say('u1', '这是绝密文件');
    await w.sim.say('u3', '下午开会');
    await w.advance('2026-11-25T09:30:00+08:00');
    await w.sim.join('u2', ADMIN);
    await w.sim.say('u2', '一起赌博');
    await w.advance('2026-11-30T09:00:00+08:00');
    await w.waitFor(() => weeklyDigests(w.actions).length > 0, 'the weekly digest');
    sentText = weeklyDigests(w.actions)[0]!.text;
    await w.sim.stop();
    await store.close();
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints exactly the weekly digest the bot sent', async () => {
    const run = await runCli(['digest', '--data', dataDir, '--policy', policy, '--since', '7d', '--until', '2026-11-30'], '');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(sentText).toContain('类别：公司保密信息 1、赌博 1');
    expect(run.stdout).toBe(`${sentText}\n`);
  }, 30_000);

  it('--json gives the same numbers for machines', async () => {
    const run = await runCli(['digest', '--data', dataDir, '--policy', policy, '--until', '2026-11-30', '--json'], '');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { period: Record<string, unknown>; groups: Record<string, unknown>[]; totals: Record<string, number> };
    expect(json.period).toMatchObject({ kind: 'weekly', sinceIso: '2026-11-22T16:00:00.000Z', untilIso: '2026-11-29T16:00:00.000Z' });
    expect(json.totals).toEqual({ screened: 3, cases: 2, violations: 2, openDecisions: 0 });
    expect(json.groups[0]).toMatchObject({ topic: '销售部工作群', newMembers: [{ memberId: 'u2', name: '小王' }], pendingNicknames: [{ memberId: 'u2', name: '小王' }] });
  }, 30_000);

  it('--chart writes the PNG', async () => {
    const png = join(root, 'chart.png');
    const run = await runCli(['digest', '--data', dataDir, '--policy', policy, '--until', '2026-11-30', '--chart', png], '');
    expect(run.code).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 30_000);

  it('a span that is not whole days is a plain report up to now', async () => {
    const run = await runCli(['digest', '--data', dataDir, '--policy', policy, '--since', '24h'], '');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^【群管家·统计】\d+月\d+日 \d\d:\d\d–\d+月\d+日 \d\d:\d\d\n/);
  }, 30_000);

  const corruptDir = join(root, 'corrupt');
  const emptyDir = join(root, 'empty');
  it.each([
    ['a missing data folder', () => ['--data', join(root, 'nope')], '数据目录不存在'],
    ['a folder without the data file', () => (mkdirSync(emptyDir, { recursive: true }), ['--data', emptyDir]), '数据目录中没有 qunguard.json'],
    ['a corrupt data file', () => (mkdirSync(corruptDir, { recursive: true }), writeFileSync(join(corruptDir, 'qunguard.json'), '{oops'), ['--data', corruptDir]), '数据文件无法使用'],
    ['a bad --since', () => ['--data', dataDir, '--since', 'week'], '--since 应为时长'],
    ['a bad --until', () => ['--data', dataDir, '--until', 'Monday'], '--until 应为日期'],
    ['a month that does not exist', () => ['--data', dataDir, '--until', '2026-13-01'], '--until 不是有效日期："2026-13-01"'],
    ['a day the month does not have', () => ['--data', dataDir, '--until', '2026-02-30'], '--until 不是有效日期'],
    ['an ISO time on a day that does not exist', () => ['--data', dataDir, '--until', '2026-02-30T10:00:00+08:00'], '--until 不是有效时间'],
    ['a chart into a missing folder', () => ['--data', dataDir, '--until', '2026-11-30', '--chart', join(root, 'no-such-dir', 'chart.png')], '图表目录不存在'],
    ['a chart path that is a folder', () => ['--data', dataDir, '--until', '2026-11-30', '--chart', root], '--chart 应为文件路径'],
  ])('%s: a clear message and exit 2', async (_name, args, message) => {
    const run = await runCli(['digest', '--policy', policy, ...args()], '');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('leaves a corrupt file as it was, and creates nothing in a folder without data', () => {
    expect(readFileSync(join(corruptDir, 'qunguard.json'), 'utf8')).toBe('{oops');
    expect(existsSync(join(emptyDir, 'qunguard.json'))).toBe(false);
  });
});
