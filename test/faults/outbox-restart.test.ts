/**
 * Issue 9 item 7: the outbox is durable. Jobs queued with a case are kept in
 * the store until their send is confirmed; a restart (on the lowdb store,
 * through the real plugin) sends what was not confirmed; member notices older
 * than outbox.resend_within (6h) are dropped and the admins told; admin alerts
 * are never dropped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { dmsTo, HOUR, MINUTE, MONDAY_9AM, roomSays, startWorld, warmUpScreening } from '../bot/flows/harness.js';

beforeAll(() => warmUpScreening(), 60_000);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const DOWN = new Error('network down');

describe('a restart before the warnings went out', { timeout: 60_000 }, () => {
  it.each([
    { name: 'back after 10 minutes: everything is sent', downFor: 10 * MINUTE, memberNotices: true },
    { name: 'back after 2 days: member notices dropped, admins told, the admin alert still sent', downFor: 48 * HOUR, memberNotices: false },
  ])('$name', async ({ downFor, memberNotices }) => {
    const dir = mkdtempSync(join(tmpdir(), 'qunguard-outbox-restart-'));
    dirs.push(dir);
    // First run: the platform refuses every send (transient), so nothing is confirmed before the bot stops.
    const first = await startWorld({ store: await openStore(dir), failSend: () => DOWN, outbox: { maxAttempts: 1000 } });
    // A second offence after the burst window: the member is warned and the admins alerted (case C2).
    await first.say('u1', '周末一起去赌博吗');
    await first.advance(15 * MINUTE);
    await first.say('u1', '周末一起去赌博吗，真的');
    await first.advance(5_000);
    const caseId = (await first.store.cases.byMember(first.sim.roomId, 'u1')).at(-1)?.id;
    expect(caseId).toBeDefined();
    expect(first.actions.filter((a) => a.kind !== 'remove' && a.text.includes(caseId!))).toEqual([]);
    await first.stop();
    await first.store.close();

    const second = await startWorld({ store: await openStore(dir), start: MONDAY_9AM + 15 * MINUTE + 5_000 + downFor });
    await second.advance(2 * MINUTE);
    const warned = [...roomSays(second.actions).filter((a) => a.mentions.includes('u1')), ...dmsTo(second.actions, 'u1').map((text) => ({ text }))];
    // (after 2 days the case has also expired: that notice is new, not a late warning)
    expect(warned.some((a) => a.text.includes(caseId!) && !a.text.includes('不再计入违规次数'))).toBe(memberNotices);
    const toAdmin = dmsTo(second.actions, 'admin1');
    expect(toAdmin.some((t) => t.includes('【群管家·') && t.includes(caseId!) && !t.includes('未发出的提醒'))).toBe(true);
    expect(toAdmin.some((t) => t.includes('未发出的提醒') && t.includes(caseId!))).toBe(!memberNotices);
    await second.stop();
    await second.store.close();

    // A third start sends nothing again: every job was confirmed or dropped.
    const third = await startWorld({ store: await openStore(dir), start: MONDAY_9AM + 15 * MINUTE + downFor + HOUR });
    await third.advance(2 * MINUTE);
    expect(third.actions.filter((a) => a.kind !== 'remove' && a.text.includes(caseId!) && !a.text.includes('不再计入违规次数'))).toEqual([]);
    await third.stop();
    await third.store.close();
  });
});
