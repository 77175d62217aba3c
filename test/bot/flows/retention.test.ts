/**
 * Store retention follows the policy's escalation window: a case closed by an admin
 * that still lies inside a 60-day window is never archived out of the ladder's count,
 * whatever the store's own default retention.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/store/index.js';
import { dmsTo, MINUTE, startWorld, t } from './harness.js';
import { policyWith } from './test-policy.js';

const GAMBLING = '周末一起去赌博吗';

describe('retention follows the longest escalation window', { timeout: 30_000 }, () => {
  it('a case closed 40 days ago still counts under a 60-day window after the start-up archive run', async () => {
    const store = createMemoryStore();
    const opened = t('2026-10-14 10:00');
    await store.cases.add({
      id: await store.cases.nextCaseId(), roomId: 'room1@chatroom', roomTopic: '销售部工作群', memberId: 'u1', memberName: '销售部-李四',
      messageId: 'old-1', kind: 'violation', categories: ['gambling'], terms: ['赌博'], severity: 'high', excerpt: '▇▇',
      action: 'request_removal', status: 'closed', at: opened, by: 'bot',
      history: [{ type: 'opened', at: opened, by: 'bot', action: 'request_removal' }, { type: 'decided', at: opened + MINUTE, by: 'admin1', decision: 'keep' }],
    });
    const policy = policyWith({ escalation: { window: '60d', steps: [{ count: 1, action: 'warn' }, { count: 2, action: 'warn_and_notify' }] } });
    const w = await startWorld({ store, policy, start: t('2026-11-23 09:00') });
    expect(await store.cases.get('C1')).toMatchObject({ status: 'closed' });
    const mark = w.mark();
    await w.say('u1', GAMBLING);
    await w.advance(MINUTE);
    expect(dmsTo(w.since(mark), 'u1')[0]).toContain('这是 60天 内第 2 次');
    await w.stop();
  });
});
