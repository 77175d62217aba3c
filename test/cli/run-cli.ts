import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs from here as a user would run it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Policies written for tests. */
export const POLICIES = `${ROOT}test/fixtures/policies/`;

/** What one run of `bin/qunguard` did. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails early with the fix when the compiled CLI is missing (`npm test` builds it first). */
export function requireBuild(): void {
  if (!existsSync(`${ROOT}dist/src/cli/main.js`)) {
    throw new Error('dist/src/cli/main.js is missing: run `npm run build` first (npm test does)');
  }
}

/** Runs `node bin/qunguard ...args` with `input` (text, or raw bytes) piped to stdin. */
export function runCli(args: string[], input: string | Buffer): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/qunguard', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the CLI may exit (bad policy) before reading its input
    child.stdin.end(input);
  });
}

/** The JSON objects of JSON-lines output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}
