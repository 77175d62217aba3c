/**
 * The shipped defaults through the real plugin: the group sees one name-free rule
 * reminder (merged per group), the member hears everything privately; a burst of hits
 * is one strike with one notice; a low-severity category never leads to removal.
 */
import { describe, expect, it } from 'vitest';
import { dmsTo, MINUTE, roomSays, startWorld, t, type World } from './harness.js';
import { policyWith } from './test-policy.js';

const DEFAULTS = { notice: { group: 'neutral' }, escalation: { window: '30d', burst: '10m', notify_always: ['confidential'] } };

async function say(w: World, who: string, text: string) {
  const mark = w.mark();
  await w.say(who, text);
  await w.advance(MINUTE);
  return w.since(mark);
}

describe('who hears what, by default', { timeout: 60_000 }, () => {
  it('the group gets a name-free reminder of the rule, merged for two members; each member is told privately', async () => {
    const w = await startWorld({ policy: policyWith(DEFAULTS) });
    const mark = w.mark();
    await w.say('u1', '周末一起去赌博吗');
    await w.say('u2', '周末一起去赌博吗？');
    await w.advance(MINUTE);
    const actions = w.since(mark);
    const group = roomSays(actions);
    expect(group).toHaveLength(1);
    expect(group[0]).toMatchObject({ mentions: [] });
    expect(group[0]!.text).toBe('【群规提醒】\n请勿在群内发送涉及“赌博”的内容。\n详情已私信相关成员。');
    expect(group[0]!.text).not.toMatch(/李四|王五|销售部-/);
    expect(dmsTo(actions, 'u1')).toEqual([expect.stringContaining('案件 C1')]);
    expect(dmsTo(actions, 'u2')).toEqual([expect.stringContaining('案件 C2')]);
    for (const text of [...group.map((g) => g.text), ...dmsTo(actions, 'u1')]) expect(text).not.toContain('2 分钟');
    await w.stop();
  });

  it('named groups still name the member (per-group notice.group: named)', async () => {
    const w = await startWorld({ policy: policyWith({ ...DEFAULTS, notice: { group: 'named' } }) });
    const group = roomSays(await say(w, 'u1', '周末一起去赌博吗'));
    expect(group).toEqual([expect.objectContaining({ mentions: ['u1'], text: expect.stringContaining('违反群规（案件 C1）') })]);
    await w.stop();
  });

  it('off: nothing in the group for a member who can be told privately', async () => {
    const w = await startWorld({ policy: policyWith({ ...DEFAULTS, notice: { group: 'off' } }) });
    const actions = await say(w, 'u1', '周末一起去赌博吗');
    expect(roomSays(actions)).toEqual([]);
    expect(dmsTo(actions, 'u1')).toHaveLength(1);
    await w.stop();
  });
});

describe('a burst counts once', { timeout: 60_000 }, () => {
  it('three hits within ten minutes: three cases on record, one strike, one notice; the next one an hour later is strike 2', async () => {
    const w = await startWorld({ policy: policyWith(DEFAULTS), start: t('2026-11-23 09:00') });
    const burst = [...(await say(w, 'u1', '周末一起去赌博吗')), ...(await say(w, 'u1', '赌博真好玩')), ...(await say(w, 'u1', '来赌博'))];
    expect((await w.store.cases.byMember(w.sim.roomId, 'u1')).map((c) => c.action)).toEqual(['warn', 'none', 'none']);
    expect(dmsTo(burst, 'u1')).toHaveLength(1);
    expect(roomSays(burst)).toHaveLength(1);
    await w.advanceTo(t('2026-11-23 10:30'));
    const later = await say(w, 'u1', '周末一起去赌博吗');
    expect(dmsTo(later, 'u1')[0]).toContain('这是 30天 内第 2 次');
    await w.stop();
  });
});

describe('severity weighs on the ladder', { timeout: 60_000 }, () => {
  it('three rumours (low) a day apart never remove anyone, where three gambling messages (high) ask for removal', async () => {
    const steps = [{ count: 1, action: 'warn' }, { count: 2, action: 'warn_and_notify' }, { count: 3, action: 'remove' }];
    const dictionaries = [
      { file: '../../../dictionaries/gambling.txt', category: 'gambling', severity: 'high' },
      { file: '../../../dictionaries/rumour.txt', category: 'rumour', severity: 'low' },
      { file: '../../../dictionaries/confidential.txt', category: 'confidential', severity: 'high' },
    ];
    const w = await startWorld({ policy: policyWith({ ...DEFAULTS, dictionaries, escalation: { ...DEFAULTS.escalation, steps } }), start: t('2026-11-23 10:00') });
    for (const day of ['2026-11-23 10:00', '2026-11-24 10:00', '2026-11-25 10:00']) {
      await w.advanceTo(t(day));
      await say(w, 'u1', '听说要裁员了？');
      await say(w, 'u2', '周末一起去赌博吗');
    }
    const actions = async (who: string) => (await w.store.cases.byMember(w.sim.roomId, who)).map((c) => c.action);
    expect(await actions('u1')).toEqual(['warn', 'warn_and_notify', 'warn_and_notify']);
    expect(await actions('u2')).toEqual(['warn', 'warn_and_notify', 'remove']);
    await w.stop();
  });
});
