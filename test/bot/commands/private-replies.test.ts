/**
 * Admin answers go to the admin: asked in the group, the details arrive privately
 * and the group sees one detail-free line (once, however many answers went); where
 * the bot may not message the admin privately, the answer stays in the group.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PRIVATE_REPLY_ACK } from '../../../src/bot/commands/command-handler.js';
import { dmsTo, MINUTE, roomSays, SALES_PEOPLE, startCommandWorld, type CommandWorld } from './command-world.js';

const GAMBLING = '周末一起去赌博吗';
let w: CommandWorld | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

describe('admin answers asked in the group', { timeout: 30_000 }, () => {
  it.each([
    { text: '#案件 C1', detail: '摘要：' },
    { text: '#记录 @u1', detail: '销售部-李四 在 1 个群共有 1 起案件' },
    { text: '#统计', detail: '按类别：赌博 1' },
    { text: '#词库 添加 新品代号 保密', detail: '新品代号' },
    { text: '#白名单 添加 年终评优名单', detail: '年终评优名单' },
    { text: '#帮助', detail: '#移出' },
  ])('$text: the details privately, the group one line without them', async ({ text, detail }) => {
    w = await startCommandWorld();
    await w.ask('u1', GAMBLING);
    const actions = await w.ask('admin1', text);
    expect(dmsTo(actions, 'admin1').join('\n')).toContain(detail);
    expect(roomSays(actions)).toEqual([expect.objectContaining({ text: PRIVATE_REPLY_ACK, mentions: [] })]);
  });

  it('a member still gets the member help in the group', async () => {
    w = await startCommandWorld();
    const actions = await w.ask('u1', '#帮助');
    expect(roomSays(actions)).toEqual([expect.objectContaining({ mentions: ['u1'], text: expect.stringContaining('#申诉') })]);
    expect(roomSays(actions)[0]!.text).not.toContain('#移出');
  });

  it('several answers in a row: the group hears one acknowledgement', async () => {
    w = await startCommandWorld();
    await w.ask('u1', GAMBLING);
    const mark = w.mark();
    await w.say('admin1', '#案件 C1');
    await w.say('admin1', '#统计');
    await w.advance(MINUTE);
    const actions = w.since(mark);
    expect(dmsTo(actions, 'admin1')).toHaveLength(2);
    expect(roomSays(actions)).toEqual([expect.objectContaining({ text: PRIVATE_REPLY_ACK })]);
  });

  it('an admin the bot may not message privately is answered in the group, as before', async () => {
    const people = SALES_PEOPLE.map((p) => (p.id === 'admin1' ? { ...p, friend: false } : p));
    w = await startCommandWorld({ people });
    await w.ask('u1', GAMBLING);
    const actions = await w.ask('admin1', '#案件 C1');
    expect(dmsTo(actions, 'admin1')).toEqual([]);
    expect(roomSays(actions)).toEqual([expect.objectContaining({ mentions: ['admin1'], text: expect.stringContaining('案件 C1：销售部-李四') })]);
  });
});
