import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files of a throw-away policy folder: name -> text (written as UTF-8) or raw bytes. */
export type PolicyFiles = Record<string, string | Uint8Array>;

/** Temporary folders for policy tests, so each case states its files inline and line numbers stay visible. */
export function createPolicyDirs(): { make(files: PolicyFiles): string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'qunguard-policy-'));
  let n = 0;
  return {
    make(files) {
      const dir = join(root, String(n++));
      for (const [name, content] of Object.entries(files)) {
        const path = join(dir, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
      mkdirSync(dir, { recursive: true });
      return dir;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Lines joined with LF, so a case reads as the file it writes. */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
