/**
 * Every admin command through the real bot, in the group and in a private chat:
 * an admin gets the effect and an answer (and an audit entry for changes); a
 * member gets the polite refusal, an audit entry `denied:<name>` and a log line,
 * and nothing changes. Wrong arguments get the usage line; unknown commands a hint.
 */
import { describe, expect, it } from 'vitest';
import { commandAnswer, USAGE, type CommandName } from '../../../src/core/commands/command-names.js';
import { PRIVATE_REPLY_ACK } from '../../../src/bot/commands/command-handler.js';
import { muteEntry } from '../../../src/bot/mute/mute-state.js';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { answersTo, dmsTo, removals, roomSays, SALES_PEOPLE, startCommandWorld, type CommandWorld } from './command-world.js';

const PEOPLE = [...SALES_PEOPLE, { id: 'n1', name: '销售部-陈十' }]; // n1 is not on the roster: joining opens a pending case
const GAMBLING = '周末一起去赌博吗';
const ROOM = 'room1@chatroom';

/** u1 breaks a rule: case C1 (warn). */
const violation = async (w: CommandWorld): Promise<void> => void (await w.ask('u1', GAMBLING));
/** u1's case C1, appealed by u1 privately. */
const appealed = async (w: CommandWorld): Promise<void> => {
  await violation(w);
  await w.askDm('u1', '#申诉 C1 我说的是新闻');
};
/** n1 joins though not on the roster: relevance case C1, pending. */
const pendingJoin = async (w: CommandWorld): Promise<void> => {
  await w.join('n1', 'admin1');
  await w.advance(60_000);
};

interface Row {
  name: CommandName;
  /** `@u1` is a mention in the group and the nickname 销售部-李四 in a private chat. */
  text: string;
  setup?: (w: CommandWorld) => Promise<void>;
  answer: string;
  effect: (w: CommandWorld, actions: BotAction[]) => void | Promise<void>;
  audit: { action: string; target: string } | null;
}

const ROWS: Row[] = [
  {
    name: 'warn', text: '#警告 @u1 刷屏广告', answer: '已记录案件 C1（销售部-李四，本期第 1 次）',
    effect: async (w, a) => {
      expect(await w.store.cases.get('C1')).toMatchObject({ kind: 'manual', memberId: 'u1', status: 'open', by: 'admin1', excerpt: '刷屏广告' });
      expect(dmsTo(a, 'u1')).toEqual([expect.stringContaining('管理员在“销售部工作群”对你发出警告：刷屏广告')]);
    },
    audit: { action: 'warn', target: 'C1' },
  },
  {
    name: 'pardon', text: '#撤销 C1 误判', setup: violation, answer: '已撤销案件 C1，并已通知 销售部-李四。',
    effect: async (w, a) => {
      expect(await w.store.cases.get('C1')).toMatchObject({ status: 'overturned' });
      expect(dmsTo(a, 'u1')).toEqual([expect.stringContaining('案件 C1 已被管理员撤销，不再计入违规次数。说明：误判')]);
    },
    audit: { action: 'pardon', target: 'C1' },
  },
  {
    name: 'record', text: '#记录 @u1', setup: violation, answer: '【群管家·记录】销售部-李四 在 1 个群共有 1 起案件：\n· C1 ',
    effect: async (w) => expect(await w.store.cases.get('C1')).toMatchObject({ status: 'open' }),
    audit: null,
  },
  {
    name: 'case', text: '#案件 C1', setup: violation, answer: '案件 C1：销售部-李四',
    effect: async (w) => expect(await w.store.cases.get('C1')).toMatchObject({ status: 'open' }),
    audit: null,
  },
  {
    name: 'remove', text: '#移出 @u1', answer: '已将 销售部-李四 移出本群。',
    effect: (_w, a) => expect(removals(a)).toEqual([expect.objectContaining({ room: ROOM, member: 'u1' })]),
    audit: { action: 'remove', target: 'u1' },
  },
  {
    name: 'keep', text: '#保留 C1', setup: pendingJoin, answer: '已保留 销售部-陈十，案件 C1 结案。',
    effect: async (w, a) => {
      expect(await w.store.cases.get('C1')).toMatchObject({ status: 'closed' });
      expect(removals(a)).toEqual([]);
    },
    audit: { action: 'keep', target: 'C1' },
  },
  {
    name: 'exempt', text: '#豁免 @u1', answer: '已豁免 销售部-李四',
    effect: async (w) => expect((await w.store.members.get(ROOM, 'u1'))?.exempt).toBe(true),
    audit: { action: 'exempt', target: 'u1' },
  },
  {
    name: 'unexempt', text: '#取消豁免 @u1', setup: async (w) => void w.store.members.update(ROOM, 'u1', { exempt: true }), answer: '已取消 销售部-李四 的豁免。',
    effect: async (w) => expect((await w.store.members.get(ROOM, 'u1'))?.exempt).toBe(false),
    audit: { action: 'unexempt', target: 'u1' },
  },
  {
    name: 'pause', text: '#暂停', answer: '已暂停本群的自动处理',
    effect: async (w, a) => {
      expect((await w.store.rooms.get(ROOM))?.paused).toBe(true);
      expect(roomSays(a)).toEqual([]); // the confirmation goes privately, the group hears nothing
    },
    audit: { action: 'pause', target: ROOM },
  },
  {
    name: 'resume', text: '#恢复', setup: async (w) => void w.store.rooms.update(ROOM, { paused: true }), answer: '已恢复本群的自动处理。',
    effect: async (w) => expect((await w.store.rooms.get(ROOM))?.paused).toBe(false),
    audit: { action: 'resume', target: ROOM },
  },
  {
    name: 'dict', text: '#词库 添加 新品代号 confidential', answer: '已添加“新品代号”（confidential.txt），立即生效',
    effect: (w) => expect(w.files.read('confidential.txt').split('\n')).toContain('新品代号'),
    audit: { action: 'dict_add', target: 'confidential' },
  },
  {
    name: 'allow', text: '#白名单 添加 年终评优名单', answer: '已添加“年终评优名单”（allow.txt），立即生效',
    effect: (w) => expect(w.files.read('allow.txt').split('\n')).toContain('年终评优名单'),
    audit: { action: 'allow_add', target: 'allow' },
  },
  {
    name: 'stats', text: '#统计 7d', setup: violation, answer: '“销售部工作群”近 7天 统计：\n违规案件 1 件，涉及 1 人\n按类别：赌博 1',
    effect: () => undefined,
    audit: null,
  },
  {
    name: 'digest', text: '#周报', setup: violation, answer: '周报已私信发送给你。',
    effect: (_w, a) => expect(dmsTo(a, 'admin1').filter((d) => d.startsWith('【群管家·'))).toEqual([expect.stringContaining('▍销售部工作群')]),
    audit: null,
  },
  {
    name: 'check', text: '#检查', answer: '检查完成：共 4 人，昵称不规范 0 人',
    effect: () => undefined,
    audit: { action: 'check', target: ROOM },
  },
  {
    name: 'reject', text: '#驳回 C1 截图为证', setup: appealed, answer: '已驳回案件 C1 的申诉，并已通知 销售部-李四。',
    effect: async (w, a) => {
      expect(await w.store.cases.get('C1')).toMatchObject({ status: 'open' });
      expect(dmsTo(a, 'u1')).toEqual([expect.stringContaining('你对案件 C1 的申诉未被采纳。说明：截图为证')]);
    },
    audit: { action: 'reject', target: 'C1' },
  },
  {
    name: 'confirm', text: '#确认 C1', setup: violation, answer: '已确认案件 C1 属实。',
    effect: async (w, a) => {
      expect(await w.store.cases.get('C1')).toMatchObject({ status: 'open' });
      expect((await w.store.cases.get('C1'))?.history.at(-1)).toMatchObject({ type: 'decided', decision: 'confirmed', by: 'admin1' });
      expect(dmsTo(a, 'u1')).toEqual([]); // an ordinary warned case: the member was told already
    },
    audit: { action: 'confirm', target: 'C1' },
  },
  {
    name: 'mute', text: '#禁言 @u1 2h 刷屏', answer: '已对 销售部-李四 禁言至 11月23日 11:00（2小时）。',
    effect: async (w, a) => {
      expect(await w.store.state.read(muteEntry(ROOM, 'u1'))).toMatchObject({ by: 'admin1', reason: '刷屏', until: w.clock.now() - 60_000 + 2 * 3_600_000 });
      expect(dmsTo(a, 'u1')).toEqual([expect.stringContaining('【群管家】管理员已在“销售部工作群”对你禁言 2小时，至 11月23日 11:00。')]);
    },
    audit: { action: 'mute', target: 'u1' },
  },
  {
    name: 'unmute', text: '#解除禁言 @u1', setup: async (w) => void (await w.askDm('admin1', '#禁言 @u1 2h 刷屏')), answer: '已解除 销售部-李四 的禁言。',
    effect: async (w, a) => {
      expect(await w.store.state.read(muteEntry(ROOM, 'u1'))).toBeUndefined();
      expect(dmsTo(a, 'u1')).toEqual(['【群管家】你在“销售部工作群”的禁言已由管理员提前解除，可以正常发言了。']);
    },
    audit: { action: 'unmute', target: 'u1' },
  },
];

const inDm = (text: string): string => text.replace('@u1', '销售部-李四');

describe('an admin runs every admin command', { timeout: 30_000 }, () => {
  it.each(ROWS.flatMap((row) => (['group', 'private'] as const).map((channel) => ({ ...row, channel }))))('$name in the $channel chat: $text', async (row) => {
    const w = await startCommandWorld({ people: PEOPLE });
    await row.setup?.(w);
    const auditBefore = (await w.store.audit.list()).length;
    const actions = row.channel === 'group' ? await w.ask('admin1', row.text) : await w.askDm('admin1', inDm(row.text));
    const answers = answersTo(actions, 'admin1');
    expect(answers.some((a) => a.includes(row.answer)), `answers: ${JSON.stringify(answers)}`).toBe(true);
    const privately = row.channel === 'private' || commandAnswer(row.name) === 'private';
    if (privately) {
      expect(roomSays(actions).filter((s) => s.mentions.includes('admin1'))).toEqual([]); // answered privately
      expect(dmsTo(actions, 'admin1').some((a) => a.includes(row.answer))).toBe(true);
    }
    // In the group, one detail-free line says the answer went privately (none once the group is paused: it hears nothing).
    const acks = roomSays(actions).filter((s) => s.text === PRIVATE_REPLY_ACK);
    expect(acks).toHaveLength(row.channel === 'group' && commandAnswer(row.name) === 'private' && row.name !== 'pause' ? 1 : 0);
    expect(acks.every((s) => s.mentions.length === 0)).toBe(true);
    await row.effect(w, actions);
    const added = (await w.store.audit.list()).slice(auditBefore);
    expect(added).toEqual(row.audit ? [expect.objectContaining({ ...row.audit, by: 'admin1', roomId: ROOM, at: w.clock.now() - 60_000 })] : []);
    await w.stop();
  });
});

/** The Chinese word of a command, as the refusal names it. */
const word = (name: CommandName): string => USAGE[name].slice(1).split(' ')[0]!;

describe('a member is refused every admin command', { timeout: 30_000 }, () => {
  /** Everything a refused command could have changed. */
  const snapshot = async (w: CommandWorld) => ({
    cases: await w.store.cases.byRoom(ROOM),
    members: await w.store.members.listByRoom(ROOM, { includeLeft: true }),
    paused: (await w.store.rooms.get(ROOM))?.paused,
    files: ['confidential.txt', 'allow.txt'].map((f) => w.files.read(f)),
    terms: w.policy.screener.termCount,
  });

  it.each(['group', 'private'] as const)('in the %s chat: a polite refusal, denied:<name> in the audit log, a log line, no effect', async (channel) => {
    const w = await startCommandWorld({ people: PEOPLE });
    await appealed(w); // C1: u1's case, appealed
    const before = await snapshot(w);
    for (const row of ROWS) {
      const text = channel === 'group' ? row.text : `${inDm(row.text)} 销售部工作群`;
      const auditBefore = (await w.store.audit.list()).length;
      const actions = channel === 'group' ? await w.ask('u2', text) : await w.askDm('u2', text);
      expect(answersTo(actions, 'u2'), text).toEqual([`抱歉，“#${word(row.name)}”仅限本群管理员使用。发送“#帮助”查看你可以使用的命令。`]);
      expect(actions.filter((a) => !(a.kind === 'dm' && a.to === 'u2') && !(a.kind === 'room_say' && a.mentions.includes('u2'))), text).toEqual([]);
      expect((await w.store.audit.list()).slice(auditBefore)).toEqual([expect.objectContaining({ action: `denied:${row.name}`, by: 'u2', roomId: ROOM })]);
      expect(w.logs.filter((l) => l.msg === 'admin command refused for a non-admin' && l.command === row.name && l.memberId === 'u2')).toHaveLength(1);
    }
    expect(await snapshot(w)).toEqual(before);
    await w.stop();
  });
});

describe('wrong arguments get the usage line, never silence', { timeout: 30_000 }, () => {
  const usage = (name: CommandName): string => `用法：${USAGE[name]}`;
  it.each([
    { who: 'admin1', text: '#警告', expected: usage('warn') },
    { who: 'admin1', text: '#警告 @u1', expected: usage('warn') },
    { who: 'admin1', text: '#警告 没有这个人 刷屏', expected: usage('warn') },
    { who: 'admin1', text: '#撤销', expected: usage('pardon') },
    { who: 'admin1', text: '#撤销 误判', expected: usage('pardon') },
    { who: 'admin1', text: '#撤销 C99 误判', expected: '找不到本群的案件 C99（可能已归档或不属于本群）。' },
    { who: 'admin1', text: '#记录', expected: usage('record') },
    { who: 'admin1', text: '#案件', expected: usage('case') },
    { who: 'admin1', text: '#案件 C99', expected: '找不到本群的案件 C99（可能已归档或不属于本群）。' },
    { who: 'admin1', text: '#移出', expected: usage('remove') },
    { who: 'admin1', text: '#保留', expected: usage('keep') },
    { who: 'admin1', text: '#保留 C1', expected: '案件 C1 不是待决定的案件（申诉中）。' },
    { who: 'admin1', text: '#豁免', expected: usage('exempt') },
    { who: 'admin1', text: '#取消豁免', expected: usage('unexempt') },
    { who: 'admin1', text: '#词库', expected: usage('dict') },
    { who: 'admin1', text: '#词库 添加', expected: usage('dict') },
    { who: 'admin1', text: '#词库 修改 新词 confidential', expected: usage('dict') },
    { who: 'admin1', text: '#词库 添加 新品代号', expected: `请指定类别：${USAGE.dict}\n可用类别：公司保密信息、赌博、广告/推广` },
    { who: 'admin1', text: '#白名单', expected: usage('allow') },
    { who: 'admin1', text: '#白名单 删', expected: usage('allow') },
    { who: 'admin1', text: '#统计 一周', expected: `${usage('stats')}（时长如 7d、24h）` },
    { who: 'admin1', text: '#驳回', expected: usage('reject') },
    { who: 'admin1', text: '#驳回 C2', expected: '找不到本群的案件 C2（可能已归档或不属于本群）。' },
    { who: 'admin1', text: '#确认', expected: usage('confirm') },
    { who: 'admin1', text: '#确认 C2', expected: '找不到本群的案件 C2（可能已归档或不属于本群）。' },
    { who: 'u1', text: '#申诉', expected: usage('appeal') },
    { who: 'u1', text: '#申诉 C1', expected: usage('appeal') },
    { who: 'u1', text: '#申诉 C1 再说一次', expected: '案件 C1 的申诉正在处理中。' },
    { who: 'u1', text: '#foo', expected: '没有这个命令。发送“#帮助”查看可用命令。' },
    { who: 'u1', text: '#开会 三点', expected: '没有这个命令。发送“#帮助”查看可用命令。' },
    { who: 'u1', text: '#', expected: '请在 # 后输入命令，例如“#帮助”。' },
    { who: 'admin1', text: '/kick', expected: usage('remove') },
  ])('$who: "$text"', async ({ who, text, expected }) => {
    const w = await startCommandWorld({ people: PEOPLE });
    await appealed(w);
    const before = await w.store.cases.byRoom(ROOM);
    const group = answersTo(await w.ask(who, text), who);
    const dm = answersTo(await w.askDm(who, inDm(text)), who);
    expect(group).toEqual([expected]);
    expect(dm).toEqual([expected]);
    expect(await w.store.cases.byRoom(ROOM)).toEqual(before);
    await w.stop();
  });
});
