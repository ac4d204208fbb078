/** Session 3's writing: silent (private) writing and reveal, open writing under load, a follower's reconnect. */
import { clearMarks, followerBytes, type BenchContext } from './context.ts';
import { awaitMarks, cpuPerNote, deliveries, fanOut, refusals, type CpuPerNote, type Delivery } from './measure.ts';
import { noteSchedule, SESSION3_BOARDS } from './plan.ts';
import type { CommandSample } from './protocol.ts';
import { summarize, type Summary } from './stats.ts';
import { openWindow, type ServerWindow } from './window.ts';

export interface PrivateWriting {
  held: number;
  refused: Record<string, number>;
  ackMs: Summary;
  /** Per board: reveal command → every replica shows every revealed note. */
  reveals: Array<{ boardId: string; notes: number; everyReplicaMs: number | null }>;
}

/** Enters silent writing (boards private), has everyone write `perParticipant` notes, then reveals both boards. */
export async function privateWriting(ctx: BenchContext, perParticipant: number, rate: number): Promise<PrivateWriting> {
  await ctx.fac.command('agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' });
  const n = ctx.fleet.participants();
  const plan = noteSchedule(n, rate, (perParticipant * n * 1000) / rate, 'h');
  const samples = await ctx.fleet.run(plan.commands);
  const held = samples.filter((s) => s.ok);
  await clearMarks(ctx);
  const reveals: PrivateWriting['reveals'] = [];
  for (const board of SESSION3_BOARDS) {
    const { value, sentAt } = await ctx.fac.command('board:reveal', { boardId: board.id });
    const ids = held
      .filter(
        (s) =>
          (plan.commands.find((c) => c.id === s.id)?.input as { boardId: string } | undefined)?.boardId === board.id,
      )
      .map((s) => `n:${s.id}`);
    const seen = await awaitMarks(ctx.fleet, ids);
    const times = ids.map((m) => fanOut(seen, m, sentAt, ctx.fleet.replicas()));
    reveals.push({
      boardId: board.id,
      notes: value.revealed,
      everyReplicaMs: times.some((t) => t === null) ? null : round(Math.max(0, ...(times as number[]))),
    });
  }
  return { held: held.length, refused: refusals(samples), ackMs: summarize(held.map((s) => s.ackMs)), reveals };
}

export interface OpenWriting {
  rate: number;
  notes: Delivery;
  /** Timer commands sent while the room writes: command → every replica has the new timer. */
  timerUnderLoadMs: Summary;
  /** Timer commands that got no answer at all while the room wrote. */
  timerLost: number;
  followerBytesPerMinute: number;
  /** Mean bytes a follower received per note (the floor's message size). */
  bytesPerNote: number;
  window: ServerWindow;
  /** The server's CPU over the writing window per note delivered. */
  serverCpu: CpuPerNote;
  accepted: CommandSample[];
}

/** The room writes at `rate` notes/s for `durationMs` on open boards while the facilitator adjusts the timer. */
export async function openWriting(ctx: BenchContext, rate: number, durationMs: number): Promise<OpenWriting> {
  await clearMarks(ctx);
  const plan = noteSchedule(ctx.fleet.participants(), rate, durationMs, 'w');
  const bytes0 = await followerBytes(ctx);
  const window = await openWindow(ctx.server, ctx.fleet, 'open-writing');
  const [samples, { probes, lost }] = await Promise.all([
    ctx.fleet.run(plan.commands),
    timerProbes(ctx, Math.max(1, Math.floor(durationMs / 2000)), 2000),
  ]);
  const notes = await deliveries(ctx.fleet, samples, (s) => `n:${s.id}`);
  const w = await window.end();
  const seen = await awaitMarks(
    ctx.fleet,
    probes.map((p) => p.mark),
  );
  const bytes1 = await followerBytes(ctx);
  const perFollower = bytes1.followers ? (bytes1.bytes - bytes0.bytes) / bytes1.followers : 0;
  return {
    rate: plan.rate,
    notes,
    timerUnderLoadMs: summarize(
      probes.map((p) => fanOut(seen, p.mark, p.sentAt, ctx.fleet.replicas())).filter((x): x is number => x !== null),
    ),
    timerLost: lost,
    followerBytesPerMinute: Math.round(perFollower / (w.seconds / 60)),
    bytesPerNote: notes.acked ? Math.round(perFollower / notes.acked) : 0,
    window: w,
    serverCpu: cpuPerNote(w.serverCpuMs, notes.acked - notes.undelivered, ctx.fleet.replicas()),
    accepted: samples.filter((s) => s.ok),
  };
}

/**
 * `count` timer adjustments `spacingMs` apart; each answers the new timer, whose version marks it.
 * One that gets no answer (the server overwhelmed) is counted as lost rather than ending the run.
 */
export async function timerProbes(
  ctx: BenchContext,
  count: number,
  spacingMs: number,
): Promise<{ probes: Array<{ mark: string; sentAt: number }>; lost: number }> {
  const probes: Array<{ mark: string; sentAt: number }> = [];
  let lost = 0;
  for (let i = 0; i < count; i++) {
    await new Promise((r) => setTimeout(r, spacingMs));
    const sent = await ctx.fac.command('timer:adjust', { deltaMs: i % 2 === 0 ? 60_000 : -60_000 }).catch(() => null);
    if (sent) probes.push({ mark: `t:${sent.value.version}`, sentAt: sent.sentAt });
    else lost++;
  }
  return { probes, lost };
}

export interface Reconnect {
  missedUpdates: number;
  missedBytes: number;
  catchUpBytes: number;
  ratio: number;
  catchUpMs: number;
}

/** A follower drops, `missed` notes are written, it comes back and catches up by state vector. */
export async function reconnect(ctx: BenchContext, missed: number, rate: number, url: string): Promise<Reconnect> {
  const probe = ctx.fleet.workers[0]!;
  await probe.call('drop', { url, code: ctx.code });
  await clearMarks(ctx);
  const plan = noteSchedule(ctx.fleet.participants(), rate, (missed * 1000) / rate, 'r');
  const samples = await ctx.fleet.run(plan.commands);
  await awaitMarks(
    ctx.fleet,
    samples.filter((s) => s.ok).map((s) => `n:${s.id}`),
  );
  const r = await probe.call('rejoin', null);
  return {
    missedUpdates: r.missedFrames,
    missedBytes: r.missedBytes,
    catchUpBytes: r.catchUpBytes,
    ratio: round(r.catchUpBytes / r.missedBytes),
    catchUpMs: r.catchUpMs,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
