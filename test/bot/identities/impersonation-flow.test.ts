/**
 * Impersonation through the real plugin: a newcomer who takes a member's nickname,
 * or an executive's bare name someone else already uses, is reported to the admins
 * and never welcomed; a roster with an id column matches people by id.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyPolicy, dmsTo, openSecondRoom, roomSays, SALES_PEOPLE, startCommandWorld } from '../commands/command-world.js';

const IMPERSONATION = '可能是冒充';

describe('a look-alike newcomer is reported, never welcomed', { timeout: 60_000 }, () => {
  it.each([
    { why: 'the nickname of a member already in the group', nickname: '销售部-何静', reported: true },
    { why: 'a fresh nickname on the roster (the look-alike that must pass)', nickname: '销售部-许亮', reported: false },
  ])('$why → reported: $reported', async ({ nickname, reported }) => {
    const people = [...SALES_PEOPLE, { id: 'x1', name: nickname, member: false }];
    const w = await startCommandWorld({ people });
    const mark = w.mark();
    await w.join('x1', 'admin1');
    await w.advance(60_000);
    const actions = w.since(mark);
    const welcomed = roomSays(actions).some((a) => a.mentions.includes('x1'));
    const alerted = dmsTo(actions, 'admin1').some((d) => d.includes(IMPERSONATION));
    expect({ welcomed, alerted }).toEqual({ welcomed: !reported, alerted: reported });
    expect(roomSays(actions).some((a) => a.text.includes(IMPERSONATION))).toBe(false);
    await w.stop();
  });

  it('an executive’s bare name, already used by the executive in another group, is reported when someone else takes it', async () => {
    const people = [...SALES_PEOPLE, { id: 'boss', name: '王建国', member: false }, { id: 'x1', name: '王建国', member: false }];
    const w = await startCommandWorld({ people });
    await openSecondRoom(w, { id: 'board', topic: '总经办群', memberIds: ['admin1', 'boss'] });
    const mark = w.mark();
    await w.join('x1', 'u1');
    await w.advance(60_000);
    expect(dmsTo(w.since(mark), 'admin1').some((d) => d.includes('“王建国”是高管专用的称呼'))).toBe(true);
    expect(roomSays(w.since(mark)).some((a) => a.mentions.includes('x1') && a.text.includes('欢迎'))).toBe(false);
    await w.stop();
  });

  it.each([
    { why: 'the real 何静 (her id is on the roster) after she left and rejoined', id: 'u2', reported: false },
    { why: 'another account named 销售部-何静', id: 'x1', reported: true },
  ])('roster with a wxid column: $why → reported: $reported', async ({ id, reported }) => {
    const files = copyPolicy();
    writeFileSync(files.file('roster.csv'), 'name,department,wxid\n张三,销售部,admin1\n李四,销售部,u1\n何静,销售部,u2\n王建国,总经办,boss\n');
    const people = SALES_PEOPLE.map((p) => (p.id === 'u2' ? { ...p, member: false } : p)).concat(id === 'x1' ? [{ id: 'x1', name: '销售部-何静', member: false }] : []);
    const w = await startCommandWorld({ files, people });
    const mark = w.mark();
    await w.join(id, 'admin1');
    await w.advance(60_000);
    expect(dmsTo(w.since(mark), 'admin1').some((d) => d.includes(IMPERSONATION))).toBe(reported);
    await w.stop();
  });
});
