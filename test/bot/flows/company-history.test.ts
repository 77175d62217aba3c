/**
 * Company-wide history through the real plugin: a member removed for violations from one
 * group is flagged when they join another (policy blocklist: notify | request_removal |
 * remove), and #记录 shows an admin a member's cases in every group, each line naming it.
 */
import { describe, expect, it } from 'vitest';
import { openViolationCase, type CaseRecord } from '../../../src/core/cases/index.js';
import { createMemoryStore } from '../../../src/store/index.js';
import { dmsTo, MINUTE, removals, roomSays, SALES_PEOPLE, startWorld, t } from './harness.js';
import { policyWith } from './test-policy.js';

const NEWCOMER = { id: 'n1', name: '销售部-许亮' };

/** n1's history in the marketing group: three strikes, removed by an admin's decision (on the day given). */
function removedFromMarketing(day = '2026-11-20'): CaseRecord {
  const c = openViolationCase(
    { id: 'C1', roomId: 'room-mkt', roomTopic: '市场部工作群', memberId: 'n1', memberName: '市场部-许亮', at: t(`${day} 10:00`) },
    { messageId: 'm-old', categories: ['gambling'], terms: ['赌博'], severity: 'high', excerpt: '▇▇', action: 'request_removal' },
  );
  return { ...c, status: 'closed', history: [...c.history, { type: 'decided', at: t(`${day} 11:00`), by: 'admin1', decision: 'remove' }] };
}

async function seeded(day?: string) {
  const store = createMemoryStore();
  await store.cases.add(removedFromMarketing(day));
  return store;
}

describe('a member removed elsewhere joins', { timeout: 60_000 }, () => {
  it('notify (default): the admins are told where and when, the member is not welcomed, nothing is said in the group about it', async () => {
    const w = await startWorld({ policy: policyWith(), store: await seeded(), people: [...SALES_PEOPLE, NEWCOMER] });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    const actions = w.since(mark);
    const alert = dmsTo(actions, 'admin1');
    expect(alert).toEqual([expect.stringContaining('· 曾因违规被移出“市场部工作群”（2026年11月20日，案件 C1）')]);
    expect(alert[0]).toContain('请决定：回复“#保留 C2”或“#移出 C2”。');
    expect(roomSays(actions).filter((s) => s.text.includes('欢迎'))).toEqual([]);
    expect(roomSays(actions).map((s) => s.text).join('')).not.toContain('移出');
    expect(removals(actions)).toEqual([]);
    await w.stop();
  });

  it('a removal long past every retention window is still found: the start-up archive keeps removals in the hot set', async () => {
    const w = await startWorld({ policy: policyWith(), store: await seeded('2025-09-01'), people: [...SALES_PEOPLE, NEWCOMER] });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    expect(dmsTo(w.since(mark), 'admin1')).toEqual([expect.stringContaining('· 曾因违规被移出“市场部工作群”（2025年9月1日，案件 C1）')]);
    expect(await w.store.cases.get('C1')).toMatchObject({ status: 'closed' });
    await w.stop();
  });

  it('remove, where the bot owns the group: removed at once and the admins told', async () => {
    const w = await startWorld({ policy: policyWith({ blocklist: 'remove' }), store: await seeded(), people: [...SALES_PEOPLE, NEWCOMER] });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    const actions = w.since(mark);
    expect(removals(actions)).toEqual([expect.objectContaining({ member: 'n1' })]);
    expect(dmsTo(actions, 'admin1')).toEqual([expect.stringContaining('已按群规自动移出')]);
    expect(await w.store.cases.get('C2')).toMatchObject({ kind: 'relevance', status: 'closed' });
    await w.stop();
  });

  it('remove, where the bot cannot: the admins are asked instead', async () => {
    const w = await startWorld({
      policy: policyWith({ blocklist: 'remove' }),
      store: await seeded(),
      people: [...SALES_PEOPLE, NEWCOMER],
      room: { id: 'room1', topic: '销售部工作群', owner: 'u2' },
    });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    const actions = w.since(mark);
    expect(removals(actions)).toEqual([]);
    expect(dmsTo(actions, 'admin1')).toEqual([expect.stringContaining('按群规建议移出：回复“#移出 C2”')]);
    await w.stop();
  });

  it('someone never removed anywhere is welcomed as usual', async () => {
    const w = await startWorld({ policy: policyWith({ blocklist: 'remove' }), people: [...SALES_PEOPLE, NEWCOMER] });
    const mark = w.mark();
    await w.join('n1', 'admin1');
    await w.advance(MINUTE);
    const actions = w.since(mark);
    expect(roomSays(actions)).toEqual([expect.objectContaining({ text: expect.stringContaining('欢迎 销售部-许亮') })]);
    expect(dmsTo(actions, 'admin1')).toEqual([]);
    await w.stop();
  });
});

describe('#记录 across the company', { timeout: 60_000 }, () => {
  it('lists the member\'s cases in every group to the admin who asks, privately', async () => {
    const w = await startWorld({ policy: policyWith(), store: await seeded(), people: [...SALES_PEOPLE, { ...NEWCOMER, member: true }] });
    await w.say('n1', '周末一起去赌博吗');
    await w.advance(MINUTE);
    const mark = w.mark();
    await w.say('admin1', '#记录 @销售部-许亮\u2005', ['n1']);
    await w.advance(MINUTE);
    const answer = dmsTo(w.since(mark), 'admin1');
    expect(answer).toHaveLength(1);
    expect(answer[0]).toContain('【群管家·记录】销售部-许亮 在 2 个群共有 2 起案件：');
    expect(answer[0]).toMatch(/· C2 11月23日 09:0\d “销售部工作群” 赌博/);
    expect(answer[0]).toContain('· C1 11月20日 10:00 “市场部工作群” 赌博');
    await w.stop();
  });
});
