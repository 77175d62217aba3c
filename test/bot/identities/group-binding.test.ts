/**
 * Per-group policies are bound by room id: a member who renames their group to another
 * configured group's name does not take that group's policy (its admins, its rules);
 * an admin may; `groups[].room_id` pins an entry to a room. The admins are told.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersTo, copyPolicy, dmsTo, SALES_PEOPLE, startCommandWorld } from '../commands/command-world.js';

const RD = { id: 'rd_admin', name: '研发部-钱七' };
const rulesAnswer = async (w: Awaited<ReturnType<typeof startCommandWorld>>): Promise<string> => {
  return answersTo(await w.ask('u1', '#群规'), 'u1').join('\n');
};

describe('renaming a group to another configured group’s name', { timeout: 60_000 }, () => {
  it.each([
    { who: 'u1', byAdmin: false, rule: '禁止发布赌博', told: '改名的不是管理员，仍使用原来的策略“销售部工作群”', rdTold: false },
    { who: 'admin1', byAdmin: true, rule: '研发群只讨论研发事务', told: '现使用策略“研发部工作群”', rdTold: true },
  ])('renamed by $who → switches: $byAdmin', async ({ who, rule, told, rdTold }) => {
    const w = await startCommandWorld({ people: [...SALES_PEOPLE, RD] });
    const mark = w.mark();
    await w.setTopic('研发部工作群', who);
    await w.advance(60_000);
    expect(dmsTo(w.since(mark), 'admin1').some((d) => d.includes(told))).toBe(true);
    expect(dmsTo(w.since(mark), 'rd_admin').length > 0).toBe(rdTold);
    expect(await rulesAnswer(w)).toContain(rule);
    await w.stop();
  });

  it('groups[].room_id pins the entry to a room: another name, even an admin’s rename, keeps it', async () => {
    const files = copyPolicy();
    const text = readFileSync(files.policyPath, 'utf8').replace('  - { topic: 研发部工作群, departments: [研发部]', '  - { topic: 研发部工作群, room_id: room1@chatroom, departments: [研发部]');
    writeFileSync(files.policyPath, text);
    const w = await startCommandWorld({ files, people: [...SALES_PEOPLE, RD], room: { id: 'room1', topic: '随便一个群名' } });
    expect(await rulesAnswer(w)).toContain('研发群只讨论研发事务');
    await w.setTopic('销售部工作群', 'admin1');
    await w.advance(60_000);
    expect(await rulesAnswer(w)).toContain('研发群只讨论研发事务');
    await w.stop();
  });
});
