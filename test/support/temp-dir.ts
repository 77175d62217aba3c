/** Temporary folders for tests that touch the file system, always removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

/** Folders made by `tempDirForFile` in this test file, removed when it ends. */
const madeForFile: string[] = [];
// Registered when a test file first imports this module (each file has its own copy of it).
afterAll(() => {
  for (const dir of madeForFile.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary folder that lasts until the end of the calling test file, for helpers called
 * inside tests or at a module's top level (a policy copy); removed in the file's `afterAll`.
 * (A `process.on('exit')` cleanup never runs in vitest's worker processes.)
 */
export function tempDirForFile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeForFile.push(dir);
  return dir;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(prefix = 'qunguard-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A fresh temporary folder for each test of the calling scope (made in `beforeEach`,
 * removed in `afterEach`); `beforeCleanup` undoes what would stop the removal
 * (a permission taken away by the test). Read `dir` inside tests and hooks only.
 */
export function useTempDir(opts: { prefix?: string; beforeCleanup?: (dir: string) => Promise<void> } = {}): { readonly dir: string } {
  let current: { dir: string; cleanup: () => Promise<void> } | undefined;
  beforeEach(async () => {
    current = await tempDir(opts.prefix);
  });
  afterEach(async () => {
    const made = current;
    current = undefined;
    if (!made) return;
    await opts.beforeCleanup?.(made.dir);
    await made.cleanup();
  });
  return {
    get dir(): string {
      if (!current) throw new Error('useTempDir: the folder exists only inside tests and their hooks');
      return current.dir;
    },
  };
}
