/**
 * The stepped run (`--step`): the room writes at a steady rate while followers are added step by
 * step; the largest connection count whose note latency p99 stays under the limit is the answer.
 */
import type { Flags } from './args.ts';
import type { BenchContext } from './context.ts';
import { clearMarks } from './context.ts';
import { connectFacilitator } from './facilitator.ts';
import { startFleet } from './fleet.ts';
import { deliveries, type Delivery } from './measure.ts';
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
  passed: boolean;
}

export interface Steps {
  rate: number;
  limitMs: number;
  rows: StepRow[];
  largestPassing: number | null;
  /** Why the run ended early (e.g. connections refused), if it did. */
  stoppedBy: string | null;
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
    ctx = { server, fleet: await startFleet(server.url, code, flags.participants, 0, flags.workers), fac, code };
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
      const window = await openWindow(server, ctx.fleet);
      const plan = noteSchedule(ctx.fleet.participants(), flags.stepRate, flags.duration * 1000, `s${target}-`);
      const notes = await deliveries(ctx.fleet, await ctx.fleet.run(plan.commands), (s) => `n:${s.id}`);
      const passed = notes.undelivered === 0 && notes.everyReplicaMs.p99 <= STEP_LIMIT_MS;
      rows.push({ clients: ctx.fleet.replicas(), connectSeconds, notes, window: await window.end(), passed });
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
  };
}
