/**
 * The second opinion and the allow-list proposals through the real bot: decisions
 * stored in a data folder are read back after a restart (the opinion keeps no copy
 * of its own), a likely false alarm reaches only the admins as a review request,
 * #确认 turns it into a warning, and #白名单 采纳 adds the proposed entry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confirmCase, openViolationCase, overturnCase, type CaseRecord } from '../../../src/core/cases/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { answersTo, dmsTo, roomSays, startCommandWorld, type CommandWorld } from '../commands/command-world.js';

const ROOM = 'room1@chatroom';
const INNOCENT = ['百家乐享今晚发版，测试组注意回归', '百家乐享登录页改版已提测', '百家乐享安卓包打好了，测试同学下载', '百家乐享压测报告发在文档里'];
const REAL = ['真人百家乐在线开户', '百家乐上分找我，带你回本', '线上百家乐平台二十四小时提现', '百家乐开台了，老板们下注'];

/** A decided case as the bot would have stored it: the term masked in the excerpt. */
async function decided(store: Store, text: string, label: 'overturned' | 'confirmed', i: number): Promise<CaseRecord> {
  const opened = openViolationCase(
    { id: await store.cases.nextCaseId(), roomId: ROOM, roomTopic: '销售部工作群', memberId: 'u2', memberName: '销售部-何静', at: 1_000 + i },
    { messageId: `seed-${label}-${i}`, categories: ['gambling'], terms: ['百家乐'], severity: 'high', excerpt: text.replace('百家乐', '▇▇▇'), action: 'warn' },
  );
  const act = { at: 2_000 + i, by: 'admin1' };
  const t = label === 'overturned' ? overturnCase(opened, act, '误报') : confirmCase(opened, act);
  if (!t.ok) throw new Error(t.refusal);
  await store.cases.add(t.case);
  return t.case;
}

/** Writes `falseAlarms` overturned and `confirmed` upheld cases into a data folder, as an earlier run of the bot would have. */
async function seedDataFolder(dir: string, falseAlarms: number, confirmed: number): Promise<void> {
  const store = await openStore(dir);
  for (let i = 0; i < falseAlarms; i++) await decided(store, INNOCENT[i % INNOCENT.length]!, 'overturned', i);
  for (let i = 0; i < confirmed; i++) await decided(store, REAL[i % REAL.length]!, 'confirmed', i);
  await store.flush();
  await store.close?.();
}

const dirs: string[] = [];
const worlds: CommandWorld[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) {
    await w.stop();
    await w.store.close(); // the lowdb store's last (lazy) write lands before the folder goes
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function restartedWorld(falseAlarms: number, confirmed: number): Promise<CommandWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'qunguard-learning-'));
  dirs.push(dir);
  await seedDataFolder(dir, falseAlarms, confirmed);
  const w = await startCommandWorld({ store: await openStore(dir) });
  worlds.push(w);
  return w;
}

describe('the second opinion, after a restart, from the decisions in the data folder', { timeout: 60_000 }, () => {
  it('10 overturned and 10 confirmed: the next code-name message is a private review request, nothing to the member or group', async () => {
    const w = await restartedWorld(10, 10);
    const actions = await w.ask('u1', '百家乐享积分兑换功能今晚上线，请测试同事回归');
    const id = `C21`;
    expect(await w.store.cases.get(id)).toMatchObject({ action: 'review', status: 'pending_decision', memberId: 'u1' });
    expect(dmsTo(actions, 'u1')).toEqual([]);
    expect(roomSays(actions)).toEqual([]);
    expect(dmsTo(actions, 'admin1')).toEqual([expect.stringContaining(`请回复“#撤销 ${id} 误报”确认误报，或“#确认 ${id}”按违规处理。`)]);

    const confirmed = await w.askDm('admin1', `#确认 ${id}`);
    expect(answersTo(confirmed, 'admin1')).toEqual([`已确认案件 ${id} 属实，计入违规次数，并已通知 销售部-李四。`]);
    expect(dmsTo(confirmed, 'u1')).toEqual([expect.stringContaining(`经管理员复核，确认涉及“赌博”，已记录为案件 ${id}`)]);
    expect(await w.store.cases.get(id)).toMatchObject({ status: 'open' });
  });

  it('a real one is still warned', async () => {
    const w = await restartedWorld(10, 10);
    const actions = await w.ask('u1', '百家乐真人荷官在线，充值就送');
    expect(await w.store.cases.get('C21')).toMatchObject({ action: 'warn', status: 'open' });
    expect(dmsTo(actions, 'u1')).toEqual([expect.stringContaining('已记录为案件 C21')]);
    expect(dmsTo(actions, 'admin1').filter((d) => d.includes('【群管家·复核】'))).toEqual([]);
  });

  it.each([
    { falseAlarms: 9, confirmed: 10 },
    { falseAlarms: 10, confirmed: 9 },
  ])('off with $falseAlarms overturned and $confirmed confirmed: the code name is warned as before', async ({ falseAlarms, confirmed }) => {
    const w = await restartedWorld(falseAlarms, confirmed);
    const id = `C${falseAlarms + confirmed + 1}`;
    const actions = await w.ask('u1', '百家乐享积分兑换功能今晚上线，请测试同事回归');
    expect(await w.store.cases.get(id)).toMatchObject({ action: 'warn' });
    expect(dmsTo(actions, 'u1')).toEqual([expect.stringContaining(`已记录为案件 ${id}`)]);
  });

  it('an admin overturning the review case teaches it too (retrained after the decision)', async () => {
    const w = await restartedWorld(10, 9);
    const first = await w.ask('u1', '百家乐享积分兑换功能今晚上线');
    expect(dmsTo(first, 'u1')).toHaveLength(1); // 9 confirmed: still off
    await w.ask('u2', '百家乐上分下分，找我');
    await w.askDm('admin1', '#撤销 C20 误报');
    await w.askDm('admin1', '#确认 C21');
    const next = await w.ask('u1', '百家乐享压测报告已更新');
    expect(await w.store.cases.get('C22')).toMatchObject({ action: 'review' });
    expect(dmsTo(next, 'u1')).toEqual([]);
  });
});

describe('#白名单 采纳: the digest\'s proposals, accepted in chat by a company-wide admin', { timeout: 60_000 }, () => {
  it('lists, adopts proposal 1 into the allow-list file, and the code name opens no case any more', async () => {
    const w = await restartedWorld(3, 0);
    const listed = answersTo(await w.askDm('admin1', '#白名单 采纳'), 'admin1');
    expect(listed).toEqual([expect.stringContaining('1. 建议加入白名单“百家乐享”（含“百家乐”的案件被撤销 3 起；会一并放过的已确认案件 0 起）')]);
    const digest = dmsTo(await w.askDm('admin1', '#周报'), 'admin1').find((d) => d.startsWith('【群管家·'));
    expect(digest).toContain('1. 建议加入白名单“百家乐享”');
    const adopted = answersTo(await w.askDm('admin1', '#白名单 采纳 1'), 'admin1');
    expect(adopted).toEqual([expect.stringContaining('已添加“百家乐享”')]);
    expect(w.files.read('allow.txt').split('\n')).toContain('百家乐享');
    const before = (await w.store.cases.byRoom(ROOM)).length;
    await w.ask('u1', '百家乐享今晚发版');
    expect(await w.store.cases.byRoom(ROOM)).toHaveLength(before);
    await w.ask('u1', '周末去百家乐玩两把');
    expect(await w.store.cases.byRoom(ROOM)).toHaveLength(before + 1);
    expect(answersTo(await w.askDm('admin1', '#白名单 采纳 1'), 'admin1')).toEqual(['目前没有白名单建议：还没有被多次撤销的词。']);
  });

  it.each([
    { who: 'admin1', text: '#白名单 采纳 7', want: '没有编号为 7 的白名单建议。当前建议：' },
    { who: 'u1', text: '#白名单 采纳 1', want: '仅限' },
  ])('$who: "$text" changes nothing', async ({ who, text, want }) => {
    const w = await restartedWorld(3, 0);
    const before = w.files.read('allow.txt');
    const answers = [...answersTo(await w.askDm(who, `${text} 销售部工作群`), who), ...answersTo(await w.ask(who, text), who)];
    expect(answers.some((a) => a.includes(want)), JSON.stringify(answers)).toBe(true);
    expect(w.files.read('allow.txt')).toBe(before);
  });
});
