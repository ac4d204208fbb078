/** What the server (and, for context, the client workers) spent during one phase of the run. */
import type { Distribution, MetricsLine } from '../server/metrics.ts';
import type { Stage, Tally } from '../server/stages.ts';
import type { Fleet } from './fleet.ts';
import { summarizeProfile, type ProfileSummary } from './profile.ts';
import { readProc, type ServerProcess } from './server-process.ts';
import { monoMs } from './stats.ts';

export interface ServerWindow {
  seconds: number;
  /** Server CPU over the window (user + system, measured in the process), % of one core. */
  serverCpuPercent: number;
  serverCpuMs: number;
  /** Share of the window the server's event loop was busy (0–1). */
  eventLoopUtilization: number;
  /** Client workers' CPU over the window, % of one core (they share the machine's cores). */
  clientsCpuPercent: number;
  rssBytes: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** The busiest client worker's event-loop delay p99: when high, the clients (not the server) add latency. */
  clientsEventLoopP99Ms: number;
  gc: MetricsLine['metrics']['gc'];
  stages: Record<Stage, Distribution>;
  tallies: Record<Tally, number>;
  /** Where the server's CPU went, when the run was profiled (`--profile`). */
  profile: ProfileSummary | null;
}

const cpuOf = (pids: number[]) => pids.reduce((n, pid) => n + readProc(pid).cpuMs, 0);
const pct = (cpuMs: number, wallMs: number) => Math.round((cpuMs / wallMs) * 1000) / 10;

/**
 * Starts a window (restarting the server's histograms); `end()` reads it. `label` names the
 * window's CPU profile when profiling.
 */
export async function openWindow(
  server: ServerProcess,
  fleet: Fleet,
  label?: string,
): Promise<{ end(): Promise<ServerWindow> }> {
  await Promise.all([server.metrics(), fleet.all('loop', null)]);
  const pids = fleet.workers.map((w) => w.pid);
  const t0 = monoMs();
  const c0 = cpuOf(pids);
  return {
    async end() {
      const wall = monoMs() - t0;
      const [m, loops] = await Promise.all([server.metrics(label), fleet.all('loop', null)]);
      const s = server.sample();
      const serverCpuMs = m.cpuUserMs + m.cpuSystemMs;
      return {
        seconds: Math.round(wall / 100) / 10,
        serverCpuPercent: pct(serverCpuMs, wall),
        serverCpuMs,
        eventLoopUtilization: m.eventLoopUtilization,
        clientsCpuPercent: pct(cpuOf(pids) - c0, wall),
        rssBytes: s.rssBytes,
        eventLoopP99Ms: m.eventLoopDelayP99Ms,
        eventLoopMaxMs: m.eventLoopDelayMaxMs,
        clientsEventLoopP99Ms: Math.max(...loops.map((l) => l.p99Ms)),
        gc: m.gc,
        stages: m.stages,
        tallies: m.tallies,
        profile: m.profile ? summarizeProfile(m.profile) : null,
      };
    },
  };
}
