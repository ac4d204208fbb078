/** What the server (and, for context, the client workers) spent during one phase of the run. */
import type { Fleet } from './fleet.ts';
import { readProc, type ServerProcess } from './server-process.ts';
import { monoMs } from './stats.ts';

export interface ServerWindow {
  seconds: number;
  /** Server CPU over the window, % of one core. */
  serverCpuPercent: number;
  /** Client workers' CPU over the window, % of one core (they share the machine's cores). */
  clientsCpuPercent: number;
  rssBytes: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** The busiest client worker's event-loop delay p99: when high, the clients (not the server) add latency. */
  clientsEventLoopP99Ms: number;
}

const cpuOf = (pids: number[]) => pids.reduce((n, pid) => n + readProc(pid).cpuMs, 0);
const pct = (cpuMs: number, wallMs: number) => Math.round((cpuMs / wallMs) * 1000) / 10;

/** Starts a window (resetting the server's event-loop histogram); `end()` reads it. */
export async function openWindow(server: ServerProcess, fleet: Fleet): Promise<{ end(): Promise<ServerWindow> }> {
  await Promise.all([server.metrics(), fleet.all('loop', null)]);
  const pids = fleet.workers.map((w) => w.pid);
  const t0 = monoMs();
  const s0 = server.sample().cpuMs;
  const c0 = cpuOf(pids);
  return {
    async end() {
      const wall = monoMs() - t0;
      const [m, loops] = await Promise.all([server.metrics(), fleet.all('loop', null)]);
      const s = server.sample();
      return {
        seconds: Math.round(wall / 100) / 10,
        serverCpuPercent: pct(s.cpuMs - s0, wall),
        clientsCpuPercent: pct(cpuOf(pids) - c0, wall),
        rssBytes: s.rssBytes,
        eventLoopP99Ms: m.eventLoopDelayP99Ms,
        eventLoopMaxMs: m.eventLoopDelayMaxMs,
        clientsEventLoopP99Ms: Math.max(...loops.map((l) => l.p99Ms)),
      };
    },
  };
}
