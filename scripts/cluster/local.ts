/**
 * A local cluster on loopback: a PostgreSQL database (a throwaway durable cluster, or the one
 * given), N Plenary processes on free ports, each with its own NODE_ID, and HAProxy with the
 * shipped configuration on one entry port. For `npm run cluster` and the tests; every process it
 * starts is stopped by its PID.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adminQuery,
  freePort,
  startPostgresCluster,
  type PostgresCluster,
} from '../../test/helpers/postgres-cluster.ts';
import { spawnServer, type ServerProcess } from '../../test/helpers/process.ts';
import { startHaproxy, type Balancer } from './haproxy.ts';

export interface ClusterOptions {
  nodes: number;
  /** The balancer's port; 0 picks a free one. */
  port: number;
  /** An existing database; unset, a throwaway durable cluster is started. */
  databaseUrl?: string;
  /** More environment for every node (LEASE_MS, LOG_LEVEL, …). */
  env?: Record<string, string>;
}

export interface LocalCluster {
  /** The balancer: the one address clients are given. */
  url: string;
  databaseUrl: string;
  /** Node i is `node${i + 1}` in the balancer and in the leases. */
  nodes: ServerProcess[];
  balancer: Balancer;
  /** Starts node i again, on its port and under its NODE_ID, after it exited. */
  restart(i: number): Promise<ServerProcess>;
  stop(): Promise<void>;
}

export async function startLocalCluster(options: ClusterOptions): Promise<LocalCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-cluster-'));
  let postgres: PostgresCluster | null = null;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    postgres = await startPostgresCluster('durable');
    await adminQuery(postgres.url(), 'CREATE DATABASE plenary');
    databaseUrl = postgres.url('plenary');
  }
  const ports = await Promise.all(Array.from({ length: options.nodes }, () => freePort()));
  // Known before the nodes start: they reach each other's workshops through it (follower relays).
  const entryPort = options.port || (await freePort());
  const clusterKey = randomBytes(24).toString('base64url');
  const start = (i: number) =>
    spawnServer({
      port: ports[i]!,
      env: {
        DATABASE_URL: databaseUrl!,
        NODE_ID: `node${i + 1}`,
        DATABASE_POOL_SIZE: '5',
        // HAProxy, on this machine, forwards each client's address (option forwardfor): believe it.
        TRUST_PROXY: 'loopback',
        CLUSTER_URL: `http://127.0.0.1:${entryPort}`,
        CLUSTER_KEY: clusterKey,
        ...options.env,
      },
    });
  const nodes: ServerProcess[] = [];
  let balancer: Balancer | null = null;
  const stop = async () => {
    await balancer?.stop();
    for (const n of nodes) {
      if (n.child.exitCode !== null || n.child.signalCode !== null) continue;
      n.child.kill('SIGCONT');
      n.child.kill('SIGTERM');
    }
    await Promise.all(nodes.map((n) => n.exited));
    await postgres?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // One after the other: the first migrates the schema, and the others find it done.
    for (let i = 0; i < options.nodes; i++) nodes.push(await start(i));
    balancer = await startHaproxy({
      port: entryPort,
      dir,
      nodes: ports.map((p, i) => ({ name: `node${i + 1}`, port: p })),
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url: `http://127.0.0.1:${balancer.port}`,
    databaseUrl,
    nodes,
    balancer,
    async restart(i) {
      const node = await start(i);
      nodes[i] = node;
      return node;
    },
    stop,
  };
}
