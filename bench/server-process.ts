/**
 * The server under test, as its own process: `node --import tsx server/main.ts` on a free port
 * with a temporary DATA_DIR, so no client shares its event loop. CPU and RSS come from /proc;
 * event-loop delay, per-stage timings, GC pauses and memory after a full GC (--expose-gc) from
 * the server's opt-in metrics line (server/metrics.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { MetricsLine } from '../server/metrics.ts';

export interface ProcSample {
  /** User + system CPU time so far, ms. */
  cpuMs: number;
  rssBytes: number;
}

export interface ServerProcess {
  url: string;
  pid: number;
  dataDir: string;
  /** CPU and RSS read from /proc now. */
  sample(): ProcSample;
  /**
   * Asks for the metrics line (everything since the last call) and waits for it. When profiling,
   * the window's CPU profile is kept as `<label>.cpuprofile` if labelled, deleted if not.
   */
  metrics(label?: string): Promise<MetricsLine['metrics']>;
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** Reads utime+stime and VmRSS of `pid`. */
export function readProc(pid: number): ProcSample {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, rssBytes: Number(rss?.[1] ?? 0) * 1024 };
}

export interface ServerOptions {
  /** Where the temporary DATA_DIR is made (the OS temp dir by default). */
  dataParent?: string;
  /** Writes a V8 CPU profile of the server per metrics window into this directory. */
  profileDir?: string;
  /** Runs the server on this PostgreSQL database instead of SQLite in its DATA_DIR. */
  databaseUrl?: string;
}

/** Starts the server and resolves once /healthz answers. */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataParent = options.dataParent ?? os.tmpdir();
  const dataDir = fs.mkdtempSync(path.join(dataParent, 'plenary-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_TEMPLATE: 'none',
      LOG_LEVEL: 'warn',
      PLENARY_METRICS: '1',
      ...(options.profileDir ? { PLENARY_PROFILE_DIR: path.resolve(options.profileDir) } : {}),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A bench that dies (Ctrl-C, a timeout) must not leave the server behind.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  const waiting: Array<(m: MetricsLine['metrics']) => void> = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith('{"metrics"')) return;
    waiting.shift()?.((JSON.parse(line) as MetricsLine).metrics);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child);
  const pid = child.pid!;
  return {
    url,
    pid,
    dataDir,
    sample: () => readProc(pid),
    async metrics(label) {
      const m = await new Promise<MetricsLine['metrics']>((resolve) => {
        waiting.push(resolve);
        child.kill('SIGUSR2');
      });
      if (!m.profile) return m;
      if (!label) {
        fs.rmSync(m.profile, { force: true });
        return { ...m, profile: null };
      }
      const kept = path.join(path.dirname(m.profile), `${label}.cpuprofile`);
      fs.renameSync(m.profile, kept);
      return { ...m, profile: kept };
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      process.off('exit', orphan);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering /healthz`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not answer /healthz within 30 s');
}
