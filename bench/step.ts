/**
 * The stepped run (`--step`): the room writes at a steady rate while followers are added step by
 * step; the largest connection count whose note latency p99 stays under the limit is the answer.
 */
import type { Flags } from './args.ts';
import type { BenchContext } from './context.ts';
import { clearMarks } from './context.ts';
import { connectFacilitator } from './facilitator.ts';
import { startFleet } from './fleet.ts';
import { cpuPerNote, deliveries, type CpuPerNote, type Delivery } from './measure.ts';
import { noteSchedule, SESSION3_BOARDS } from './plan.ts';
import { createWorkshop } from './session3.ts';
import { startServer } from './server-process.ts';
import { monoMs } from './stats.ts';
import { openWindow, type ServerWindow } from './window.ts';

export const STEP_LIMIT_MS = 250;

export interface StepRow {
  /** People connected: participants plus followers. */
  clients: number;
  connectSeconds: number;
  notes: Delivery;
  window: ServerWindow;
  serverCpu: CpuPerNote;
  passed: boolean;
}

export interface Steps {
  rate: number;
  limitMs: number;
  rows: StepRow[];
  largestPassing: number | null;
  /** Why the run ended early (e.g. connections refused), if it did. */
  stoppedBy: string | null;
  /** The server's CPU per note as a line over the replicas, and what it says of 2,000 connections. */
  projection: { fixedUs: number; perReplicaUs: number; at2000Percent: number } | null;
}

/**
 * Fits the server's CPU per note as `fixed + perReplica × replicas` over the measured steps (least
 * squares), so a run the clients cut short still says whether the server would keep up.
 */
export function projectCpu(rows: StepRow[], rate: number, connections = 2000): Steps['projection'] {
  const points = rows
    .filter((r) => Number.isFinite(r.serverCpu.perNoteUs))
    .map((r) => [r.clients, r.serverCpu.perNoteUs]);
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x!, 0) / n;
  const my = points.reduce((a, [, y]) => a + y!, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x! - mx) ** 2, 0);
  const slope = sxx > 0 ? points.reduce((a, [x, y]) => a + (x! - mx) * (y! - my), 0) / sxx : 0;
  const fixed = my - slope * mx;
  const perNoteUs = fixed + slope * connections;
  return {
    fixedUs: Math.round(fixed),
    perReplicaUs: Math.round(slope * 100) / 100,
    at2000Percent: Math.round(((perNoteUs * rate) / 1e6) * 1000) / 10,
  };
}

/** Runs the steps in order and stops at the first that misses the limit (or fails to connect). */
export async function runSteps(flags: Flags, log: (line: string) => void): Promise<Steps> {
  const server = await startServer({ dataParent: flags.dataParent, profileDir: flags.profile });
  let ctx: BenchContext | null = null;
  const rows: StepRow[] = [];
  let stoppedBy: string | null = null;
  try {
    const { code, facilitatorKey } = await createWorkshop(server.url);
    const fac = await connectFacilitator(server.url, code, facilitatorKey, log);
    await fac.command('agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' });
    for (const b of SESSION3_BOARDS) await fac.command('board:mode', { boardId: b.id, mode: 'open' });
    ctx = {
      server,
      fleet: await startFleet(server.url, code, flags.participants, 0, {
        count: flags.workers,
        nice: flags.clientNice,
        followersAs: flags.followersAs,
        replicaClock: flags.replicaClock,
      }),
      fac,
      code,
    };
    for (const target of flags.steps) {
      const more = target - ctx.fleet.replicas();
      if (more < 0) continue;
      log(`step: ${target} clients`);
      const t0 = monoMs();
      await ctx.fleet.addFollowers(more);
      const connectSeconds = Math.round((monoMs() - t0) / 100) / 10;
      // Measure the room as it runs, not the tail of the joining (initial syncs, presence).
      await new Promise((r) => setTimeout(r, 3000));
      await clearMarks(ctx);
      const window = await openWindow(server, ctx.fleet, `step-${target}`);
      const plan = noteSchedule(ctx.fleet.participants(), flags.stepRate, flags.duration * 1000, `s${target}-`);
      const notes = await deliveries(ctx.fleet, await ctx.fleet.run(plan.commands), (s) => `n:${s.id}`);
      const passed = notes.undelivered === 0 && notes.everyReplicaMs.p99 <= STEP_LIMIT_MS;
      const w = await window.end();
      const serverCpu = cpuPerNote(w.serverCpuMs, notes.acked - notes.undelivered, ctx.fleet.replicas());
      rows.push({ clients: ctx.fleet.replicas(), connectSeconds, notes, window: w, serverCpu, passed });
      log(`  p99 ${notes.everyReplicaMs.p99} ms${passed ? '' : ' — over the limit, stopping'}`);
      if (!passed) break;
    }
  } catch (err) {
    stoppedBy = err instanceof Error ? err.message : String(err);
    log(`stepped run stopped: ${stoppedBy}`);
  } finally {
    ctx?.fac.close();
    await ctx?.fleet.close();
    await server.stop();
  }
  const passing = rows.filter((r) => r.passed).map((r) => r.clients);
  return {
    rate: flags.stepRate,
    limitMs: STEP_LIMIT_MS,
    rows,
    largestPassing: passing.length ? Math.max(...passing) : null,
    stoppedBy,
    projection: projectCpu(rows, flags.stepRate),
  };
}
