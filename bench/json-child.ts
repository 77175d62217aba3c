import { spawnSync } from 'node:child_process';

/**
 * Runs a bench script in a child node (with --expose-gc, so its memory
 * readings follow a full GC) and returns the JSON of its last stdout line:
 * how each bench gets figures measured in a process of their own.
 */
export function runJsonChild<T>(script: string, args: readonly string[], what: string): T {
  const execArgv = process.execArgv.includes('--expose-gc') ? process.execArgv : [...process.execArgv, '--expose-gc'];
  const child = spawnSync(process.execPath, [...execArgv, script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`the ${what} run failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as T;
}
