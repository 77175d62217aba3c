/**
 * What every group shares — the dictionaries and the allow-list — only the policy's
 * company-wide admins may change. A member who creates a group and adds the bot owns
 * that group (and is its admin there), but cannot stop every group of the company
 * from flagging a term. The refusal is audited and logged.
 */
import { describe, expect, it } from 'vitest';
import { answersTo, openSecondRoom, startCommandWorld } from './command-world.js';

describe('shared dictionaries: company-wide admins only', { timeout: 30_000 }, () => {
  it.each([
    { text: '#词库 删除 赌博 gambling', file: 'gambling.txt' },
    { text: '#白名单 添加 绝密文件', file: 'allow.txt' },
  ])('the owner of a group of their own cannot "$text", privately, with or without naming the group', async ({ text, file }) => {
    const w = await startCommandWorld();
    await openSecondRoom(w, { id: 'own', topic: '周末羽毛球群', memberIds: ['u2', 'u1'], owner: 'u2', addedBy: 'u2' });
    const before = w.files.read(file);
    const terms = w.policy.screener.termCount;
    for (const ask of [() => w.askDm('u2', `${text} 周末羽毛球群`), () => w.askDm('u2', text)]) {
      const answers = answersTo(await ask(), 'u2');
      expect(answers).toEqual([expect.stringContaining('仅限公司管理员')]);
    }
    expect(w.files.read(file)).toBe(before);
    expect(w.policy.screener.termCount).toBe(terms);
    const denied = (await w.store.audit.list()).filter((e) => e.by === 'u2');
    expect(denied.map((e) => e.action)).toEqual([`denied:${text.startsWith('#词库') ? 'dict' : 'allow'}`, `denied:${text.startsWith('#词库') ? 'dict' : 'allow'}`]);
    expect(w.logs.filter((l) => l.msg === 'shared-file command refused for a group admin who is not a company admin' && l.memberId === 'u2')).toHaveLength(2);
    await w.stop();
  });

  it('a company-wide admin still edits the dictionary, and it applies at once', async () => {
    const w = await startCommandWorld();
    const answers = answersTo(await w.askDm('admin1', '#词库 添加 星河计划 confidential'), 'admin1');
    expect(answers).toEqual([expect.stringContaining('星河计划')]);
    expect(w.files.read('confidential.txt')).toContain('星河计划');
    await w.stop();
  });
});
