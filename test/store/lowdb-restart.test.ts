import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DOCUMENT_VERSION } from '../../src/store/document.js';
import { openStore } from '../../src/store/lowdb-store.js';
import { stateEntry } from '../../src/store/state-entry.js';
import { DAY, makeAudit, makeCase, makeMember, makeRoom, NOW } from './fixtures.js';
import { readFolderOnDisk } from '../support/data-folder.js';
import { useTempDir } from '../support/temp-dir.js';

const LAST_DIGEST = stateEntry('lastDigestAt', z.number());

describe('lowdb store: restart', () => {
  const tmp = useTempDir();

  it('creates a fresh versioned file when none exists', async () => {
    const store = await openStore(tmp.dir);
    const doc = JSON.parse(await readFile(join(tmp.dir, 'qunguard.json'), 'utf8'));
    expect(doc).toMatchObject({ version: DOCUMENT_VERSION, nextCase: 1, cases: [] });
    await store.close();
  });

  it('keeps every flushed mutation across a reopen, and the case counter continues', async () => {
    const a = await openStore(tmp.dir);
    await a.cases.add(makeCase({ id: await a.cases.nextCaseId(), messageId: 'm1' }));
    await a.cases.nextCaseId(); // C2 handed out, never added: still never reused
    await a.cases.update('C1', (c) => void c.history.push({ type: 'overturned', at: NOW + 1, by: 'wxid_admin1' }));
    await a.members.upsert(makeMember({ memberId: 'u1' }));
    await a.members.markLeft('room1', 'u1');
    await a.rooms.upsert(makeRoom({ roomId: 'room1', paused: true }));
    await a.seen.markSeen('m1');
    await a.state.write(LAST_DIGEST, NOW);
    await a.audit.append(makeAudit());
    await a.flush();
    // No close(): a crash right after flush() must lose nothing.

    const b = await openStore(tmp.dir);
    expect((await b.cases.get('C1'))?.history.map((h) => h.type)).toEqual(['opened', 'overturned']);
    expect((await b.cases.findByMessageId('m1'))?.id).toBe('C1');
    expect(await b.cases.nextCaseId()).toBe('C3');
    expect((await b.members.get('room1', 'u1'))?.left).toBe(true);
    expect((await b.rooms.get('room1'))?.paused).toBe(true);
    expect(await b.seen.seen('m1')).toBe(true);
    expect(await b.state.read(LAST_DIGEST)).toBe(NOW);
    expect(await b.audit.list()).toEqual([makeAudit()]);
    await b.close();
  });

  it('uses a caller-chosen file name and archive directory', async () => {
    const a = await openStore(tmp.dir, { file: 'other.json', archiveDir: 'cold' });
    await a.cases.add(makeCase({ id: 'C1', at: NOW - 90 * DAY, status: 'closed' }));
    await a.archive(NOW);
    await a.close();
    await expect(readFile(join(tmp.dir, 'other.json'), 'utf8')).resolves.toContain('"nextCase":2');
    await expect(readFile(join(tmp.dir, 'cold', 'cases-2026-08.jsonl'), 'utf8')).resolves.toContain('"id":"C1"');
  });

  it('keeps archived cases out of the hot file across a reopen', async () => {
    const a = await openStore(tmp.dir);
    await a.cases.add(makeCase({ id: 'C1', at: NOW - 90 * DAY, status: 'closed' }));
    await a.cases.add(makeCase({ id: 'C2', at: NOW - 1 * DAY }));
    await a.archive(NOW);
    await a.close();
    const b = await openStore(tmp.dir);
    expect(readFolderOnDisk(tmp.dir).cases.map((c) => c.id)).toEqual(['C2']);
    expect((await b.cases.all()).map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(await b.cases.nextCaseId()).toBe('C3');
    await b.close();
  });
});
