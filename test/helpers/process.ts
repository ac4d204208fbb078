/** The real server as its own process (`node --import tsx server/main.ts`), for signal and crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { CreatedWorkshop } from '../../shared/schemas/rest.ts';
import { tempDataDir } from './server.ts';

export interface LogLine {
  level: string;
  event: string;
  [field: string]: unknown;
}

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Every JSON log line the process wrote so far. */
  logs: LogLine[];
  /** Every other line of its stderr (a crash's stack trace is one of these). */
  otherStderr: string[];
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface SpawnOptions {
  dataDir?: string;
  /** 0 picks a free port; pass the previous one to restart where clients expect it. */
  port?: number;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** Starts the server and resolves once its `listening` log line gives the port. */
export function spawnServer(options: SpawnOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_TEMPLATE: 'none',
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: LogLine[] = [];
  const otherStderr: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let partial = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `server process did not log 'listening' within ${options.startTimeoutMs ?? 45_000} ms; stderr: ${partial}`,
        ),
      );
    }, options.startTimeoutMs ?? 45_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const text of lines) {
        const line = parseLine(text);
        if (!line) {
          otherStderr.push(text);
          continue;
        }
        logs.push(line);
        if (line.event === 'listening') {
          clearTimeout(timer);
          const port = Number(line.port);
          resolve({ url: `http://127.0.0.1:${port}`, port, dataDir, child, logs, otherStderr, exited });
        }
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server process exited before listening (code ${code}, signal ${signal}): ${partial}`));
    });
  });
}

function parseLine(text: string): LogLine | null {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && 'event' in value ? (value as LogLine) : null;
  } catch {
    return null;
  }
}

/** Creates the ILO workshop on a server process through REST, as the home page does. */
export async function createWorkshopAt(url: string): Promise<CreatedWorkshop> {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'ilo-coop-2018' }),
  });
  if (res.status !== 201) throw new Error(`create workshop: HTTP ${res.status}`);
  return (await res.json()) as CreatedWorkshop;
}
