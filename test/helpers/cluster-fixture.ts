/**
 * For a test file that routes through a local cluster (PostgreSQL, Plenary nodes, HAProxy: see
 * scripts/cluster/local.ts): started before the file; after it every socket and replica the file
 * gave it is closed and every process is stopped by its PID.
 */
import { afterAll, beforeAll } from 'vitest';
import { startLocalCluster, type ClusterOptions, type LocalCluster } from '../../scripts/cluster/local.ts';
import type { NodeReplica, TestSocket } from './clients.ts';

export interface ClusterFixture {
  /** Set before the first test. */
  cluster: LocalCluster;
  sockets: TestSocket[];
  replicas: NodeReplica[];
}

export function clusterFixture(options: ClusterOptions): ClusterFixture {
  const fixture = { sockets: [], replicas: [] } as unknown as ClusterFixture;
  beforeAll(async () => {
    fixture.cluster = await startLocalCluster(options);
  }, 90_000);
  afterAll(async () => {
    for (const s of fixture.sockets.splice(0)) s.close();
    for (const r of fixture.replicas.splice(0)) r.destroy();
    await fixture.cluster?.stop();
  }, 60_000);
  return fixture;
}
