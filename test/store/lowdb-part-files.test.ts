/**
 * Issue 12 item 4: each group's members and each day's cases live in files of their own and only a changed part's file
 * is written; the hot file names the current files, so a reopen reads exactly what was flushed, an old single-file
 * folder is migrated, and a missing or damaged part file is refused and kept, like a damaged hot file.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION, emptyDocument } from '../../src/store/document.js';
import { StoreCorruptError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/lowdb-store.js';
import { CASE_PARTS, caseBlock, MEMBER_PARTS, SEEN_BLOCK, seenBlock, STATE_BUCKETS, stateBucket } from '../../src/store/parted-tables.js';
import { readFolderOnDisk } from '../support/data-folder.js';
import { stateEntry } from '../../src/store/state-entry.js';
import { z } from 'zod';
import { partFileName } from '../../src/store/table-files.js';

const MEMBER_DIR = MEMBER_PARTS.dir;
import { DAY, makeCase, makeMember, NOW } from './fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

interface HotOnDisk {
  version: number;
  members: unknown[];
  memberFiles: Record<string, string>;
  caseFiles: Record<string, string>;
  stateFiles: Record<string, string>;
  seenFiles: Record<string, string>;
}

const readHot = async (dir: string): Promise<HotOnDisk> => JSON.parse(await readFile(join(dir, 'qunguard.json'), 'utf8')) as HotOnDisk;
const memberDirNames = async (dir: string): Promise<string[]> => (await readdir(join(dir, MEMBER_DIR)).catch(() => [])).sort();

/** Three groups of two members each, flushed. */
async function threeGroups(dir: string) {
  const store = await openStore(dir);
  for (const roomId of ['room-a', 'room-b', 'room-c']) {
    for (const memberId of ['u1', 'u2']) await store.members.upsert(makeMember({ roomId, memberId }));
  }
  await store.flush();
  return store;
}

describe('lowdb store: members in one file per group', () => {
  const tmp = useTempDir();

  it('keeps members out of the hot file, one named file per group, and reads them back', async () => {
    const store = await threeGroups(tmp.dir);
    await store.close();
    const hot = await readHot(tmp.dir);
    expect(hot.version).toBe(DOCUMENT_VERSION);
    expect(hot.members).toEqual([]);
    expect(Object.keys(hot.memberFiles).sort()).toEqual(['room-a', 'room-b', 'room-c']);
    expect((await memberDirNames(tmp.dir)).map((n) => `${MEMBER_DIR}/${n}`).sort()).toEqual(Object.values(hot.memberFiles).sort());
    const reopened = await openStore(tmp.dir);
    expect((await reopened.members.list()).map((m) => `${m.roomId}/${m.memberId}`).sort()).toEqual(['room-a/u1', 'room-a/u2', 'room-b/u1', 'room-b/u2', 'room-c/u1', 'room-c/u2']);
    await reopened.close();
  });

  it.each([
    ['a case', async (s: Awaited<ReturnType<typeof openStore>>) => s.cases.add(makeCase({ id: 'C1' }))],
    ['a dedup id', async (s: Awaited<ReturnType<typeof openStore>>) => void (await s.seen.markSeen('m1'))],
    ['a member of room-b', async (s: Awaited<ReturnType<typeof openStore>>) => void (await s.members.update('room-b', 'u1', { nickname: '市场部-李四' }))],
  ])('a change to %s rewrites no other group\'s member file', async (label, change) => {
    const store = await threeGroups(tmp.dir);
    const before = (await readHot(tmp.dir)).memberFiles;
    const mtimes = new Map(await Promise.all(Object.values(before).map(async (n) => [n, (await stat(join(tmp.dir, n))).mtimeMs] as const)));
    await change(store);
    await store.flush();
    const after = (await readHot(tmp.dir)).memberFiles;
    for (const roomId of ['room-a', 'room-c']) {
      expect(after[roomId]).toBe(before[roomId]);
      expect((await stat(join(tmp.dir, after[roomId]!))).mtimeMs).toBe(mtimes.get(before[roomId]!));
    }
    const roomBChanged = label.startsWith('a member');
    expect(after['room-b'] === before['room-b']).toBe(!roomBChanged);
    // The replaced version is gone once the hot file names the new one.
    expect(await memberDirNames(tmp.dir)).toHaveLength(3);
    await store.close();
    const reopened = await openStore(tmp.dir);
    expect((await reopened.members.get('room-b', 'u1'))?.nickname).toBe(roomBChanged ? '市场部-李四' : '销售部-李四');
    await reopened.close();
  });

  it('hands out records that cannot be changed behind the store\'s back', async () => {
    const store = await threeGroups(tmp.dir);
    const [first] = await store.members.listByRoom('room-a');
    expect(() => {
      (first as { nickname: string }).nickname = '改过的';
    }).toThrow(TypeError);
    expect((await store.members.get('room-a', first!.memberId))?.nickname).toBe('销售部-李四');
    await store.close();
  });

  it('rewrites a version 1 folder (members inline) in the new layout, members unchanged', async () => {
    const members = [makeMember({ roomId: 'room-a', memberId: 'u1' }), makeMember({ roomId: 'room-b', memberId: 'u2', left: true })];
    await writeFile(join(tmp.dir, 'qunguard.json'), JSON.stringify({ ...emptyDocument(), version: 1, members }));
    const store = await openStore(tmp.dir);
    const hot = await readHot(tmp.dir);
    expect(hot.version).toBe(DOCUMENT_VERSION);
    expect(hot.members).toEqual([]);
    expect(Object.keys(hot.memberFiles).sort()).toEqual(['room-a', 'room-b']);
    await store.close();
    const reopened = await openStore(tmp.dir);
    expect(await reopened.members.list({ includeLeft: true })).toEqual(expect.arrayContaining(members));
    await reopened.close();
  });

  it('leaves a version 1 folder as it is when opened by a reader without the lock', async () => {
    const text = JSON.stringify({ ...emptyDocument(), version: 1, members: [makeMember({ memberId: 'u1' })] });
    await writeFile(join(tmp.dir, 'qunguard.json'), text);
    const reader = await openStore(tmp.dir, { lock: false });
    expect(await reader.members.list()).toHaveLength(1);
    await reader.close();
    expect(await readFile(join(tmp.dir, 'qunguard.json'), 'utf8')).toBe(text);
  });

  it('removes member files the hot file does not name (left by an interrupted write), and their temp files', async () => {
    const store = await threeGroups(tmp.dir);
    await store.close();
    const named = await memberDirNames(tmp.dir);
    const stray = partFileName(MEMBER_PARTS, 'room-a', 999).slice(MEMBER_DIR.length + 1);
    const temp = `.${stray}.4242-1.tmp`;
    await writeFile(join(tmp.dir, MEMBER_DIR, stray), JSON.stringify({ part: 'room-a', records: [] }));
    await writeFile(join(tmp.dir, MEMBER_DIR, temp), '');
    await writeFile(join(tmp.dir, MEMBER_DIR, 'notes.txt'), 'an admin\'s own file');
    const warnings: string[] = [];
    const reopened = await openStore(tmp.dir, { onWarning: (w) => warnings.push(w.message) });
    expect(await memberDirNames(tmp.dir)).toEqual([...named, 'notes.txt'].sort());
    expect(warnings.join('\n')).toContain(stray);
    // A new version is numbered past every file in use, so it never takes a name the hot file names.
    const generation = (name: string): number => Number(/-(\d+)\.json$/.exec(name)?.[1]);
    await reopened.members.update('room-a', 'u1', { nickname: '人事部-李四' });
    await reopened.flush();
    expect(generation((await readHot(tmp.dir)).memberFiles['room-a']!)).toBeGreaterThan(Math.max(...named.map(generation)));
    await reopened.close();
  });
});

describe('lowdb store: cases in blocks of 64 numbers', () => {
  const tmp = useTempDir();

  it('a new case rewrites only its block\'s file; a block archived away loses its file; a reopen reads them all', async () => {
    const store = await openStore(tmp.dir);
    await store.cases.add(makeCase({ id: 'C1', at: NOW - 90 * DAY, status: 'closed' }));
    await store.cases.add(makeCase({ id: 'C70', at: NOW - 2 * DAY }));
    await store.flush();
    const before = (await readHot(tmp.dir)).caseFiles;
    expect(Object.keys(before).sort()).toEqual(['b0', 'b1']);
    await store.cases.add(makeCase({ id: 'C130', at: NOW }));
    await store.flush();
    const after = (await readHot(tmp.dir)).caseFiles;
    expect(after['b0']).toBe(before['b0']);
    expect(after['b1']).toBe(before['b1']);
    expect(Object.keys(after).sort()).toEqual(['b0', 'b1', 'b2']);
    await store.archive(NOW);
    expect(Object.keys((await readHot(tmp.dir)).caseFiles).sort()).toEqual(['b1', 'b2']);
    expect(await readdir(join(tmp.dir, CASE_PARTS.dir))).toHaveLength(2);
    await store.close();
    const reopened = await openStore(tmp.dir);
    expect((await reopened.cases.all()).map((c) => c.id)).toEqual(['C1', 'C70', 'C130']);
    await reopened.close();
  });

  it.each([
    ['C1', 'b0'],
    ['C63', 'b0'],
    ['C64', 'b1'],
    ['C12345', 'b192'],
  ])('files %s in block %s', (id, block) => {
    expect(caseBlock({ id })).toBe(block);
  });

  it('refuses a folder whose block files hold one case id twice', async () => {
    const store = await openStore(tmp.dir);
    await store.cases.add(makeCase({ id: 'C1', at: NOW }));
    await store.close();
    const hot = await readHot(tmp.dir);
    const [name] = Object.values(hot.caseFiles);
    const text = await readFile(join(tmp.dir, name!), 'utf8');
    const parsed = JSON.parse(text) as { part: string; records: unknown[] };
    await writeFile(join(tmp.dir, name!), JSON.stringify({ ...parsed, records: [...parsed.records, ...parsed.records] }));
    await expect(openStore(tmp.dir)).rejects.toMatchObject({ reason: 'wrong_shape' });
  });
});

describe('lowdb store: the state in 64 buckets by key', () => {
  const tmp = useTempDir();
  const entry = (key: string) => stateEntry(key, z.number());

  it('a write to one key rewrites only its bucket\'s file; removing a bucket\'s last key removes its file', async () => {
    const store = await openStore(tmp.dir);
    const keys = Array.from({ length: 40 }, (_, i) => `outbox.job.${i}`);
    for (const [i, key] of keys.entries()) await store.state.write(entry(key), i);
    await store.flush();
    const before = (await readHot(tmp.dir)).stateFiles;
    const changed = stateBucket('outbox.job.7');
    await store.state.write(entry('outbox.job.7'), 700);
    await store.flush();
    const after = (await readHot(tmp.dir)).stateFiles;
    for (const bucket of Object.keys(before)) expect(after[bucket] === before[bucket]).toBe(bucket !== changed);
    for (const key of keys.filter((k) => stateBucket(k) === changed)) await store.state.remove(entry(key));
    await store.flush();
    expect((await readHot(tmp.dir)).stateFiles[changed]).toBeUndefined();
    await store.close();
    const reopened = await openStore(tmp.dir);
    for (const key of keys) expect(await reopened.state.read(entry(key))).toBe(stateBucket(key) === changed ? undefined : keys.indexOf(key));
    await reopened.close();
  });

  it('moves the inline state of a version 1 file into bucket files, values unchanged', async () => {
    await writeFile(join(tmp.dir, 'qunguard.json'), JSON.stringify({ ...emptyDocument(), version: 1, state: { 'digest.last': 5, 'outbox.job.1': 9 } }));
    const store = await openStore(tmp.dir);
    const hot = await readHot(tmp.dir);
    expect((hot as unknown as { state: object }).state).toEqual({});
    expect(Object.keys(hot.stateFiles).sort()).toEqual([...new Set([stateBucket('digest.last'), stateBucket('outbox.job.1')])].sort());
    expect(await store.state.read(entry('digest.last'))).toBe(5);
    await store.close();
    const reopened = await openStore(tmp.dir);
    expect(await reopened.state.read(entry('outbox.job.1'))).toBe(9);
    await reopened.close();
  });

  // Pinned: the files on disk are checked against these buckets, so the hash may never change.
  it.each([
    ['a short key', 'a', 's44'],
    ['an outbox job', 'outbox.job.1f3a', 's62'],
    ['a Chinese key', '群.设置', 's47'],
  ])('puts %s in the bucket it has always had', (_label, key, bucket) => {
    expect(stateBucket(key)).toBe(bucket);
    expect(Number(bucket.slice(1))).toBeLessThan(STATE_BUCKETS);
  });
});

describe('lowdb store: dedup ids in blocks of 512, in arrival order', () => {
  const tmp = useTempDir();

  it('a new id rewrites only the newest block; evicting the oldest ids rewrites the oldest; a reopen keeps order and limit', async () => {
    const store = await openStore(tmp.dir, { seenLimit: 1200 });
    for (let i = 0; i < 1200; i++) await store.seen.markSeen(`m${i}`);
    await store.flush();
    const before = (await readHot(tmp.dir)).seenFiles;
    expect(Object.keys(before).sort()).toEqual(['q0', 'q1', 'q2']);
    await store.seen.markSeen('m1200'); // the 1201st: m0 is evicted
    await store.flush();
    const after = (await readHot(tmp.dir)).seenFiles;
    expect(after['q1']).toBe(before['q1']);
    expect(after['q0']).not.toBe(before['q0']);
    expect(after['q2']).not.toBe(before['q2']);
    expect(readFolderOnDisk(tmp.dir).seen).toEqual(Array.from({ length: 1200 }, (_, i) => `m${i + 1}`));
    await store.close();
    const reopened = await openStore(tmp.dir, { seenLimit: 1200 });
    expect(await reopened.seen.seen('m0')).toBe(false);
    expect(await reopened.seen.seen('m1')).toBe(true);
    expect(await reopened.seen.markSeen('m1200')).toBe(false);
    // Numbering goes on after a reopen: the next id lands in the block after m1200's, and evicts m1.
    expect(await reopened.seen.markSeen('m1201')).toBe(true);
    await reopened.flush();
    expect(await reopened.seen.seen('m1')).toBe(false);
    expect(readFolderOnDisk(tmp.dir).seen.slice(-2)).toEqual(['m1200', 'm1201']);
    await reopened.close();
  });

  it('moves the inline ids of a version 1 file into blocks, order kept', async () => {
    const ids = Array.from({ length: 600 }, (_, i) => `old${i}`);
    await writeFile(join(tmp.dir, 'qunguard.json'), JSON.stringify({ ...emptyDocument(), version: 1, seen: ids }));
    const store = await openStore(tmp.dir);
    expect(Object.keys((await readHot(tmp.dir)).seenFiles).sort()).toEqual(['q0', 'q1']);
    expect(readFolderOnDisk(tmp.dir).seen).toEqual(ids);
    expect(await store.seen.markSeen('old5')).toBe(false);
    await store.close();
  });

  it.each([
    [0, 'q0'],
    [SEEN_BLOCK - 1, 'q0'],
    [SEEN_BLOCK, 'q1'],
    [10 * SEEN_BLOCK + 3, 'q10'],
  ])('files the id that arrived %i-th in block %s', (seq, block) => {
    expect(seenBlock(seq)).toBe(block);
  });
});

describe('lowdb store: a member file it cannot use is refused and kept', () => {
  const tmp = useTempDir();

  /** A flushed folder whose room-a member file is replaced by `content` (or removed when null). */
  async function damaged(content: string | null): Promise<{ file: string; hotText: string }> {
    const store = await threeGroups(tmp.dir);
    await store.close();
    const name = (await readHot(tmp.dir)).memberFiles['room-a']!;
    const file = join(tmp.dir, name);
    if (content === null) await import('node:fs/promises').then((fs) => fs.unlink(file));
    else await writeFile(file, content);
    return { file, hotText: await readFile(join(tmp.dir, 'qunguard.json'), 'utf8') };
  }

  it.each([
    ['missing', null, 'missing'],
    ['invalid JSON', '{"part": "room-a", "records": [', 'invalid_json'],
    ['an empty file', '', 'invalid_json'],
    ['a broken member', JSON.stringify({ part: 'room-a', records: [{ ...makeMember({ roomId: 'room-a', memberId: 'u1' }), joinedAt: 'yesterday' }] }), 'wrong_shape'],
    ['another group\'s members', JSON.stringify({ part: 'room-b', records: [makeMember({ roomId: 'room-b', memberId: 'u1' })] }), 'wrong_shape'],
    ['a member of another group inside', JSON.stringify({ part: 'room-a', records: [makeMember({ roomId: 'room-b', memberId: 'u1' })] }), 'wrong_shape'],
  ])('%s -> StoreCorruptError naming the file; nothing is rewritten or removed', async (_label, content, reason) => {
    const { file, hotText } = await damaged(content);
    const before = await memberDirNames(tmp.dir);
    const error = await openStore(tmp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error).toMatchObject({ file, reason });
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/备份/);
    expect(await readFile(join(tmp.dir, 'qunguard.json'), 'utf8')).toBe(hotText);
    expect(await memberDirNames(tmp.dir)).toEqual(before);
    if (content !== null) expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('refuses a hot file naming something that is not a member file', async () => {
    await mkdir(join(tmp.dir, MEMBER_DIR), { recursive: true });
    await writeFile(join(tmp.dir, 'qunguard.json'), JSON.stringify({ ...emptyDocument(), memberFiles: { 'room-a': '../../etc/passwd' } }));
    await expect(openStore(tmp.dir)).rejects.toMatchObject({ reason: 'wrong_shape' });
  });
});
