import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/store/document.js';
import { StoreCorruptError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/lowdb-store.js';
import { makeCase } from './fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const valid = emptyDocument();

/** A test may take the data file's permissions away: give them back so the folder can go. */
const restoreDataFile = (dir: string): Promise<void> => chmod(join(dir, 'qunguard.json'), 0o644).catch(() => undefined);

describe('lowdb store: a file it cannot use is refused and kept', () => {
  const tmp = useTempDir({ beforeCleanup: restoreDataFile });

  it.each([
    ['invalid JSON', '{"version": 1, "cases": [', 'invalid_json'],
    ['an empty file', '', 'invalid_json'],
    ['truncated JSON', JSON.stringify(valid).slice(0, -5), 'invalid_json'],
    ['a JSON array', '[]', 'wrong_shape'],
    ['a missing table', JSON.stringify({ ...valid, rooms: undefined }), 'wrong_shape'],
    ['a broken case', JSON.stringify({ ...valid, cases: [{ ...makeCase({ id: 'C1' }), at: 'yesterday' }] }), 'wrong_shape'],
    ['a duplicate case id', JSON.stringify({ ...valid, cases: [makeCase({ id: 'C1' }), makeCase({ id: 'C1' })] }), 'wrong_shape'],
    ['a newer version', JSON.stringify({ ...valid, version: 99, somethingNew: [] }), 'unsupported_version'],
  ])('%s -> StoreCorruptError, file unchanged byte for byte', async (_label, content, reason) => {
    const file = join(tmp.dir, 'qunguard.json');
    await writeFile(file, content);
    const before = await readdir(tmp.dir);
    const error = await openStore(tmp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error).toMatchObject({ file, reason });
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/备份/);
    expect((error as Error).message).toMatch(/backup|Upgrade/);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(tmp.dir)).toEqual(before);
  });

  it('a directory where the file should be -> unreadable', async () => {
    await mkdir(join(tmp.dir, 'qunguard.json'));
    await expect(openStore(tmp.dir)).rejects.toMatchObject({ name: 'StoreCorruptError', reason: 'unreadable' });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission -> unreadable, kept', async () => {
    const file = join(tmp.dir, 'qunguard.json');
    const content = JSON.stringify(valid);
    await writeFile(file, content);
    await chmod(file, 0o000);
    await expect(openStore(tmp.dir)).rejects.toMatchObject({ name: 'StoreCorruptError', reason: 'unreadable' });
    await chmod(file, 0o644);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('accepts a file with a byte-order mark (saved by a Windows editor)', async () => {
    await writeFile(join(tmp.dir, 'qunguard.json'), '\uFEFF' + JSON.stringify(valid));
    const store = await openStore(tmp.dir);
    expect(await store.cases.nextCaseId()).toBe('C1');
    await store.close();
  });
});
