/**
 * Issue 9 item 10: a full disk at start-up and while moderating, through the
 * real plugin on the mock puppet. The schedules install anyway (and the
 * start-up work is retried), and while cases cannot be written the bot still
 * warns and tells the admins the storage is failing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_FAILING_TEXT } from '../../src/bot/storage-alarm.js';
import { createMemoryStore, type Store } from '../../src/store/index.js';
import { dmsTo, HOUR, MINUTE, roomSays, SALES_PEOPLE, startWorld, warmUpScreening } from '../bot/flows/harness.js';

beforeAll(() => warmUpScreening(), 60_000);

/** A memory store whose writes fail with ENOSPC while `disk.full` is set: a flush, and a unit of work once applied. */
function storeOnDisk(): { store: Store; disk: { full: boolean } } {
  const store = createMemoryStore();
  const disk = { full: true };
  const noSpace = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const flush = store.flush.bind(store);
  const atomically = store.atomically.bind(store);
  Object.assign(store, {
    flush: async () => {
      if (disk.full) throw noSpace();
      await flush();
    },
    atomically: async <T>(work: Parameters<Store['atomically']>[0]): Promise<T> => {
      const result = (await atomically(work)) as T;
      if (disk.full) throw noSpace();
      return result;
    },
  });
  return { store, disk };
}

const people = [...SALES_PEOPLE, { id: 'm9', name: '许亮', member: true }];

describe('a full disk', { timeout: 60_000 }, () => {
  it.each([
    { fullAtStart: true, retried: true },
    { fullAtStart: false, retried: false },
  ])('at start-up does not stop scheduled work for good (full at start-up: $fullAtStart)', async ({ fullAtStart, retried }) => {
    const { store, disk } = storeOnDisk();
    disk.full = fullAtStart;
    const w = await startWorld({ store, people });
    disk.full = false;
    const mark = w.mark();
    await w.advance(2 * HOUR);
    const reminders = roomSays(w.since(mark)).filter((a) => a.mentions.includes('m9') && a.text.includes('群昵称'));
    expect(reminders.length).toBeGreaterThan(0);
    expect(w.logs.some((l) => l.msg === 'start-up work done on retry')).toBe(retried);
    expect(w.logs.some((l) => l.msg === 'scheduled job failed')).toBe(false);
    await w.stop();
  });

  it.each([
    { full: true, alarm: true },
    { full: false, alarm: false },
  ])('while moderating: the member is still warned; the admins hear of it when full ($full)', async ({ full, alarm }) => {
    const { store, disk } = storeOnDisk();
    disk.full = false;
    const w = await startWorld({ store });
    disk.full = full;
    const mark = w.mark();
    await w.say('u1', '周末一起去赌博吗');
    await w.advance(MINUTE);
    await w.say('u1', '周末一起去赌博吗？真的');
    await w.advance(MINUTE);
    const after = w.since(mark);
    expect(roomSays(after).length + dmsTo(after, 'u1').length).toBeGreaterThan(0);
    expect(dmsTo(after, 'admin1').filter((t) => t === STORAGE_FAILING_TEXT).length).toBe(alarm ? 1 : 0);
    expect((await w.store.cases.byRoom(w.sim.roomId)).filter((c) => c.kind === 'violation').length).toBeGreaterThan(0);
    await w.stop();
  });
});
