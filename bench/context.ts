/** What every phase of the run works with. */
import type { Facilitator } from './facilitator.ts';
import type { Fleet } from './fleet.ts';
import type { ServerProcess } from './server-process.ts';

export interface BenchContext {
  server: ServerProcess;
  fleet: Fleet;
  fac: Facilitator;
  code: string;
}

/** Forgets what the replicas saw so far, so the next phase's marks are its own. */
export async function clearMarks(ctx: BenchContext): Promise<void> {
  await ctx.fleet.all('clearMarks', null);
}

/** Bytes received so far by all followers, and how many there are. */
export async function followerBytes(ctx: BenchContext): Promise<{ bytes: number; followers: number }> {
  const rows = await ctx.fleet.all('bytes', null);
  return { bytes: rows.reduce((n, r) => n + r.followerBytes, 0), followers: rows.reduce((n, r) => n + r.followers, 0) };
}
