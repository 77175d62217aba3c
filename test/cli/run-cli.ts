import { existsSync } from 'node:fs';
import { ROOT, runQunguard, type CliRun } from '../support/cli-process.js';

export { ROOT, type CliRun } from '../support/cli-process.js';

/** Policies written for tests. */
export const POLICIES = `${ROOT}test/fixtures/policies/`;

/** Fails early with the fix when the compiled CLI is missing (`npm test` builds it first). */
export function requireBuild(): void {
  if (!existsSync(`${ROOT}dist/src/cli/main.js`)) {
    throw new Error('dist/src/cli/main.js is missing: run `npm run build` first (npm test does)');
  }
}

/** Runs `node bin/qunguard ...args` from the repository root with `input` (text, or raw bytes) piped to stdin. */
export function runCli(args: string[], input: string | Buffer): Promise<CliRun> {
  return runQunguard(args, { input });
}

/** The JSON objects of JSON-lines output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}
