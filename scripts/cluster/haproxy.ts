/**
 * HAProxy in front of Plenary nodes, from the shipped configuration (deploy/haproxy.cfg) with only
 * its `bind` line and `server` lines rewritten, run in the foreground as a child process and
 * stopped by its PID. Used by `npm run cluster` and by the tests that route through a balancer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const SHIPPED_CONFIG = path.resolve(import.meta.dirname, '../../deploy/haproxy.cfg');

export interface BalancedNode {
  name: string;
  port: number;
  host?: string;
}

export interface Balancer {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The shipped configuration listening on `port` and balancing over `nodes`, in their order. */
export function haproxyConfig(template: string, port: number, nodes: BalancedNode[], statsSocket?: string): string {
  const servers = nodes.map((n) => `  server ${n.name} ${n.host ?? '127.0.0.1'}:${n.port}`);
  const lines = template.split('\n').filter((line) => !/^\s*server\s/.test(line));
  if (statsSocket) lines.splice(lines.indexOf('global') + 1, 0, `  stats socket ${statsSocket}`);
  const bind = lines.findIndex((line) => /^\s*bind\s/.test(line));
  if (bind < 0) throw new Error('the HAProxy configuration has no bind line');
  lines[bind] = `  bind 127.0.0.1:${port}`;
  // Every backend (the hashed one, the followers' one) balances over the same nodes.
  const backends = lines.flatMap((line, i) => (/^backend\s/.test(line) ? [i] : []));
  if (backends.length === 0) throw new Error('the HAProxy configuration has no backend');
  for (const backend of backends.reverse()) {
    let end = backend + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
    lines.splice(end, 0, ...servers);
  }
  return lines.join('\n');
}

/** Starts HAProxy on `port` (loopback) over `nodes`; fails with the install command when it is missing. */
export async function startHaproxy(options: { port: number; nodes: BalancedNode[]; dir: string }): Promise<Balancer> {
  if (spawnSync('sh', ['-c', 'command -v haproxy'], { stdio: 'ignore' }).status !== 0)
    throw new Error('HAProxy is not installed, and this starts a real one. Install it: apt-get install -y haproxy');
  const file = path.join(options.dir, 'haproxy.cfg');
  const stats = path.join(options.dir, 'haproxy.sock');
  fs.writeFileSync(file, haproxyConfig(fs.readFileSync(SHIPPED_CONFIG, 'utf8'), options.port, options.nodes, stats));
  const check = spawnSync('haproxy', ['-c', '-q', '-f', file], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`HAProxy refused its configuration: ${check.stderr || check.stdout}`);
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  // Until every server has passed its checks, the ring holds fewer nodes and codes would move.
  while (!(await accepts(options.port)) || (await serversUp(stats)) < options.nodes.length) {
    if (child.exitCode !== null) throw new Error(`HAProxy exited at start: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`HAProxy did not listen on ${options.port} within 10 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port: options.port,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** How many servers HAProxy's runtime API says are UP (0 when it cannot be asked yet). */
function serversUp(socketPath: string): Promise<number> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(socketPath, () => socket.end('show stat\n'));
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.once('close', () => {
      const rows = answer.split('\n').map((line) => line.split(','));
      const status = rows[0]?.indexOf('status') ?? -1;
      // Each node once per backend: the hashed one decides where workshops are held.
      const proxy = rows[0]?.indexOf('# pxname') ?? 0;
      resolve(
        rows.filter((r) => r[proxy] === 'nodes' && r[1] !== 'FRONTEND' && r[1] !== 'BACKEND' && r[status] === 'UP')
          .length,
      );
    });
    socket.once('error', () => resolve(0));
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
