/**
 * `npm run bench -- --cluster N`: many nodes against one, in the same run, on the same machine.
 * Each side is a local cluster (scripts/cluster/local.ts: a durable PostgreSQL, the nodes, HAProxy
 * with the shipped configuration), first with 1 node and then with N, all traffic through the
 * balancer:
 *
 * - spread: Session 3's open writing (the participants, followers and notes per second of the
 *   flags) divided over 2·N workshops, which the balancer's hash spreads over the nodes;
 * - plenary: one workshop, the flags' followers (follow-only replicas, as the follow screen opens
 *   them: least connections, relayed by the nodes that do not own it) and 20 participants writing.
 *
 * Note → every replica and ack latencies are pooled over the workshops. On one machine the nodes
 * share its cores, so each node's CPU per note is printed beside the latencies.
 */
import type { CreatedWorkshop } from '../shared/schemas/rest.ts';
import type { LogLine } from '../test/helpers/process.ts';
import { startLocalCluster, type LocalCluster } from '../scripts/cluster/local.ts';
import type { Flags } from './args.ts';
import { connectFacilitator, type Facilitator } from './facilitator.ts';
import { startFleet, type Fleet } from './fleet.ts';
import { deliveryTimes } from './measure.ts';
import { noteSchedule, SESSION3_BOARDS } from './plan.ts';
import { readProc } from './server-process.ts';
import { createWorkshop } from './session3.ts';
import { ratio, summarize, type Summary } from './stats.ts';

/** The plenary's writers: enough to show fan-out, few enough that the followers are the load. */
const PLENARY_WRITERS = 20;
const PLENARY_RATE = 20;

export interface ClusterLoad {
  nodes: number;
  workshops: number;
  participants: number;
  followers: number;
  /** Notes per second asked for, and achieved (the product's per-participant rate cap). */
  rate: number;
  acked: number;
  undelivered: number;
  ackMs: Summary;
  everyReplicaMs: Summary;
  /**
   * Per node: workshops it owned, CPU ms it spent per acknowledged note, relays it opened, and
   * workshops it handed over or lost (either stalls their writers: none is expected).
   */
  perNode: Array<{ node: string; workshops: number; cpuMsPerNote: number; relays: number; moved: number }>;
}

export interface ClusterBench {
  nodes: number;
  spread: ClusterLoad[];
  plenary: ClusterLoad[];
}

interface Room {
  workshop: CreatedWorkshop;
  fleet: Fleet;
  fac: Facilitator;
}

/** Runs both loads on 1 node and then on `flags.cluster` nodes; stops every process it started. */
export async function runClusterBench(flags: Flags, log: (line: string) => void): Promise<ClusterBench> {
  const n = flags.cluster!;
  const result: ClusterBench = { nodes: n, spread: [], plenary: [] };
  for (const nodes of [1, n]) {
    log(`cluster of ${nodes} node${nodes > 1 ? 's' : ''} behind HAProxy on a durable PostgreSQL`);
    const cluster = await startLocalCluster({ nodes, port: 0 });
    try {
      const workshops = 2 * n;
      log(`spread: ${flags.participants} participants, ${flags.followers} followers over ${workshops} workshops`);
      result.spread.push(
        await measureLoad(cluster, flags, {
          workshops,
          participants: flags.participants,
          followers: flags.followers,
          rate: flags.rate,
          followOnly: false,
        }),
      );
      log(`plenary: ${flags.followers} follow-only replicas and ${PLENARY_WRITERS} writers in one workshop`);
      result.plenary.push(
        await measureLoad(cluster, flags, {
          workshops: 1,
          participants: PLENARY_WRITERS,
          followers: flags.followers,
          rate: Math.min(flags.rate, PLENARY_RATE),
          followOnly: true,
        }),
      );
    } finally {
      await cluster.stop();
    }
  }
  return result;
}

interface Load {
  workshops: number;
  participants: number;
  followers: number;
  rate: number;
  followOnly: boolean;
}

/** Opens the workshops' rooms through the balancer, has them write for the flags' duration, and pools the figures. */
async function measureLoad(cluster: LocalCluster, flags: Flags, load: Load): Promise<ClusterLoad> {
  const rooms: Room[] = [];
  const share = (total: number, i: number) => Math.floor(total / load.workshops) + (i < total % load.workshops ? 1 : 0);
  try {
    for (let i = 0; i < load.workshops; i++) {
      const workshop = await createWorkshop(cluster.url);
      const fac = await connectFacilitator(cluster.url, workshop.code, workshop.facilitatorKey, () => undefined);
      // Open boards, as Session 3's open writing has them: silent writing, then both boards revealed.
      await fac.command('agenda:enter', { segmentId: 'session-3', activityId: 's3-silent-writing' });
      for (const board of SESSION3_BOARDS) await fac.command('board:reveal', { boardId: board.id });
      const fleet = await startFleet(
        cluster.url,
        workshop.code,
        share(load.participants, i),
        share(load.followers, i),
        {
          count: load.workshops === 1 ? flags.workers : 1,
          nice: flags.clientNice,
          followersAs: flags.followersAs,
          replicaClock: flags.replicaClock,
          followOnly: load.followOnly,
        },
      );
      rooms.push({ workshop, fleet, fac });
    }
    await new Promise((r) => setTimeout(r, 2000));
    const cpu0 = cluster.nodes.map((node) => readProc(node.child.pid!).cpuMs);
    const plans = rooms.map((r, i) =>
      noteSchedule(r.fleet.participants(), load.rate / load.workshops, flags.duration * 1000, `c${i}-`),
    );
    const samples = await Promise.all(rooms.map((r, i) => r.fleet.run(plans[i]!.commands)));
    const times = await Promise.all(rooms.map((r, i) => deliveryTimes(r.fleet, samples[i]!, (s) => `n:${s.id}`)));
    const cpu1 = cluster.nodes.map((node) => readProc(node.child.pid!).cpuMs);
    const acked = times.reduce((k, t) => k + t.ackMs.length, 0);
    const owners = ownersOf(
      cluster,
      rooms.map((r) => r.workshop.code),
    );
    return {
      nodes: cluster.nodes.length,
      workshops: load.workshops,
      participants: load.participants,
      followers: load.followers,
      rate: Math.round(plans.reduce((k, p) => k + p.rate, 0) * 10) / 10,
      acked,
      undelivered: times.reduce((k, t) => k + t.undelivered, 0),
      ackMs: summarize(times.flatMap((t) => t.ackMs)),
      everyReplicaMs: summarize(times.flatMap((t) => t.everyReplicaMs)),
      perNode: cluster.nodes.map((node, i) => ({
        node: `node${i + 1}`,
        workshops: owners.filter((o) => o === `node${i + 1}`).length,
        cpuMsPerNote: acked ? Math.round(((cpu1[i]! - cpu0[i]!) / acked) * 100) / 100 : 0,
        relays: eventsOf(node.logs, 'relay_opened', rooms),
        moved: eventsOf(node.logs, 'workshop_handed_over', rooms) + eventsOf(node.logs, 'lease_lost', rooms),
      })),
    };
  } finally {
    for (const r of rooms) r.fac.close();
    await Promise.all(rooms.map((r) => r.fleet.close()));
  }
}

const eventsOf = (logs: LogLine[], event: string, rooms: Room[]) =>
  logs.filter((l) => l.event === event && rooms.some((r) => r.workshop.code === l.code)).length;

/** Which node took each workshop's lease, from the nodes' own log lines (the last taker holds it). */
function ownersOf(cluster: LocalCluster, codes: string[]): string[] {
  return codes.map((code) => {
    let owner = '';
    let at = -1;
    for (const [i, node] of cluster.nodes.entries())
      node.logs.forEach((l, k) => {
        if (l.event === 'lease_taken' && l.code === code && k > at) {
          owner = `node${i + 1}`;
          at = k;
        }
      });
    return owner;
  });
}

/** The report: each load on 1 node against N, and what the N nodes did each. */
export function printClusterBench(bench: ClusterBench, print: (line: string) => void): void {
  const fmt = (s: Summary) => `p50 ${s.p50} ms, p99 ${s.p99} ms`;
  for (const [name, [one, many]] of [
    ['spread over workshops', bench.spread],
    ['one plenary with follow-only replicas', bench.plenary],
  ] as const) {
    if (!one || !many) continue;
    print(
      `\n${name} (${many.workshops} workshop${many.workshops > 1 ? 's' : ''}, ${many.participants} participants, ${many.followers} followers, ${many.rate} notes/s)`,
    );
    for (const r of [one, many])
      print(
        `  ${r.nodes} node${r.nodes > 1 ? 's' : ' '}: ${r.acked} notes acked (${r.undelivered} undelivered); ack ${fmt(r.ackMs)}; note → every replica ${fmt(r.everyReplicaMs)}`,
      );
    print(
      `  1 node / ${many.nodes} nodes: note → every replica p50 ${ratio(one.everyReplicaMs.p50, many.everyReplicaMs.p50)}×, p99 ${ratio(one.everyReplicaMs.p99, many.everyReplicaMs.p99)}×; ack p99 ${ratio(one.ackMs.p99, many.ackMs.p99)}×`,
    );
    for (const node of many.perNode)
      print(
        `    ${node.node}: ${node.workshops} workshop(s) owned, ${node.relays} relay(s), ${node.moved} moved, ${node.cpuMsPerNote} ms CPU per note (1 node: ${one.perNode[0]?.cpuMsPerNote} ms)`,
      );
  }
}
