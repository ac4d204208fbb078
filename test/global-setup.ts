/**
 * One throwaway PostgreSQL cluster for the whole run (fsync off: these tests need a real engine,
 * not a durable one), with a migrated template database every test file copies its own from.
 * Both test projects call this; the first one starts the cluster and the second finds it.
 * Stopped by PID at the end. No PostgreSQL on the machine fails the run, with the command to
 * install it.
 */
import { createLogger } from '../server/log.ts';
import { openPostgresStore } from '../server/persistence/postgres.ts';
import { adminQuery, startPostgresCluster } from './helpers/postgres-cluster.ts';
import { TEMPLATE_DATABASE } from './helpers/postgres-db.ts';

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.PLENARY_TEST_PG) return async () => undefined;
  const cluster = await startPostgresCluster('fast');
  await adminQuery(cluster.url(), `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  const store = await openPostgresStore({
    url: cluster.url(TEMPLATE_DATABASE),
    poolSize: 1,
    requireDurable: false,
    log: createLogger('silent'),
  });
  await store.close();
  // Test workers are started after this and inherit it.
  process.env.PLENARY_TEST_PG = cluster.url();
  return async () => {
    delete process.env.PLENARY_TEST_PG;
    await cluster.destroy();
  };
}
