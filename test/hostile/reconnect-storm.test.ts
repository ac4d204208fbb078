/**
 * Attack 9, by accident: the server is killed under 100 participants (behind one venue address,
 * a Socket.IO connection and a replica each) and 400 remote followers (a replica each, from 40
 * addresses), and started again. Every client must come back by itself, spread out: no 250 ms
 * window may take more than 20 % of the reconnections (when each successful attempt reached the
 * server), 95 % are back (synced) within 10 s of the restart, and none gives up. The clients are
 * the browser's own modules (client/src/net/) in one process.
 */
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { keepConnected, MANUAL_RECONNECTION } from '../../client/src/net/keep-connected.ts';
import { openReplica, type Replica } from '../../client/src/net/replica.ts';
import WebSocket from 'ws';
import { fromAddress, newToken, send, webSocketFrom } from '../helpers/clients.ts';
import { startTestServer } from '../helpers/server.ts';
import { createWorkshopAt, spawnServer, type ServerProcess } from '../helpers/process.ts';
import { waitFor } from '../helpers/wait.ts';

const PARTICIPANTS = 100;
const FOLLOWERS = 400;
const VENUE = '127.0.0.80';
const followerAddress = (i: number) => `127.0.1.${10 + (i % 40)}`;

let proc: ServerProcess | null = null;
const closers: Array<() => void> = [];
afterEach(() => {
  for (const c of closers.splice(0)) c();
  if (proc?.child.exitCode === null) proc.child.kill('SIGKILL');
});

/** The largest share of `times` (ms) inside any 250 ms window. */
function busiestShare(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j]! < sorted[i]! - 250) j++;
    busiest = Math.max(busiest, i - j + 1);
  }
  return busiest / sorted.length;
}

/** One client's link as the test sees it: whether it is back, and whether it gave up. */
interface Link {
  back: boolean;
  gaveUp: boolean;
}

describe('a reconnect storm', () => {
  it('after a kill under 100 participants and 400 followers comes back spread out, and whole', async () => {
    proc = await spawnServer();
    const { port, dataDir } = proc;
    const { code } = await createWorkshopAt(proc.url);
    const url = proc.url;
    const backAt: number[] = [];
    const landedAt: number[] = [];
    const links: Link[] = [];

    const replicaLink = (from: string, follower: boolean): Promise<void> => {
      const link: Link = { back: false, gaveUp: false };
      links.push(link);
      let replica: Replica | null = null;
      // Each attempt's WebSocket notes when it set out: the moment that attempt reached the server.
      const Base = webSocketFrom(from) as unknown as new (u: string, p?: string | string[]) => object;
      class Timed extends Base {
        setOutAt = performance.now();
      }
      return new Promise((resolve) => {
        replica = openReplica(
          url,
          code,
          (synced) => {
            if (synced && !link.back) {
              backAt.push(performance.now());
              landedAt.push((replica!.provider.ws as unknown as Timed).setOutAt);
            }
            link.back = synced;
            if (synced) resolve();
          },
          {
            WebSocketImpl: Timed as unknown as typeof globalThis.WebSocket,
            onRefused: () => (link.gaveUp = true),
            ...(follower ? { params: { client: 'follow' } } : {}),
          },
        );
        closers.push(() => replica?.destroy());
      });
    };
    const participant = async (i: number): Promise<void> => {
      const link: Link = { back: false, gaveUp: false };
      links.push(link);
      const auth: Record<string, string> = { code, client: 'participant' };
      const socket: Socket = io(url, {
        auth,
        transports: ['websocket'],
        forceNew: true,
        ...MANUAL_RECONNECTION,
        ...fromAddress(VENUE),
      });
      const stop = keepConnected(socket, () => (link.gaveUp = true));
      closers.push(() => {
        stop();
        socket.close();
      });
      // The transport opening is this socket's attempt reaching the server (before any look-up).
      let openedAt = 0;
      socket.io.on('open', () => (openedAt = performance.now()));
      socket.on('connect', () => {
        if (!link.back) {
          backAt.push(performance.now());
          landedAt.push(openedAt);
        }
        link.back = true;
      });
      socket.on('disconnect', () => (link.back = false));
      await waitFor(() => socket.connected, `participant ${i} to connect`, 20_000);
      const token = newToken();
      const joined = await send(socket as never, 'session:join', {
        name: `P${i}`,
        organisation: 'Coop',
        attendance: 'room',
        token,
      });
      if (!joined.ok) throw new Error(`join ${i}: ${joined.error}`);
      auth.participantToken = token;
      await replicaLink(VENUE, false);
    };

    await Promise.all(Array.from({ length: PARTICIPANTS }, (_, i) => participant(i)));
    await Promise.all(Array.from({ length: FOLLOWERS }, (_, i) => replicaLink(followerAddress(i), true)));
    expect(links.every((l) => l.back)).toBe(true);

    backAt.length = 0;
    landedAt.length = 0;
    proc.child.kill('SIGKILL');
    await proc.exited;
    const killedAt = performance.now();
    await waitFor(() => links.every((l) => !l.back), 'every client to notice the server is gone', 10_000);
    proc = await spawnServer({ dataDir, port });
    const restartedAt = performance.now();
    await waitFor(() => links.every((l) => l.back || l.gaveUp), 'every client to come back', 30_000, 50);

    const times = backAt.map((t) => t - restartedAt).sort((a, b) => a - b);
    const at = (q: number) => times[Math.ceil(q * times.length) - 1]!;
    const figures = {
      reconnections: times.length,
      busiestWindowShare: busiestShare(landedAt),
      busiestWindowShareSynced: busiestShare(backAt),
      restartMs: restartedAt - killedAt,
      p95BackMs: at(0.95),
      allBackMs: at(1),
      gaveUp: links.filter((l) => l.gaveUp).length,
    };
    console.info(`reconnect storm: ${JSON.stringify(figures)}`);
    expect(figures.gaveUp).toBe(0);
    expect(times).toHaveLength(PARTICIPANTS * 2 + FOLLOWERS);
    expect(figures.busiestWindowShare).toBeLessThanOrEqual(0.2);
    expect(figures.p95BackMs).toBeLessThan(10_000);
  }, 120_000);
});

describe('a client told to stop', () => {
  it('stops retrying and says why when the workshop is gone, on both channels', async () => {
    const server = await startTestServer();
    closers.push(() => void server.close());
    let attempts = 0;
    class CountingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        attempts++;
      }
    }
    const refusals: string[] = [];
    const replica = openReplica(server.url, 'KM4TRX', () => undefined, {
      WebSocketImpl: CountingWebSocket as unknown as typeof globalThis.WebSocket,
      onRefused: (reason) => refusals.push(`replica: ${reason}`),
    });
    closers.push(() => replica.destroy());
    const socket: Socket = io(server.url, {
      auth: { code: 'KM4TRX', client: 'participant' },
      transports: ['websocket'],
      forceNew: true,
      ...MANUAL_RECONNECTION,
    });
    const stop = keepConnected(socket, (reason) => refusals.push(`socket: ${reason}`));
    closers.push(() => {
      stop();
      socket.close();
    });
    await waitFor(() => refusals.length === 2, 'both channels to give up');
    expect(refusals.sort()).toEqual(['replica: not_found', 'socket: not_found']);
    // Nothing more is tried: a retry would come within 3.6 s.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(attempts).toBe(1);
    expect(refusals).toHaveLength(2);
  });
});
