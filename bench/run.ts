/** `npm run bench`: how fast and how big Plenary is. See bench/README.md. */
import fs from 'node:fs';
import type { Flags } from './args.ts';
import { readFlags, USAGE } from './args.ts';
import { measureFullDay, type FullDaySize } from './fullday.ts';
import { runClusterBench, type ClusterBench } from './cluster.ts';
import { describeMachine, type Machine } from './machine.ts';
import { printReport } from './report.ts';
import { runSession3, type Session3 } from './session3.ts';
import { runSteps, type Steps } from './step.ts';
import { adminQuery, startPostgresCluster } from '../test/helpers/postgres-cluster.ts';

export interface BenchResult {
  machine: Machine;
  flags: Flags;
  session3: Session3 | null;
  /** With `--store postgres`: the same Session 3 on a durable PostgreSQL, right after the SQLite one. */
  session3Postgres: Session3 | null;
  fullDay: FullDaySize | null;
  steps: Steps | null;
  /** With `--cluster N`: 1 node against N behind HAProxy (bench/cluster.ts); nothing else runs. */
  cluster: ClusterBench | null;
}

async function main(): Promise<void> {
  let flags: Flags;
  try {
    flags = readFlags(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    process.exit(2);
  }
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const result: BenchResult = {
    machine: describeMachine(),
    flags,
    session3: null,
    session3Postgres: null,
    fullDay: null,
    steps: null,
    cluster: null,
  };
  if (flags.cluster) result.cluster = await runClusterBench(flags, log);
  else if (flags.step) result.steps = await runSteps(flags, log);
  else {
    result.session3 = await runSession3(flags, log);
    if (flags.store === 'postgres') {
      log('the same on PostgreSQL (durable: fsync and synchronous_commit on), started for this run');
      result.session3Postgres = await onPostgres((url) => runSession3(flags, log, url));
    }
    if (flags.fullday) {
      log('full-day document: 1,000 notes, 500 deleted, 5,000 votes');
      result.fullDay = await measureFullDay(flags.dataParent);
    }
  }
  if (flags.save) fs.writeFileSync(flags.save, `${JSON.stringify(result, null, 2)}\n`);
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printReport(result, (line) => process.stdout.write(`${line}\n`));
}

/** Runs `task` against a durable PostgreSQL cluster started (and stopped, by PID) for it. */
async function onPostgres<T>(task: (databaseUrl: string) => Promise<T>): Promise<T> {
  const cluster = await startPostgresCluster('durable');
  const stop = () => void cluster.stop('immediate');
  process.once('exit', stop);
  try {
    await adminQuery(cluster.url(), 'CREATE DATABASE plenary');
    return await task(cluster.url('plenary'));
  } finally {
    process.off('exit', stop);
    await cluster.destroy();
  }
}

// Exit through 'exit' handlers, which stop the server and floor processes this run started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
