/**
 * The sync flood from a process of its own, so what it costs to receive (hundreds of MB) is not
 * charged to the test process that times the bystander. Run as
 * `node --import tsx test/helpers/flood-process.ts URL CODE FROM CONNECTIONS MS`; prints the
 * flood's figures as one JSON line when done.
 */
import { spawn } from 'node:child_process';
import { syncFlood } from './attackers.ts';

export interface FloodFigures {
  answers: number;
  bytes: number;
  closed: number;
}

/** Floods `code` for `ms` from a child process; resolves its figures. */
export function floodFromChild(url: string, code: string, from: string, connections: number, ms: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/flood-process.ts', url, code, from, String(connections), String(ms)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise<FloodFigures>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as FloodFigures) : reject(new Error(`flood exited ${code}`)),
    ),
  );
}

if (process.argv[1]?.endsWith('flood-process.ts')) {
  const [url, code, from, connections, ms] = process.argv.slice(2);
  const flood = syncFlood(url!, code!, from!, Number(connections));
  setTimeout(() => {
    flood.stop();
    process.stdout.write(`${JSON.stringify({ answers: flood.answers, bytes: flood.bytes, closed: flood.closed })}\n`);
    process.exit(0);
  }, Number(ms));
}
