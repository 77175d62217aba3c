/** Runs `bin/qunguard simulate --script` as a real process, for the end-to-end simulate tests. */
import { runQunguard, type CliRun } from './cli-process.js';

export { ROOT } from './cli-process.js';

/** A finished simulate run. */
export type SimulateRun = CliRun;

/** Runs a simulate script (path relative to the repository root) with the default log level. */
export function simulate(script: string): Promise<SimulateRun> {
  const env = { ...process.env };
  delete env.LOG_LEVEL;
  return runQunguard(['simulate', '--script', script], { env });
}
