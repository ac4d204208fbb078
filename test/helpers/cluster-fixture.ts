/**
 * For a test file that routes through a local cluster (PostgreSQL, Plenary nodes, HAProxy: see
 * scripts/cluster/local.ts): started before the file; after it every socket and replica the file
 * gave it is closed and every process is stopped by its PID.
 */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startLocalCluster, type ClusterOptions, type LocalCluster } from '../../scripts/cluster/local.ts';
import type { NodeReplica, TestSocket } from './clients.ts';

export interface ClusterFixture {
  /** Set before the first test. */
  cluster: LocalCluster;
  sockets: TestSocket[];
  replicas: NodeReplica[];
}

/** The index of the node (`node${i + 1}`) holding the workshop's lease now; throws when none does. */
export async function ownerIndex(databaseUrl: string, code: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner_node: string | null }>(
      'SELECT owner_node FROM workshops WHERE code = $1',
      [code],
    );
    const owner = rows[0]?.owner_node;
    if (!owner) throw new Error(`${code} has no owner`);
    return Number(owner.replace('node', '')) - 1;
  } finally {
    await client.end();
  }
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
