/** Runs `bin/qunguard simulate --script` as a real process, for the end-to-end simulate tests. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where bin/ and examples/ are. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A finished simulate run. */
export interface SimulateRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a simulate script (path relative to the repository root) with the default log level. */
export function simulate(script: string): Promise<SimulateRun> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.LOG_LEVEL;
    const child = spawn(process.execPath, ['bin/qunguard', 'simulate', '--script', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
