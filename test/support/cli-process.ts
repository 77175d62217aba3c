/** The built CLI as a real process, for the end-to-end tests: one way to run it and collect what it printed. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where bin/qunguard, examples/ and test/fixtures/ live. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What one finished run of `bin/qunguard` did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/qunguard ...args` to its end: in `cwd` (default the repository root),
 * with `env` (default this process's), and `input` (text or raw bytes) piped to stdin,
 * or no stdin at all without it.
 */
export function runQunguard(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}bin/qunguard`, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: opts.env ?? process.env,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => {}); // the CLI may exit (bad policy) before reading its input
      child.stdin!.end(opts.input);
    }
  });
}
