/**
 * The bot on the lowdb store: a restart keeps its state (case numbers, the
 * ladder, greetings, reminders, seen messages), and a corrupt data file stops
 * it rather than being overwritten.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { types } from 'wechaty';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_FILE, openStore, StoreCorruptError, type CorruptReason } from '../../../src/store/index.js';
import { dmsTo, MINUTE, policyWith, SALES_PEOPLE, startWorld, t } from './harness.js';

/** Pacing, storage and membership are under test here, not segmentation: no jieba (see SegmenterChoice). */
const light = (overrides: Record<string, unknown> = {}) => policyWith(overrides, 'whole-message');

const GAMBLING = '周末一起去赌博吗';
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'qunguard-store-flow-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a restart keeps the bot’s state', { timeout: 30_000 }, () => {
  it('case numbers continue, escalation counts the earlier cases, no second hello or first reminder, seen messages stay seen', async () => {
    const dir = tempDir();
    const people = [...SALES_PEOPLE, { id: 'n1', name: '许亮' }];
    const first = await startWorld({ policy: light(), store: await openStore(dir), people });
    await first.join('n1', 'admin1');
    await first.advance(MINUTE);
    await first.say('u1', GAMBLING);
    await first.advance(MINUTE);
    const seenId = first.messageIds.at(-1)!;
    await first.say('u1', GAMBLING);
    await first.advance(MINUTE);
    expect((await first.store.cases.byRoom(first.sim.roomId)).map((c) => [c.id, c.action])).toEqual([
      ['C1', 'warn'],
      ['C2', 'warn_and_notify'],
    ]);
    await first.stop();
    await first.store.close();

    // A new process: a new Wechaty, a new puppet, the same data directory, ten minutes later.
    const second = await startWorld({ policy: light(), store: await openStore(dir), people: people.map((p) => (p.id === 'n1' ? { ...p, member: true } : p)), start: t('2026-11-23 09:15') });
    expect(second.actions).toEqual([]); // no second hello, no repeated first reminder for n1, no repeated audit
    const mark = second.mark();
    await second.say('u1', GAMBLING);
    await second.advance(MINUTE);
    const third = (await second.store.cases.byMember(second.sim.roomId, 'u1')).at(-1)!;
    expect(third).toMatchObject({ id: 'C3', action: 'remove' });
    expect(dmsTo(second.since(mark), 'u1')[0]).toContain('这是 1天 内第 3 次');

    // The first process's message, delivered again to the new one (same id): no new case.
    second.sim.puppet.mocker.MessageMock.create({ id: seenId, talkerId: 'u2', roomId: second.sim.roomId, mentionIdList: [], timestamp: second.clock.now(), type: types.Message.Text, text: GAMBLING } as never);
    const again = second.mark();
    await second.redeliver(seenId);
    await second.advance(MINUTE);
    expect(second.since(again)).toEqual([]);
    expect(await second.store.cases.byRoom(second.sim.roomId)).toHaveLength(3);
    await second.stop();
    await second.store.close();
  });
});

describe('a corrupt data file', () => {
  /** A real data file written by the store, to corrupt in realistic ways. */
  async function realFile(dir: string): Promise<string> {
    const store = await openStore(dir);
    await store.rooms.upsert({ roomId: 'room1@chatroom', topic: '销售部工作群', paused: false, botIsMember: true, botCanRemove: true, greetedAt: 1 });
    await store.close();
    return readFileSync(join(dir, DEFAULT_DATA_FILE), 'utf8');
  }

  it.each<{ what: string; reason: CorruptReason; corrupt: (good: string) => string }>([
    { what: 'cut off half way (a crash mid-write)', reason: 'invalid_json', corrupt: (good) => good.slice(0, Math.floor(good.length / 2)) },
    { what: 'not JSON at all', reason: 'invalid_json', corrupt: () => '\u0000\u0000garbage' },
    { what: 'JSON of the wrong shape', reason: 'wrong_shape', corrupt: (good) => JSON.stringify({ ...JSON.parse(good), rooms: 'none' }) },
    { what: 'from a newer version', reason: 'unsupported_version', corrupt: (good) => JSON.stringify({ ...JSON.parse(good), version: 99 }) },
  ])('$what → openStore rejects with StoreCorruptError and leaves the file as it was', async ({ reason, corrupt }) => {
    const dir = tempDir();
    const bad = corrupt(await realFile(dir));
    const file = join(dir, DEFAULT_DATA_FILE);
    writeFileSync(file, bad);
    const before = readdirSync(dir).sort();
    const err = await openStore(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect(err).toMatchObject({ reason, file });
    expect((err as Error).message).toContain('文件已原样保留');
    expect(readFileSync(file, 'utf8')).toBe(bad);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
