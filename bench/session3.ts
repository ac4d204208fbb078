/**
 * The default run: the real server in its own process, N participants and M followers in
 * worker processes, and a facilitator driving Session 3 through the real commands.
 */
import type { MetricsLine } from '../server/metrics.ts';
import type { CreatedWorkshop } from '../shared/schemas/rest.ts';
import type { Flags } from './args.ts';
import { followerBytes, type BenchContext } from './context.ts';
import { connectFacilitator } from './facilitator.ts';
import { startFleet } from './fleet.ts';
import { measureFloor, type Floor } from './floor.ts';
import { dotVote, quietTimer, type DotVote } from './phases-room.ts';
import {
  openWriting,
  privateWriting,
  reconnect,
  type OpenWriting,
  type PrivateWriting,
  type Reconnect,
} from './phases-writing.ts';
import { startServer, type ServerProcess } from './server-process.ts';
import { monoMs, ratio, type Summary } from './stats.ts';

/** Server memory after a full GC, before and after the room connects. */
export interface Memory {
  baselineRssBytes: number;
  connectedRssBytes: number;
  baselineHeapBytes: number;
  connectedHeapBytes: number;
  /** People connected: participants (Socket.IO + replica) and followers (replica). */
  clients: number;
  /** Sockets held by the server: one Socket.IO per participant plus one y-websocket per replica, plus the facilitator. */
  sockets: number;
  rssPerClientBytes: number;
  rssPerSocketBytes: number;
  heapPerSocketBytes: number;
  /** Heap the V8 keeps reserved (used or not) per socket: RSS that a GC does not give back. */
  heapTotalPerSocketBytes: number;
  /** Memory outside the JS heap that V8 knows of (Buffers, ArrayBuffers) per socket. */
  externalPerSocketBytes: number;
  connectSeconds: number;
}

export interface Session3 {
  memory: Memory;
  privateWriting: PrivateWriting;
  openWriting: Omit<OpenWriting, 'accepted'>;
  quietTimerMs: Summary;
  reconnect: Reconnect;
  vote: DotVote;
  followerBytesPerMinute: number;
  floor: Floor;
  vsFloor: { p50: number; p99: number };
}

/** Creates a workshop from the ILO template over REST. */
export async function createWorkshop(url: string): Promise<CreatedWorkshop> {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template: 'ilo-coop-2018' }),
  });
  if (res.status !== 201) throw new Error(`create workshop: HTTP ${res.status}`);
  return (await res.json()) as CreatedWorkshop;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the server, connects the room and runs the script; stops everything it started. */
export async function runSession3(flags: Flags, log: (line: string) => void, databaseUrl?: string): Promise<Session3> {
  const server = await startServer({
    dataParent: flags.dataParent,
    profileDir: flags.profile,
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  let ctx: BenchContext | null = null;
  try {
    const { code, facilitatorKey } = await createWorkshop(server.url);
    await settle(1000);
    const baseline = await server.metrics();
    log(`connecting ${flags.participants} participants and ${flags.followers} followers`);
    const t0 = monoMs();
    const fleet = await startFleet(server.url, code, flags.participants, flags.followers, {
      count: flags.workers,
      nice: flags.clientNice,
      followersAs: flags.followersAs,
      replicaClock: flags.replicaClock,
    });
    const fac = await connectFacilitator(server.url, code, facilitatorKey, log);
    ctx = { server, fleet, fac, code };
    const connectSeconds = Math.round((monoMs() - t0) / 100) / 10;
    await settle(2000);
    const memory = memoryOf(baseline, await server.metrics(), flags, connectSeconds);
    return await script(ctx, flags, server, memory, log);
  } finally {
    ctx?.fac.close();
    await ctx?.fleet.close();
    await server.stop();
  }
}

async function script(
  ctx: BenchContext,
  flags: Flags,
  server: ServerProcess,
  memory: Memory,
  log: (line: string) => void,
): Promise<Session3> {
  const t0 = monoMs();
  const bytes0 = await followerBytes(ctx);
  log('session 3: framing, then silent writing and reveal');
  await ctx.fac.command('agenda:enter', { segmentId: 'session-3', activityId: 's3-framing' });
  const priv = await privateWriting(ctx, 2, Math.min(flags.rate, 40));
  log(`open writing at ${flags.rate} notes/s for ${flags.duration} s`);
  const { accepted, ...open } = await openWriting(ctx, flags.rate, flags.duration * 1000);
  log('timer fan-out on a quiet board');
  const quietTimerMs = await quietTimer(ctx, 10);
  log(`a follower misses ${flags.missed} updates and reconnects`);
  const rejoin = await reconnect(ctx, flags.missed, Math.min(flags.rate, 40), server.url);
  log('dot vote');
  const onChallenges = accepted.filter((s) => Number(s.id.slice(1)) % 2 === 0).map((s) => s.id);
  const vote = await dotVote(ctx, 'challenges', onChallenges, 5, Math.min(flags.rate, 80));
  const bytes1 = await followerBytes(ctx);
  const minutes = (monoMs() - t0) / 60_000;
  log(`floor: raw ws, ${open.bytesPerNote} B at ${open.rate}/s to ${ctx.fleet.replicas()} clients`);
  const floor = await measureFloor(ctx, Math.max(open.bytesPerNote, 16), open.rate, flags.duration * 1000);
  return {
    memory,
    privateWriting: priv,
    openWriting: open,
    quietTimerMs,
    reconnect: rejoin,
    vote,
    followerBytesPerMinute: bytes1.followers
      ? Math.round((bytes1.bytes - bytes0.bytes) / bytes1.followers / minutes)
      : 0,
    floor,
    vsFloor: {
      p50: ratio(open.notes.everyReplicaMs.p50, floor.everyClientMs.p50),
      p99: ratio(open.notes.everyReplicaMs.p99, floor.everyClientMs.p99),
    },
  };
}

function memoryOf(
  baseline: MetricsLine['metrics'],
  connected: MetricsLine['metrics'],
  flags: Flags,
  connectSeconds: number,
): Memory {
  const clients = flags.participants + flags.followers;
  const sockets = 2 * flags.participants + flags.followers + 1;
  const rss = Math.max(0, connected.rssBytes - baseline.rssBytes);
  const heap = Math.max(0, connected.heapUsedBytes - baseline.heapUsedBytes);
  const perSocket = (after: number, before: number) => Math.round(Math.max(0, after - before) / sockets);
  return {
    baselineRssBytes: baseline.rssBytes,
    connectedRssBytes: connected.rssBytes,
    baselineHeapBytes: baseline.heapUsedBytes,
    connectedHeapBytes: connected.heapUsedBytes,
    clients,
    sockets,
    rssPerClientBytes: Math.round(rss / clients),
    rssPerSocketBytes: Math.round(rss / sockets),
    heapPerSocketBytes: Math.round(heap / sockets),
    heapTotalPerSocketBytes: perSocket(connected.heapTotalBytes, baseline.heapTotalBytes),
    externalPerSocketBytes: perSocket(connected.externalBytes, baseline.externalBytes),
    connectSeconds,
  };
}
