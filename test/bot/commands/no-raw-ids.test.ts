/** What people read names people and the bot in Chinese: no English fragments, no raw contact ids. */
import { afterEach, describe, expect, it } from 'vitest';
import type { BotAction } from '../../../src/sandbox/simulation.js';
import { dmsTo, SALES_PEOPLE, startCommandWorld, type CommandWorld } from './command-world.js';

const RAW = /wxid_|\b(bot|warn|remove|pending|open|closed|admin\d)\b/;
const said = (actions: readonly BotAction[]): string[] => actions.flatMap((a) => ('text' in a ? [a.text] : []));

let w: CommandWorld | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

describe('no English or raw ids in what people read', { timeout: 30_000 }, () => {
  it('a case history says 群管家 已警告 and names the admin by role', async () => {
    w = await startCommandWorld();
    await w.ask('u1', '周末一起去赌博吗'); // C1 by the bot
    await w.ask('admin1', '#警告 @u1 刷屏'); // C2 by an admin
    await w.askDm('u1', '#申诉 C2 没有刷屏');
    const c1 = dmsTo(await w.askDm('admin1', '#案件 C1'), 'admin1').join('\n');
    const c2 = dmsTo(await w.askDm('admin1', '#案件 C2'), 'admin1').join('\n');
    expect(c1).toMatch(/群管家 已警告/);
    expect(c2).toContain('手动警告（申诉中）');
    expect(c2).toMatch(/管理员 发出警告\n· .* 成员本人 提出申诉：没有刷屏/);
    for (const text of [c1, c2]) expect(text).not.toMatch(RAW);
  });

  it('someone the bot does not know, who removes the bot, is not named by id', async () => {
    const people = [...SALES_PEOPLE, { id: 'wxid_stranger9', name: '外部-某人', member: false }];
    w = await startCommandWorld({ people });
    const mark = w.mark();
    await w.removeBot('wxid_stranger9');
    const texts = said(w.since(mark));
    expect(texts.join('\n')).toContain('【群管家·退群】');
    for (const text of texts) expect(text).not.toMatch(/wxid_/);
  });
});
