/** #我的ID: any member learns their own id, privately, in the group or in a private chat, with or without groups. */
import { describe, expect, it } from 'vitest';
import { answersTo, dmsTo, roomSays, SALES_PEOPLE, startCommandWorld } from '../commands/command-world.js';

describe('#我的ID', { timeout: 30_000 }, () => {
  it.each([
    { where: 'in the group', who: 'u1', group: true, text: '#我的ID' },
    { where: 'in the group, lower case', who: 'u2', group: true, text: '#我的id' },
    { where: 'in a private chat', who: 'u1', group: false, text: '#我的ID' },
    { where: 'in a private chat, English alias', who: 'admin1', group: false, text: '#whoami' },
    { where: 'in a private chat, not in any group', who: 'stranger', group: false, text: '#我的ID' },
  ])('$where: answered privately with the asker’s own id, nothing in the group', async ({ who, group, text }) => {
    const people = [...SALES_PEOPLE, { id: 'stranger', name: '陌生人' }];
    const w = await startCommandWorld({ people });
    const actions = group ? await w.ask(who, text) : await w.askDm(who, text);
    expect(roomSays(actions)).toEqual([]);
    const dms = dmsTo(actions, who);
    expect(dms).toHaveLength(1);
    expect(dms[0]).toContain(`你的微信 ID：${who}\n`);
    for (const other of people.filter((p) => p.id !== who)) expect(answersTo(actions, other.id)).toEqual([]);
    await w.stop();
  });
});
