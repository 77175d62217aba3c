import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from '../support/cli-process.js';

export { ROOT } from '../support/cli-process.js';

/** What one run of `qunguard start` did. */
export interface StartRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Fails early with the fix when the compiled CLI is missing or predates the start command. */
export function requireBuild(): void {
  if (!existsSync(`${ROOT}dist/src/cli/start-command.js`)) {
    throw new Error('dist/src/cli/start-command.js is missing: run `npm run build` first (npm test does)');
  }
}

/** A running `node bin/qunguard start …` with a clean environment (only PATH, HOME and TMPDIR in the test folder, and what the test sets). */
export interface StartProcess {
  child: ChildProcess;
  /** Resolves when stdout+stderr so far match the pattern. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  done: Promise<StartRun>;
}

/** Starts the CLI in `cwd` (so no developer `.env` is read) with `input` piped to stdin. */
export function startCli(opts: { cwd: string; env?: Record<string, string>; args?: string[]; input?: string; keepStdinOpen?: boolean }): StartProcess {
  const child = spawn(process.execPath, [`${ROOT}bin/qunguard`, 'start', ...(opts.args ?? [])], {
    cwd: opts.cwd,
    // TMPDIR too: what the CLI makes in the temp dir (the sandbox's policy copy) stays in the test's folder, removed with it even after kill -9.
    env: { PATH: process.env.PATH ?? '', HOME: opts.cwd, TMPDIR: opts.cwd, ...opts.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: () => void }[] = [];
  const check = (): void => {
    for (const w of [...watchers]) {
      if (w.pattern.test(stdout + stderr)) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout!.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
    check();
  });
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
    check();
  });
  child.stdin!.on('error', () => {});
  if (opts.input !== undefined) child.stdin!.write(opts.input);
  if (!opts.keepStdinOpen) child.stdin!.end();
  const done = new Promise<StartRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    done,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`)), timeoutMs);
        watchers.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
        check();
      });
    },
  };
}
