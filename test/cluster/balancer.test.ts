/**
 * Three real Plenary nodes on a durable PostgreSQL behind HAProxy with the shipped configuration
 * (npm run cluster's): every connection of a workshop (Socket.IO with `query: { w }`, its Yjs
 * replica, its REST routes) reaches the node that holds its lease, with no hand-over; the
 * workshops spread over the nodes.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { connectSocket, openReplica, send } from '../helpers/clients.ts';
import { clusterFixture } from '../helpers/cluster-fixture.ts';
import { createWorkshopAt } from '../helpers/process.ts';

const fixture = clusterFixture({ nodes: 3, port: 0, env: { LEASE_MS: '4000' } });
const { sockets, replicas } = fixture;

async function owners(): Promise<Map<string, string | null>> {
  const client = new pg.Client({ connectionString: fixture.cluster.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string; owner_node: string | null }>(
      'SELECT code, owner_node FROM workshops',
    );
    return new Map(rows.map((r) => [r.code, r.owner_node]));
  } finally {
    await client.end();
  }
}

describe('routing by workshop code through HAProxy', () => {
  it('sends every connection of a workshop to its owner, and spreads workshops over the nodes', async () => {
    const workshops = await Promise.all(Array.from({ length: 9 }, () => createWorkshopAt(fixture.cluster.url)));
    for (const w of workshops) {
      // The page's Socket.IO connection carries the code in its query; the replica in its path.
      const { socket } = await connectSocket(fixture.cluster.url, {
        code: w.code,
        client: 'facilitate',
        facilitatorKey: w.facilitatorKey,
      });
      sockets.push(socket);
      expect(
        (await send(socket, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok,
      ).toBe(true);
      replicas.push(await openReplica(fixture.cluster.url, w.code));
      const clock = await fetch(`${fixture.cluster.url}/api/workshops/${w.code.toLowerCase()}/clock`);
      expect(clock.status).toBe(200);
    }
    const held = await owners();
    const byNode = new Map<string, number>();
    for (const w of workshops) {
      const owner = held.get(w.code);
      expect(owner, w.code).toMatch(/^node[123]$/);
      byNode.set(owner!, (byNode.get(owner!) ?? 0) + 1);
      // Exactly one node ever took its lease, and nobody was asked to hand it over.
      const takers = fixture.cluster.nodes.filter((n) =>
        n.logs.some((l) => l.event === 'lease_taken' && l.code === w.code),
      );
      expect(takers).toHaveLength(1);
    }
    for (const n of fixture.cluster.nodes) expect(n.logs.filter((l) => l.event === 'workshop_handed_over')).toEqual([]);
    console.log(`9 workshops over 3 nodes: ${[...byNode].map(([n, c]) => `${n} ${c}`).join(', ')}`);
    expect(byNode.size).toBeGreaterThan(1);
  }, 90_000);
});
