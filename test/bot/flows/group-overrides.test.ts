/**
 * Per-group weighing through the real plugin: a group may switch a detector off, give a
 * category another severity, and a group with people not on the roster (a customer, a
 * supplier) raises confidential and personal-data findings and always tells the admins.
 */
import { describe, expect, it } from 'vitest';
import { dmsTo, MINUTE, roomSays, SALES_PEOPLE, startWorld, type World } from './harness.js';
import { policyWith } from './test-policy.js';

const CUSTOMER = { id: 'c1', name: '华信科技-王总', member: true };
const PHONE = '客户电话 13812345678，你们今天打一下';

async function say(w: World, who: string, text: string) {
  const mark = w.mark();
  await w.say(who, text);
  await w.advance(MINUTE);
  return w.since(mark);
}

describe('outsiders in the group', { timeout: 60_000 }, () => {
  it('a mobile number where a customer can read it reaches the admins, who are told outsiders are there', async () => {
    const w = await startWorld({ policy: policyWith(), people: [...SALES_PEOPLE, CUSTOMER] });
    await say(w, 'c1', '大家好，我是华信的王总');
    const actions = await say(w, 'u1', PHONE);
    const alert = dmsTo(actions, 'admin1');
    expect(alert).toHaveLength(1);
    expect(alert[0]).toContain('类别：手机号');
    expect(alert[0]).toContain('注意：群内有 1 位不在花名册上的成员（客户、供应商或其他外部人员），内容可能已被他们看到。');
    expect(alert[0]).not.toContain('13812345678');
    const c = (await w.store.cases.byMember(w.sim.roomId, 'u1'))[0]!;
    expect(c.severity).toBe('high');
    await w.stop();
  });

  it('among colleagues only, the same number is a first warning to the member and nothing to the admins', async () => {
    const w = await startWorld({ policy: policyWith(), people: SALES_PEOPLE });
    const actions = await say(w, 'u1', PHONE);
    expect(dmsTo(actions, 'admin1')).toEqual([]);
    expect(dmsTo(actions, 'u1')).toEqual([expect.stringContaining('案件 C1')]);
    expect((await w.store.cases.byMember(w.sim.roomId, 'u1'))[0]!.severity).toBe('medium');
    await w.stop();
  });

  it('gambling talk is not what the outsiders rule covers: no alert, no outsiders line', async () => {
    const w = await startWorld({ policy: policyWith(), people: [...SALES_PEOPLE, CUSTOMER] });
    await say(w, 'c1', '大家好，我是华信的王总');
    const actions = await say(w, 'u1', '周末一起去赌博吗');
    expect(dmsTo(actions, 'admin1')).toEqual([]);
    await w.stop();
  });

  it('a group that switched the rule off hears nothing extra', async () => {
    const policy = policyWith({ groups: [{ topic: '销售部工作群', departments: ['销售部', '市场部'], outsiders: null }] });
    const w = await startWorld({ policy, people: [...SALES_PEOPLE, CUSTOMER] });
    await say(w, 'c1', '大家好，我是华信的王总');
    expect(dmsTo(await say(w, 'u1', PHONE), 'admin1')).toEqual([]);
    await w.stop();
  });
});

describe('per-group screen settings', { timeout: 60_000 }, () => {
  it('a sales group that switched the mobile-number detector off opens no case for a number', async () => {
    const policy = policyWith({ groups: [{ topic: '销售部工作群', departments: ['销售部', '市场部'], screen: { cn_mobile: 'off' } }] });
    const w = await startWorld({ policy, people: SALES_PEOPLE });
    const actions = await say(w, 'u1', PHONE);
    expect(actions).toEqual([]);
    expect(await w.store.cases.byRoom(w.sim.roomId)).toEqual([]);
    // Everything else is still screened there.
    expect(roomSays(await say(w, 'u1', '周末一起去赌博吗'))).toHaveLength(1);
    await w.stop();
  });

  it('a group with its own severity and ladder: the first strike already tells the admins', async () => {
    const policy = policyWith({
      groups: [{ topic: '销售部工作群', departments: ['销售部', '市场部'], screen: { gambling: 'critical' }, escalation: { steps: [{ count: 1, action: 'warn_and_notify' }] } }],
    });
    const w = await startWorld({ policy, people: SALES_PEOPLE });
    const actions = await say(w, 'u1', '周末一起去赌博吗');
    expect(dmsTo(actions, 'admin1')).toEqual([expect.stringContaining('处理：警告并通知管理员')]);
    expect((await w.store.cases.byMember(w.sim.roomId, 'u1'))[0]).toMatchObject({ severity: 'critical', action: 'warn_and_notify' });
    await w.stop();
  });
});
