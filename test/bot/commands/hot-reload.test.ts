/**
 * Dictionaries changed while the bot runs: #词库 and #白名单 edit the files of
 * a private policy copy and take effect on the next message; bad edits are
 * refused with the reason and leave the file and the running policy as they
 * were; a hand edit of a file is picked up by the holder's watcher.
 */
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersTo, startCommandWorld, type CommandWorld } from './command-world.js';
import { shrunkCategories } from '../../../src/bot/policy-holder.js';

const ROOM = 'room1@chatroom';
const casesOf = (w: CommandWorld, member: string) => w.store.cases.byMember(ROOM, member);

/** Real time: waits until `done()` holds, checking every 20 ms, for at most 5 s. */
async function waitUntil(done: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 5_000; !done(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('#词库 and #白名单 take effect at once', { timeout: 30_000 }, () => {
  it('#词库 添加 → the next message with the term is flagged and the file has it; #词库 删除 → no longer flagged', async () => {
    const w = await startCommandWorld();
    const original = w.files.read('confidential.txt');
    await w.ask('u1', '新品代号下周公布');
    expect(await casesOf(w, 'u1')).toEqual([]);

    const added = await w.ask('admin1', '#词库 添加 新品代号 confidential');
    expect(answersTo(added, 'admin1')).toEqual(['已添加“新品代号”（confidential.txt），立即生效']);
    expect(w.files.read('confidential.txt')).toBe(`${original.trimEnd()}\n新品代号\n`);
    await w.ask('u1', '新品代号下周公布');
    expect(await casesOf(w, 'u1')).toEqual([expect.objectContaining({ id: 'C1', categories: ['confidential'], terms: ['新品代号'] })]);

    const removed = await w.ask('admin1', '#dict remove 新品代号 confidential');
    expect(answersTo(removed, 'admin1')).toEqual(['已删除“新品代号”（confidential.txt），立即生效']);
    expect(w.files.read('confidential.txt').split('\n')).not.toContain('新品代号');
    await w.ask('u2', '新品代号下周公布');
    expect(await casesOf(w, 'u2')).toEqual([]);

    await w.ask('admin1', '#词库 删除 赌博 gambling'); // a shipped term can go too
    await w.ask('u2', '周末一起去赌博吗');
    expect(await casesOf(w, 'u2')).toEqual([]);
    expect((await w.store.audit.list()).map((e) => [e.by, e.action, e.target])).toEqual([
      ['admin1', 'dict_add', 'confidential'],
      ['admin1', 'dict_remove', 'confidential'],
      ['admin1', 'dict_remove', 'gambling'],
    ]);
    await w.stop();
  });

  it('#白名单 添加 cancels a hit it covers; #白名单 删除 brings it back', async () => {
    const w = await startCommandWorld();
    await w.ask('u1', '请转发反赌博宣传材料');
    expect(await casesOf(w, 'u1')).toHaveLength(1);
    expect(answersTo(await w.ask('admin1', '#白名单 添加 反赌博宣传'), 'admin1')).toEqual(['已添加“反赌博宣传”（allow.txt），立即生效']);
    expect(w.files.read('allow.txt').split('\n')).toContain('反赌博宣传');
    await w.ask('u2', '请转发反赌博宣传材料');
    expect(await casesOf(w, 'u2')).toEqual([]);
    await w.ask('u2', '周末一起去赌博吗'); // the term itself still counts
    expect(await casesOf(w, 'u2')).toHaveLength(1);
    expect(answersTo(await w.ask('admin1', '#allow remove 反赌博宣传'), 'admin1')).toEqual(['已删除“反赌博宣传”（allow.txt），立即生效']);
    await w.ask('u3', '请转发反赌博宣传材料');
    expect(await casesOf(w, 'u3')).toHaveLength(1);
    await w.stop();
  });
});

describe('a bad edit is refused with the reason; the file and the running policy stay', { timeout: 30_000 }, () => {
  it.each([
    { text: '#词库 添加 赌 gambling', reason: '词条 "赌" 太短或只有符号：每个词条至少要有 2 个文字或字母', action: 'dict_add_refused' },
    { text: '#词库 添加 ！？ ads', reason: '太短或只有符号', action: 'dict_add_refused' },
    { text: '#词库 添加 新品代号 porn', reason: '没有类别“色情”；可用类别：公司保密信息、赌博、广告/推广', action: 'dict_add_refused' },
    { text: '#词库 添加 赌博 gambling', reason: '“赌博”已在 gambling.txt 中', action: 'dict_add_refused' },
    { text: '#词库 删除 新品代号 confidential', reason: '“新品代号”不在 confidential.txt 中', action: 'dict_remove_refused' },
    { text: '#白名单 添加 废', reason: '词条 "废" 太短或只有符号', action: 'allow_add_refused' },
    { text: '#白名单 删除 不存在的词', reason: '“不存在的词”不在 allow.txt 中', action: 'allow_remove_refused' },
  ])('$text', async ({ text, reason, action }) => {
    const w = await startCommandWorld();
    const files = ['confidential.txt', 'gambling.txt', 'ads.txt', 'allow.txt'];
    const before = files.map((f) => w.files.read(f));
    const running = w.holder.current();
    const [answer] = answersTo(await w.ask('admin1', text), 'admin1');
    expect(answer).toContain(reason);
    expect(files.map((f) => w.files.read(f))).toEqual(before);
    expect(w.holder.current()).toBe(running);
    expect((await w.store.audit.list()).map((e) => e.action)).toEqual([action]);
    await w.ask('u1', '周末一起去赌博吗'); // still screened as before
    expect(await casesOf(w, 'u1')).toHaveLength(1);
    await w.stop();
  });

  it('an edit whose reload fails (the policy file was broken by hand meanwhile) restores the dictionary file', async () => {
    const w = await startCommandWorld();
    const running = w.holder.current();
    const dictionary = w.files.read('confidential.txt');
    writeFileSync(w.files.policyPath, `${w.files.read('policy.yaml')}\nunknown_key: 1\n`); // not watched: no reload yet
    const [answer] = answersTo(await w.ask('admin1', '#词库 添加 新品代号 confidential'), 'admin1');
    expect(answer).toMatch(/^修改被拒绝：/);
    expect(answer).toContain('unknown_key');
    expect(w.files.read('confidential.txt')).toBe(dictionary);
    expect(w.holder.current()).toBe(running);
    await w.ask('u1', '新品代号下周公布');
    expect(await casesOf(w, 'u1')).toEqual([]);
    await w.stop();
  });
});

describe('hand edits are picked up without a restart (holder.watch)', { timeout: 30_000 }, () => {
  it('appending a term, a refused bad line, then replacing the file as editors do', async () => {
    const w = await startCommandWorld();
    const stop = w.holder.watch(w.sim.handle.context()!.log);
    try {
      const file = w.files.file('confidential.txt');
      const terms = (): number => w.holder.current().screener.termCount;
      const start = terms();

      appendFileSync(file, '内部代号甲\n');
      await waitUntil(() => terms() === start + 1, 'the appended term');
      await w.ask('u1', '内部代号甲的进度');
      expect(await casesOf(w, 'u1')).toEqual([expect.objectContaining({ terms: ['内部代号甲'] })]);

      const good = w.holder.current();
      appendFileSync(file, '甲\n'); // one character: refused
      await waitUntil(() => w.logs.some((l) => l.msg === 'edited policy refused; the running policy stays'), 'the refusal');
      expect(w.holder.current()).toBe(good);
      expect(String(w.logs.find((l) => l.msg === 'edited policy refused; the running policy stays')?.error)).toContain('"甲"');
      await w.ask('u2', '内部代号甲的进度');
      expect(await casesOf(w, 'u2')).toHaveLength(1);

      const fixed = readFileSync(file, 'utf8').replace('甲\n', '').replace('内部代号甲\n', '内部代号乙\n');
      writeFileSync(`${file}.swp`, fixed);
      renameSync(`${file}.swp`, file); // a save by rename, as many editors do
      await waitUntil(() => w.holder.current() !== good, 'the replaced file');
      await w.ask('u3', '内部代号甲和内部代号乙');
      expect(await casesOf(w, 'u3')).toEqual([expect.objectContaining({ terms: ['内部代号乙'] })]);
    } finally {
      stop();
      await w.stop();
    }
  });
});

describe('hand edits that lose a dictionary, and files deleted and put back', { timeout: 30_000 }, () => {
  it('a dictionary emptied by a bad save is refused and the running lists stay; a deleted file put back is still watched', async () => {
    const w = await startCommandWorld();
    const stop = w.holder.watch(w.sim.handle.context()!.log);
    try {
      const file = w.files.file('confidential.txt');
      // A list of a realistic size first (the fixture's has three terms).
      appendFileSync(file, Array.from({ length: 12 }, (_, i) => `项目代号${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`).join('\n') + '\n');
      await waitUntil(() => w.holder.current().loaded.terms.some((t) => t.term === '项目代号丑'), 'the longer list');
      const original = readFileSync(file, 'utf8');
      const good = w.holder.current();
      const refusals = () => w.logs.filter((l) => l.msg === 'edited policy refused; the running policy stays');

      writeFileSync(file, '# 保密信息\n'); // truncated to its header
      await waitUntil(() => refusals().length > 0, 'the refusal');
      expect(w.holder.current()).toBe(good);
      expect(String(refusals()[0]?.error)).toMatch(/类别“confidential”从 \d+ 条减少到 0 条，少了一半以上/);
      await w.ask('u1', '项目代号甲的进度');
      expect(await casesOf(w, 'u1')).toHaveLength(1);

      // Deleted, then put back with one more term: the folder's watcher still sees it.
      rmSync(file);
      await new Promise((resolve) => setTimeout(resolve, 500));
      writeFileSync(file, `${original}内部代号丙\n`);
      await waitUntil(() => w.holder.current().loaded.terms.some((t) => t.term === '内部代号丙'), 'the file put back');
      await w.ask('u2', '内部代号丙的进度');
      expect(await casesOf(w, 'u2')).toEqual([expect.objectContaining({ terms: ['内部代号丙'] })]);
    } finally {
      stop();
      await w.stop();
    }
  });

  it('removing a few terms on purpose is not a shrink', () => {
    const before = { loaded: { terms: Array.from({ length: 12 }, (_, i) => ({ term: `词${i}`, category: 'ads', severity: 'medium' })) } };
    const after = { loaded: { terms: before.loaded.terms.slice(0, 7) } };
    const emptied = { loaded: { terms: before.loaded.terms.slice(0, 5) } };
    expect(shrunkCategories(before as never, after as never)).toEqual([]);
    expect(shrunkCategories(before as never, emptied as never)).toEqual([{ category: 'ads', before: 12, after: 5 }]);
  });
});
