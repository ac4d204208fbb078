/**
 * `npm run cluster [-- --nodes 3 --port 8080]`: many Plenary nodes behind HAProxy on this
 * machine, to try it out: a throwaway PostgreSQL (or DATABASE_URL), the nodes, the balancer with
 * deploy/haproxy.cfg, and the ILO workshop created through it. Ctrl-C stops all of it.
 */
import { parseArgs } from 'node:util';
import { workshopLinks } from '../shared/links.ts';
import { createWorkshopAt } from '../test/helpers/process.ts';
import { startLocalCluster } from './cluster/local.ts';

const { values } = parseArgs({
  options: { nodes: { type: 'string', default: '3' }, port: { type: 'string', default: '8080' } },
});
const nodes = Number(values.nodes);
const port = Number(values.port);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 16) throw new Error('--nodes: 1 to 16');
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port: 0 to 65535');

const cluster = await startLocalCluster({
  nodes,
  port,
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping the nodes, HAProxy and PostgreSQL…\n');
  cluster.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const workshop = await createWorkshopAt(cluster.url);
const links = workshopLinks(cluster.url, workshop.code, workshop.facilitatorKey);
const lines = [
  `\n  Plenary cluster: ${nodes} nodes behind HAProxy on ${cluster.url}`,
  `  PostgreSQL: ${cluster.databaseUrl}`,
  ...cluster.nodes.map((n, i) => `  node${i + 1}: ${n.url} (pid ${n.child.pid})`),
  `\n  Join code: ${workshop.code}`,
  `    Facilitator (keep private): ${links.facilitate}`,
  `    Participants join:          ${links.join}`,
  `    Projector screen:           ${links.screen}`,
  `    Remote follow:              ${links.follow}`,
  `\n  Try: kill -9 a node's pid; its workshops move to another node within LEASE_MS (10 s).`,
  '  Ctrl-C stops everything.\n',
];
process.stdout.write(`${lines.join('\n')}\n`);
