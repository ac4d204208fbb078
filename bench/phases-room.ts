/** Facilitator-driven moments of Session 3: the timer on a quiet board, and the dot vote. */
import { clearMarks, type BenchContext } from './context.ts';
import { awaitMarks, fanOut, refusals } from './measure.ts';
import { timerProbes } from './phases-writing.ts';
import { voteSchedule } from './plan.ts';
import { summarize, type Summary } from './stats.ts';

/** `count` timer adjustments, one at a time, each timed until every replica has it. */
export async function quietTimer(ctx: BenchContext, count: number): Promise<Summary> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    await clearMarks(ctx);
    const {
      probes: [probe],
    } = await timerProbes(ctx, 1, 200);
    if (!probe) continue;
    const seen = await awaitMarks(ctx.fleet, [probe.mark]);
    const ms = fanOut(seen, probe.mark, probe.sentAt, ctx.fleet.replicas());
    if (ms !== null) out.push(ms);
  }
  return summarize(out);
}

export interface DotVote {
  casts: number;
  accepted: number;
  refused: Record<string, number>;
  ackMs: Summary;
  /** vote:close → every replica shows the closed round with its results. */
  closeEveryReplicaMs: number | null;
}

/** Enters the dot-vote activity (which opens the vote), everyone spends `budget` dots on `noteIds`, then the facilitator closes it. */
export async function dotVote(
  ctx: BenchContext,
  boardId: string,
  noteIds: string[],
  budget: number,
  rate: number,
): Promise<DotVote> {
  await ctx.fac.command('agenda:enter', { segmentId: 'session-3', activityId: 's3-dot-vote' });
  const samples = await ctx.fleet.run(voteSchedule(ctx.fleet.participants(), budget, noteIds, boardId, rate));
  await clearMarks(ctx);
  const mark = `v:${boardId}:closed`;
  const { sentAt } = await ctx.fac.command('vote:close', { boardId });
  const seen = await awaitMarks(ctx.fleet, [mark]);
  const accepted = samples.filter((s) => s.ok);
  return {
    casts: samples.length,
    accepted: accepted.length,
    refused: refusals(samples),
    ackMs: summarize(accepted.map((s) => s.ackMs)),
    closeEveryReplicaMs: fanOut(seen, mark, sentAt, ctx.fleet.replicas()),
  };
}
