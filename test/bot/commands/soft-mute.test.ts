/**
 * #禁言 / #解除禁言 through the real bot on the mock puppet: while muted, every message of the
 * member is a `muted` case of its own (a rule it also breaks joins the case); the member is told
 * privately when the mute starts and when it ends, once; only admins mute; a mute survives a
 * restart of the bot on the lowdb store, and one that ran out while the bot was down is told at start-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { muteEntry } from '../../../src/bot/mute/mute-state.js';
import { openStore } from '../../../src/store/index.js';
import { answersTo, copyPolicy, dmsTo, HOUR, MINUTE, removals, roomSays, startCommandWorld, t, type CommandWorld } from './command-world.js';

const ROOM = 'room1@chatroom';
const GAMBLING = '周末一起去赌博吗';
const STARTED = '【群管家】管理员已在“销售部工作群”对你禁言 2小时，至 11月23日 11:00。\n原因：刷屏\n禁言期间在群里发言，每条都会记录为案件并通知管理员。';
const SET_REPLY = '已对 销售部-李四 禁言至 11月23日 11:00（2小时）。提前解除请发“#解除禁言 @销售部-李四”。';
const ENDED = '【群管家】你在“销售部工作群”的禁言已到期，可以正常发言了。';
const LIFTED = '【群管家】你在“销售部工作群”的禁言已由管理员提前解除，可以正常发言了。';
const mutedNotice = (id: string) => `【群管家】你在“销售部工作群”禁言期间发言，已记录为案件 ${id}。\n禁言至 11月23日 11:00，期间请不要在群里发言。\n如认为有误，可回复“#申诉 ${id} 理由”，管理员会复核。`;
const casesOf = async (w: CommandWorld, member: string) => w.store.cases.byMember(ROOM, member);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('#禁言: every message in the mute is a case of its own', { timeout: 60_000 }, () => {
  it('the member is told privately, the admin answered privately; each message then opens a `muted` case with the policy action', async () => {
    const w = await startCommandWorld();
    const set = await w.ask('admin1', '#禁言 @u1 2h 刷屏');
    expect(dmsTo(set, 'u1')).toEqual([STARTED]);
    expect(answersTo(set, 'admin1')).toEqual([SET_REPLY]);
    expect(roomSays(set).map((s) => s.text)).toEqual(['已私信回复。']);

    const first = await w.ask('u1', '大家好');
    expect(await casesOf(w, 'u1')).toEqual([expect.objectContaining({ id: 'C1', kind: 'violation', categories: ['muted'], severity: 'medium', action: 'warn_and_notify', status: 'open', excerpt: '大家好' })]);
    expect(dmsTo(first, 'u1')).toEqual([mutedNotice('C1')]);
    expect(dmsTo(first, 'admin1')).toEqual(['【群管家·禁言期间发言】C1 销售部工作群\n成员：销售部-李四（禁言至 11月23日 11:00）\n类别：禁言期间发言\n处理：警告并通知管理员\n摘要：大家好']);
    expect(roomSays(first)).toEqual([]);

    // Each message is its own case; a rule it also breaks joins the same case.
    const second = await w.ask('u1', GAMBLING);
    expect((await casesOf(w, 'u1')).map((c) => [c.id, c.categories, c.severity])).toEqual([['C1', ['muted'], 'medium'], ['C2', ['muted', 'gambling'], 'high']]);
    expect(dmsTo(second, 'u1')).toEqual([mutedNotice('C2')]);
    expect(dmsTo(second, 'admin1')).toEqual([expect.stringContaining('类别：禁言期间发言、赌博')]);

    // Nobody else is muted.
    expect(dmsTo(await w.ask('u2', '大家好'), 'u2')).toEqual([]);
    expect(await casesOf(w, 'u2')).toEqual([]);
    await w.stop();
  });

  it('a private #禁言 with @ works as in the group; a member who cannot be messaged privately is told in the group', async () => {
    const w = await startCommandWorld();
    const set = await w.askDm('admin1', '#禁言 @u3 2h 刷屏');
    expect(answersTo(set, 'admin1')).toEqual(['已对 市场部-马丽 禁言至 11月23日 11:00（2小时）。提前解除请发“#解除禁言 @市场部-马丽”。']);
    expect(roomSays(set)).toEqual([expect.objectContaining({ mentions: ['u3'], text: STARTED })]);
    const said = await w.ask('u3', '收到');
    expect(roomSays(said)).toEqual([expect.objectContaining({ mentions: ['u3'], text: '市场部-马丽，你当前处于禁言期间（至 11月23日 11:00），请不要在群里发言（案件 C1）。' })]);
    await w.stop();
  });

  it.each([
    { text: '#禁言 @u1 刷屏', answer: '禁言时长格式应为数字加单位 m/h/d，例如 30m、2h、1d。' },
    { text: '#禁言 @u1', answer: '请写上禁言时长，例如“#禁言 @张三 2h 刷屏”。' },
    { text: '#禁言 @u1 31d 刷屏', answer: '禁言时长最多 30 天。' },
    { text: '#禁言 @admin1 1h', answer: '不能对管理员禁言。' },
  ])('$text is refused: $answer', async ({ text, answer }) => {
    const w = await startCommandWorld();
    expect(answersTo(await w.ask('admin1', text), 'admin1')).toEqual([answer]);
    expect(await w.store.state.read(muteEntry(ROOM, 'u1'))).toBeUndefined();
    await w.stop();
  });

  it('a member cannot mute: refused, nothing stored, the other member speaks freely', async () => {
    const w = await startCommandWorld();
    const refused = await w.ask('u2', '#禁言 @u1 2h 刷屏');
    expect(answersTo(refused, 'u2')).toEqual(['抱歉，“#禁言”仅限本群管理员使用。发送“#帮助”查看你可以使用的命令。']);
    expect(dmsTo(refused, 'u1')).toEqual([]);
    expect(await w.store.state.read(muteEntry(ROOM, 'u1'))).toBeUndefined();
    await w.ask('u1', '大家好');
    expect(await casesOf(w, 'u1')).toEqual([]);
    await w.stop();
  });

  it('with policy mute.action remove where the bot owns the group, a message in the mute removes the member', async () => {
    const files = copyPolicy();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(files.policyPath, 'mute: { action: remove, severity: high }\n');
    const w = await startCommandWorld({ files });
    await w.ask('admin1', '#禁言 @u1 2h 刷屏');
    const said = await w.ask('u1', '大家好');
    expect(await casesOf(w, 'u1')).toEqual([expect.objectContaining({ categories: ['muted'], severity: 'high', action: 'remove' })]);
    expect(removals(said)).toEqual([expect.objectContaining({ member: 'u1' })]);
    await w.stop();
  });
});

describe('the end of a mute is told once', { timeout: 60_000 }, () => {
  it('#解除禁言 ends it early: the member is told, later messages are screened as usual', async () => {
    const w = await startCommandWorld();
    await w.ask('admin1', '#禁言 @u1 2h 刷屏');
    const lifted = await w.askDm('admin1', '#解除禁言 @销售部-李四');
    expect(dmsTo(lifted, 'u1')).toEqual([LIFTED]);
    expect(answersTo(lifted, 'admin1')).toEqual(['已解除 销售部-李四 的禁言。']);
    expect(answersTo(await w.askDm('admin1', '#解除禁言 @u1'), 'admin1')).toEqual(['销售部-李四 当前没有被禁言。']);
    await w.ask('u1', '大家好');
    expect(await casesOf(w, 'u1')).toEqual([]);
    const mark = w.mark();
    await w.advance(3 * HOUR);
    expect(dmsTo(w.since(mark), 'u1')).toEqual([]);
    await w.stop();
  });

  it('when the time is up the schedule tells the member once, and their messages are no longer cases', async () => {
    const w = await startCommandWorld();
    await w.ask('admin1', '#禁言 @u1 30m 刷屏');
    const mark = w.mark();
    await w.advance(40 * MINUTE);
    expect(dmsTo(w.since(mark), 'u1')).toEqual([ENDED]);
    await w.advance(2 * HOUR);
    expect(dmsTo(w.since(mark), 'u1')).toEqual([ENDED]);
    await w.ask('u1', '大家好');
    expect(await casesOf(w, 'u1')).toEqual([]);
    await w.stop();
  });

  it('a message right after the end (before the sweep) is not a case, and the member is told once', async () => {
    const w = await startCommandWorld();
    await w.ask('admin1', '#禁言 @u1 1m 刷屏'); // the ask moves the clock one minute: the mute has run out
    const mark = w.mark();
    await w.say('u1', '大家好');
    expect(dmsTo(w.since(mark), 'u1')).toEqual([ENDED]);
    expect(await casesOf(w, 'u1')).toEqual([]);
    await w.advance(HOUR);
    expect(dmsTo(w.since(mark), 'u1')).toEqual([ENDED]);
    await w.stop();
  });
});

describe('a muted member who leaves', { timeout: 60_000 }, () => {
  it('is not written to when the mute runs out, and the mute is gone', async () => {
    const w = await startCommandWorld();
    await w.ask('admin1', '#禁言 @u1 30m 刷屏');
    await w.leave('u1');
    const mark = w.mark();
    await w.advance(HOUR);
    expect(dmsTo(w.since(mark), 'u1')).toEqual([]);
    expect(await w.store.state.read(muteEntry(ROOM, 'u1'))).toBeUndefined();
    await w.stop();
  });
});

describe('a mute survives a restart', { timeout: 60_000 }, () => {
  it('still in force after a restart; one that ran out while the bot was down is told at start-up, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-mute-'));
    dirs.push(dir);
    const files = copyPolicy();
    const run = async (start: string) => startCommandWorld({ files, store: await openStore(dir), start: t(start) });

    const first = await run('2026-11-23 09:00');
    await first.ask('admin1', '#禁言 @u1 2h 刷屏');
    await first.stop();
    await first.store.close();

    const second = await run('2026-11-23 10:00');
    const said = await second.ask('u1', '大家好');
    expect(dmsTo(said, 'u1')).toEqual([mutedNotice('C1')]);
    await second.stop();
    await second.store.close();

    const third = await run('2026-11-23 12:00');
    expect(dmsTo(third.actions, 'u1')).toEqual([ENDED]);
    await third.advance(HOUR);
    await third.ask('u1', '大家好');
    expect(dmsTo(third.actions, 'u1')).toEqual([ENDED]);
    expect((await third.store.cases.byMember(ROOM, 'u1')).map((c) => c.id)).toEqual(['C1']);
    await third.stop();
    await third.store.close();

    const fourth = await run('2026-11-23 14:00');
    await fourth.advance(HOUR);
    expect(dmsTo(fourth.actions, 'u1')).toEqual([]);
    await fourth.stop();
    await fourth.store.close();
  });
});
