import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/lowdb-store.js';
import { DAY, makeCase, NOW } from './fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

/** A case as written before history events were typed. */
function legacyCase(id: string, at: number, status: string, history: { at: number; by: string; what: string; note?: string }[]) {
  return { ...makeCase({ id, at }), status, history };
}

describe('data files from before typed case events', () => {
  const tmp = useTempDir();

  it('hot and archived cases load with their free-text history migrated, and nothing is lost', async () => {
    const hot = legacyCase('C2', NOW - DAY, 'appealed', [
      { at: NOW - DAY, by: 'bot', what: 'opened: warn' },
      { at: NOW - DAY + 1, by: 'u1', what: 'appealed', note: '我只是转发通知' },
    ]);
    const archived = legacyCase('C1', NOW - 90 * DAY, 'overturned', [
      { at: NOW - 90 * DAY, by: 'bot', what: 'opened: warn_and_notify' },
      { at: NOW - 89 * DAY, by: 'wxid_admin1', what: 'overturned', note: '误报' },
    ]);
    await writeFile(join(tmp.dir, 'qunguard.json'), JSON.stringify({
      version: 1, nextCase: 3, cases: [hot], members: [], rooms: [], seen: [], state: {}, audit: [],
    }));
    await mkdir(join(tmp.dir, 'archive'));
    const month = new Date(NOW - 90 * DAY).toISOString().slice(0, 7);
    await writeFile(join(tmp.dir, 'archive', `cases-${month}.jsonl`), `${JSON.stringify(archived)}\n`);

    const store = await openStore(tmp.dir);
    expect((await store.cases.get('C2'))?.history).toEqual([
      { type: 'opened', at: NOW - DAY, by: 'bot', action: 'warn' },
      { type: 'appealed', at: NOW - DAY + 1, by: 'u1', reason: '我只是转发通知' },
    ]);
    const all = await store.cases.all();
    expect(all.map((c) => [c.id, c.history.map((e) => e.type)])).toEqual([
      ['C1', ['opened', 'overturned']],
      ['C2', ['opened', 'appealed']],
    ]);
    expect(await store.cases.nextCaseId()).toBe('C3');
    await store.close();
  });
});

describe('data files with the retired room counter', () => {
  const tmp = useTempDir();

  it('a room written with `screened` loads, and the field is not written back', async () => {
    const room = { roomId: 'room1', topic: '销售部工作群', paused: false, botIsMember: true, botCanRemove: true, greetedAt: NOW, screened: 1234 };
    await writeFile(join(tmp.dir, 'qunguard.json'), JSON.stringify({ version: 1, nextCase: 1, cases: [], members: [], rooms: [room], seen: [], state: {}, audit: [] }));
    const store = await openStore(tmp.dir);
    expect(await store.rooms.get('room1')).toEqual({ roomId: 'room1', topic: '销售部工作群', paused: false, botIsMember: true, botCanRemove: true, greetedAt: NOW });
    await store.rooms.update('room1', { paused: true });
    await store.close();
    expect(JSON.parse(await readFile(join(tmp.dir, 'qunguard.json'), 'utf8')).rooms[0]).not.toHaveProperty('screened');
  });
});
