/**
 * The outbox as the bot uses it, through the real plugin on the mock puppet:
 * per-room pacing, warnings that pile up merged into one message, and sends
 * that fail without stopping the bot.
 */
import { describe, expect, it } from 'vitest';
import { PermanentSendError, type OutboxJob } from '../../../src/bot/outbox/index.js';
import { dmsTo, MINUTE, policyWith, roomSays, SALES_PEOPLE, startWorld, texts } from './harness.js';

/** Pacing, storage and membership are under test here, not segmentation: no jieba (see SegmenterChoice). */
const light = (overrides: Record<string, unknown> = {}) => policyWith(overrides, 'whole-message');

const GAMBLING = '周末一起去赌博吗';

describe('pacing and merging in a group', { timeout: 30_000 }, () => {
  it.each([
    { interval: '3s', ms: 3000 },
    { interval: '10s', ms: 10_000 },
  ])('warnings that pile up within the room interval ($interval) go out as one merged message', async ({ interval, ms }) => {
    const policy = light(interval === '3s' ? {} : { outbox: { room_interval: interval, per_minute: 20 } });
    const w = await startWorld({ policy });
    const start = w.clock.now(); // the bot's hello went out just now: the room must wait
    const mark = w.mark();
    for (const who of ['u1', 'u2', 'u3']) {
      await w.advance(400);
      await w.say(who, GAMBLING);
    }
    await w.advance(MINUTE);
    const says = roomSays(w.since(mark));
    expect(says).toHaveLength(1);
    expect(says[0]!.at).toBe(start + ms);
    expect(says[0]!.mentions).toEqual(['u1', 'u2', 'u3']);
    for (const line of ['销售部-李四，你的消息涉及“赌博”，违反群规（案件 C1）。', '销售部-何静，你的消息涉及“赌博”，违反群规（案件 C2）。', '市场部-马丽，你的消息涉及“赌博”，违反群规（案件 C3）。']) {
      expect(says[0]!.text).toContain(line);
    }
    expect(dmsTo(w.since(mark), 'u1')).toHaveLength(1); // private notices are not merged
    expect(dmsTo(w.since(mark), 'u2')).toHaveLength(1);
    await w.stop();
  });

  it.each([
    { interval: '3s', ms: 3000 },
    { interval: '10s', ms: 10_000 },
  ])('two messages into one group are at least the room interval ($interval) apart', async ({ interval, ms }) => {
    const policy = light(interval === '3s' ? {} : { outbox: { room_interval: interval, per_minute: 20 } });
    const w = await startWorld({ policy, people: [...SALES_PEOPLE, { id: 'n1', name: '销售部-许亮' }] });
    await w.advance(MINUTE);
    const mark = w.mark();
    await w.say('u1', GAMBLING); // goes out at once: the room has been quiet
    await w.advance(1000);
    await w.join('n1', 'admin1'); // a welcome, not mergeable with a warning
    await w.advance(MINUTE);
    const says = roomSays(w.since(mark));
    expect(says.map((s) => s.text.slice(0, 6))).toEqual(['销售部-李四', '欢迎 销售部']);
    expect(says[1]!.at - says[0]!.at).toBe(ms);
    await w.stop();
  });
});

describe('failing sends', { timeout: 30_000 }, () => {
  it('a send that fails once is retried with backoff and delivered once', async () => {
    let failed = 0;
    const failSend = (job: OutboxJob): Error | null =>
      job.kind === 'room_say' && job.text.includes('案件 C1') && failed++ === 0 ? new Error('network blip') : null;
    const w = await startWorld({ policy: light(), failSend });
    await w.advance(MINUTE);
    const mark = w.mark();
    const at = w.clock.now();
    await w.say('u1', GAMBLING);
    await w.advance(MINUTE);
    const says = roomSays(w.since(mark));
    expect(says).toHaveLength(1);
    expect(says[0]!.text).toContain('案件 C1');
    expect(says[0]!.at).toBeGreaterThan(at);
    const retry = w.logs.find((l) => l.msg === 'send failed, will retry');
    expect(retry).toMatchObject({ caseId: 'C1', kind: 'room_say', attempts: 1 });
    expect(JSON.stringify(w.logs)).not.toContain(GAMBLING);
    await w.stop();
  });

  it.each([
    { how: 'every time (retries run out)', error: () => new Error('contact unreachable'), attempts: 4 },
    { how: 'permanently', error: () => new PermanentSendError('blocked by the member'), attempts: 1 },
  ])('private notices to one member failing $how are logged, and the bot keeps working', async ({ error, attempts }) => {
    const failSend = (job: OutboxJob): Error | null => (job.kind === 'dm' && job.contactId === 'u1' ? error() : null);
    const w = await startWorld({ policy: light(), failSend });
    const mark = w.mark();
    await w.say('u1', '这份是绝密文件');
    await w.advance(MINUTE);
    await w.say('u2', GAMBLING);
    await w.advance(MINUTE);
    await w.say('u1', GAMBLING);
    await w.advance(MINUTE);
    const acts = w.since(mark);
    expect(dmsTo(acts, 'u1')).toEqual([]);
    expect(roomSays(acts).map((s) => s.mentions)).toEqual([['u1'], ['u2'], ['u1']]);
    expect(dmsTo(acts, 'u2')).toHaveLength(1);
    expect(dmsTo(acts, 'admin1')).toEqual([expect.stringContaining('C1'), expect.stringContaining('C3')]); // confidential, then the second case
    const givenUp = w.logs.filter((l) => l.msg === 'send failed, giving up');
    expect(givenUp.map((l) => [l.caseId, l.contactId, l.attempts])).toEqual([
      ['C1', 'u1', attempts],
      ['C3', 'u1', attempts],
    ]);
    expect(texts(acts).join('')).not.toContain('绝密');
    await w.stop();
  });
});
