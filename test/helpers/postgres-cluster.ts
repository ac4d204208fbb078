/**
 * A throwaway PostgreSQL cluster from Debian's package, no Docker: `initdb` and `pg_ctl` in a
 * temporary directory (as the `postgres` user when running as root, which PostgreSQL requires),
 * on a free loopback port. `fast` turns fsync off for the suite; crash tests and the bench ask
 * for a durable one. Stopped by the postmaster's PID.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { postgresBin } from '../../scripts/engine-paths.mjs';

export interface PostgresCluster {
  port: number;
  dir: string;
  /** A URL for `database` on this cluster. */
  url(database?: string): string;
  /** The postmaster's PID, read from its pid file (null while it is not running). */
  pid(): number | null;
  /** Stops it as a crash would (immediate: no checkpoint), or cleanly. */
  stop(how?: 'immediate' | 'fast'): Promise<void>;
  /** Starts it again on the same directory and port. */
  start(): void;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the user that may own the cluster. */
function runPg(bin: string, args: string[]): void {
  const command = asRoot ? 'runuser' : bin;
  const argv = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const run = spawnSync(command, argv, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${path.basename(bin)} failed (${run.status}): ${run.stderr || run.stdout}`);
}

/** Initialises and starts a cluster; fails with the install command when PostgreSQL is missing. */
export async function startPostgresCluster(mode: 'fast' | 'durable'): Promise<PostgresCluster> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed, and the tests start a real one. Install it: apt-get install -y postgresql',
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-pg-'));
  // mkdtemp makes it 0700: the postgres user must be able to enter it.
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  runPg(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c max_connections=300',
    ...(mode === 'fast' ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ].join(' ');
  const pidFile = path.join(data, 'postmaster.pid');
  const pid = () => {
    try {
      return Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) || null;
    } catch {
      return null;
    }
  };
  const start = () =>
    runPg(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '30',
      '-o',
      settings,
      'start',
    ]);
  const stop = async (how: 'immediate' | 'fast' = 'fast') => {
    const p = pid();
    if (p === null) return;
    // SIGQUIT is PostgreSQL's immediate shutdown (as after a crash); SIGINT its fast, clean one.
    process.kill(p, how === 'immediate' ? 'SIGQUIT' : 'SIGINT');
    const deadline = Date.now() + 30_000;
    while (isAlive(p)) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${p}) did not stop`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  start();
  return {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    pid,
    stop,
    start,
    async destroy() {
      await stop('fast');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs one statement as the superuser on `url` (creating databases and the like). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
