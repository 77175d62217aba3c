/**
 * Issue 9 item 3: a member copies a colleague's group nickname; a command that
 * names a member by text and matches several must ask which one, never act on
 * the first match. Through the real plugin on the mock puppet.
 */
import { describe, expect, it } from 'vitest';
import { removals, SALES_PEOPLE } from './command-world.js';
import { answersTo, startCommandWorld } from './command-world.js';

const IMPOSTOR = { id: 'u9', name: '小何', alias: '销售部-何静', member: true };

describe('a command that names a member by text', { timeout: 30_000 }, () => {
  it.each([
    { name: 'two members called 销售部-何静: asks, removes nobody', impostor: true, command: '#移出 销售部-何静', removed: [] as string[], asks: true },
    { name: 'only the real 销售部-何静: removes her', impostor: false, command: '#移出 销售部-何静', removed: ['u2'], asks: false },
    { name: 'the second of the two, by its number in the question', impostor: true, command: '#移出 销售部-何静/2', removed: ['u9'], asks: false },
    { name: 'an @-mention is never ambiguous', impostor: true, command: '#移出 @u9', removed: ['u9'], asks: false },
    { name: '#记录 by a shared name asks too', impostor: true, command: '#记录 销售部-何静', removed: [], asks: true },
    { name: '#警告 by a shared name asks and opens no case', impostor: true, command: '#警告 销售部-何静 请注意言辞', removed: [], asks: true },
  ])('$name', async ({ impostor, command, removed, asks }) => {
    const people = impostor ? [...SALES_PEOPLE, IMPOSTOR] : SALES_PEOPLE;
    const w = await startCommandWorld({ people, room: { id: 'room1', topic: '销售部工作群', owner: 'bot' } });
    const actions = await w.ask('admin1', command);
    expect(removals(actions).map((r) => r.member)).toEqual(removed);
    const answers = answersTo(actions, 'admin1');
    const question = answers.find((a) => a.startsWith('有 2 位成员都叫“销售部-何静”'));
    expect(question !== undefined).toBe(asks);
    if (question) {
      expect(question).toContain('微信名：销售部-何静');
      expect(question).toContain('微信名：小何');
      expect(question).not.toMatch(/u2|u9/);
      expect(answers).toHaveLength(1);
      expect((await w.store.cases.byMember(w.sim.roomId, 'u2')).concat(await w.store.cases.byMember(w.sim.roomId, 'u9'))).toEqual([]);
    }
    await w.stop();
  });
});
