/** Temporary folders for tests that touch the file system, always removed afterwards. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

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
