/**
 * For a test file that runs Plenary processes on PostgreSQL as in production: a durable cluster
 * with an empty `plenary` database before the file, and after it every socket closed, every
 * process killed by its PID (woken first: a SIGSTOPped one cannot die) and the cluster removed.
 */
import { afterAll, beforeAll } from 'vitest';
import type { TestSocket } from './clients.ts';
import { adminQuery, startPostgresCluster, type PostgresCluster } from './postgres-cluster.ts';
import type { ServerProcess } from './process.ts';

export interface ProcessFixture {
  /** Set before the first test. */
  cluster: PostgresCluster;
  url: string;
  /** Closed after the file. */
  sockets: TestSocket[];
  /** Killed after the file, unless they exited. */
  processes: ServerProcess[];
}

export function processFixture(): ProcessFixture {
  const fixture = { url: '', sockets: [], processes: [] } as unknown as ProcessFixture;
  beforeAll(async () => {
    fixture.cluster = await startPostgresCluster('durable');
    await adminQuery(fixture.cluster.url(), 'CREATE DATABASE plenary');
    fixture.url = fixture.cluster.url('plenary');
  }, 60_000);
  afterAll(async () => {
    for (const s of fixture.sockets.splice(0)) s.close();
    for (const p of fixture.processes) {
      if (p.child.exitCode !== null || p.child.signalCode !== null) continue;
      p.child.kill('SIGCONT');
      p.child.kill('SIGKILL');
    }
    await fixture.cluster?.destroy();
  });
  return fixture;
}
