import { chmod, lstat, mkdir, open, readdir, readFile, readlink, rename, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempNameFor, writeFileAtomic, type AtomicFileOps } from '../../src/store/atomic-file.js';
import { emptyDocument } from '../../src/store/document.js';
import { DataPathError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/lowdb-store.js';
import type { StoreWarning } from '../../src/store/store-warning.js';
import { makeCase } from './fixtures.js';
import { readFolderOnDisk } from '../support/data-folder.js';
import { useTempDir } from '../support/temp-dir.js';

const VALID = JSON.stringify(emptyDocument());

/** A test may take the data file's permissions away: give them back so the folder can go. */
const restoreDataFile = (dir: string): Promise<void> => chmod(join(dir, 'qunguard.json'), 0o644).catch(() => undefined);

describe('lowdb store: data paths it must not write through (issue 9 item 11)', () => {
  const tmp = useTempDir({ beforeCleanup: restoreDataFile });

  it('a dangling symbolic link as the data file is refused and left a link', async () => {
    const file = join(tmp.dir, 'qunguard.json');
    await symlink(join(tmp.dir, 'elsewhere', 'gone.json'), file);
    const error = await openStore(tmp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataPathError);
    expect(error).toMatchObject({ path: file, reason: 'dangling_symlink' });
    expect((error as Error).message).toContain('符号链接，指向的文件不存在');
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readlink(file)).toBe(join(tmp.dir, 'elsewhere', 'gone.json'));
  });

  it('the look-alike: a link to an existing file is followed, and stays a link after writes', async () => {
    const target = join(tmp.dir, 'real', 'data.json');
    await mkdir(join(tmp.dir, 'real'));
    await writeFile(target, VALID);
    await symlink(target, join(tmp.dir, 'qunguard.json'));
    const store = await openStore(tmp.dir);
    await store.cases.add(makeCase({ id: await store.cases.nextCaseId() }));
    await store.close();
    expect((await lstat(join(tmp.dir, 'qunguard.json'))).isSymbolicLink()).toBe(true);
    expect(readFolderOnDisk(tmp.dir, target).cases).toHaveLength(1);
  });

  it('a read-only data file is refused and not overwritten', async () => {
    const file = join(tmp.dir, 'qunguard.json');
    await writeFile(file, VALID);
    await chmod(file, 0o444);
    const error = await openStore(tmp.dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DataPathError', path: file, reason: 'read_only' });
    expect((error as Error).message).toContain('是只读的');
    expect((error as Error).message).toContain('chmod u+w');
    expect(await readFile(file, 'utf8')).toBe(VALID);
    expect((await lstat(file)).mode & 0o777).toBe(0o444);
  });

  it('the look-alike: a writable data file opens', async () => {
    await writeFile(join(tmp.dir, 'qunguard.json'), VALID, { mode: 0o600 });
    const store = await openStore(tmp.dir);
    await store.close();
  });

  it('a data directory that is a file is a clear DataPathError, the file untouched', async () => {
    const notADir = join(tmp.dir, 'data');
    await writeFile(notADir, 'my notes');
    const error = await openStore(notADir).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DataPathError', path: notADir, reason: 'dir_is_file' });
    expect((error as Error).message).toContain('这是一个文件，不是目录');
    expect(await readFile(notADir, 'utf8')).toBe('my notes');
  });

  it('a data directory below a file is a clear DataPathError', async () => {
    await writeFile(join(tmp.dir, 'data'), 'my notes');
    await expect(openStore(join(tmp.dir, 'data', 'sub'))).rejects.toMatchObject({ name: 'DataPathError', reason: 'dir_unusable' });
  });
});

describe('lowdb store: temp files (issue 9 item 11)', () => {
  const tmp = useTempDir();

  /** File operations whose write fails the way a full disk does, after the temp file exists. */
  const fullDisk: AtomicFileOps = {
    open: (async (path: string, flags: string, mode: number) => {
      const fh = await open(path, flags, mode);
      return Object.assign(Object.create(fh) as typeof fh, {
        writeFile: async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        close: () => fh.close(),
      });
    }) as AtomicFileOps['open'],
    rename,
    unlink,
  };

  it('a write that fails with ENOSPC leaves no 0-byte temp file, and the old file whole', async () => {
    const file = join(tmp.dir, 'qunguard.json');
    await writeFile(file, VALID);
    await expect(writeFileAtomic(file, '{"new":true}', fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(tmp.dir)).toEqual(['qunguard.json']);
    expect(await readFile(file, 'utf8')).toBe(VALID);
  });

  it('every write of every process has its own temp name', () => {
    const file = join(tmp.dir, 'qunguard.json');
    const names = new Set(Array.from({ length: 50 }, () => tempNameFor(file)));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(new RegExp(`/\\.qunguard\\.json\\.${process.pid}-\\d+\\.tmp$`));
  });

  it('two writers on one file never collide: every write lands whole', async () => {
    const file = join(tmp.dir, 'qunguard.json');
    const payload = (who: string, i: number): string => JSON.stringify({ who, i, pad: who.repeat(200_000) });
    const errors: unknown[] = [];
    for (let i = 0; i < 10; i++) {
      await Promise.all(['a', 'b'].map((who) => writeFileAtomic(file, payload(who, i)).catch((e: unknown) => errors.push(e))));
      const now = JSON.parse(await readFile(file, 'utf8')) as { who: string; i: number };
      expect(now.i).toBe(i);
    }
    expect(errors).toEqual([]);
    expect(await readdir(tmp.dir)).toEqual(['qunguard.json']);
  });

  it('temp files left by a crash or a full disk are removed at start and said so; other files stay', async () => {
    await writeFile(join(tmp.dir, 'qunguard.json'), VALID);
    await writeFile(join(tmp.dir, '.qunguard.json.tmp'), ''); // lowdb's fixed temp name
    await writeFile(join(tmp.dir, '.qunguard.json.4242-7.tmp'), '');
    await writeFile(join(tmp.dir, '.qunguard.json.bak'), 'keep');
    const warnings: StoreWarning[] = [];
    const store = await openStore(tmp.dir, { onWarning: (w) => warnings.push(w) });
    await store.close();
    expect((await readdir(tmp.dir)).sort()).toEqual(['.qunguard.json.bak', 'qunguard.json']);
    expect(warnings.map((w) => w.kind)).toEqual(['temp_files_removed']);
    expect(warnings[0]!.message).toContain('已删除上次写入中断留下的临时文件');
  });
});
