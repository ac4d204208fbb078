/** SIGTERM: stop accepting, flush, close sockets so clients reconnect, exit well within 10 s. */
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../shared/protocol/session.ts';
import { openReplica, send, type NodeReplica, type TestSocket } from '../helpers/clients.ts';
import { createWorkshopAt, spawnServer, type ServerProcess } from '../helpers/process.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const procs: ServerProcess[] = [];
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  for (const p of procs.splice(0)) if (p.child.exitCode === null) p.child.kill('SIGKILL');
});

async function start(options: Parameters<typeof spawnServer>[0] = {}): Promise<ServerProcess> {
  const p = await spawnServer(options);
  procs.push(p);
  return p;
}

describe('SIGTERM', () => {
  it('exits 0 within the deadline, keeps every acknowledged command, and clients reconnect to the next process', async () => {
    const first = await start();
    const { code, facilitatorKey } = await createWorkshopAt(first.url);
    const socket: TestSocket = io(first.url, {
      auth: { code, client: 'facilitate', facilitatorKey },
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
    });
    cleanups.push(() => socket.close());
    await nextEvent(socket, 'session:ready');
    const replica: NodeReplica = await openReplica(first.url, code);
    cleanups.push(() => replica.destroy());
    expect((await send(socket, 'agenda:enter', { segmentId: 'opening', activityId: 'opening-expectations' })).ok).toBe(
      true,
    );

    // Notes keep arriving while the signal lands; whatever was acknowledged must survive.
    const acked: string[] = [];
    let n = 0;
    const writer = setInterval(() => {
      const id = `sig-${n++}`;
      socket.emit(
        'note:add',
        { id, boardId: 'expectations', column: 'Expectations', text: id },
        (r: { ok: boolean }) => r.ok && acked.push(id),
      );
    }, 5);
    await waitFor(() => acked.length >= 5, 'a few notes acknowledged before the signal');
    const disconnected = nextEvent<string>(socket, 'disconnect', 10_000);
    const t0 = performance.now();
    first.child.kill('SIGTERM');
    const exit = await first.exited;
    const shutdownMs = performance.now() - t0;
    clearInterval(writer);
    console.info(
      `SIGTERM to exit: ${shutdownMs.toFixed(0)} ms with a socket, a replica and notes in flight; ${acked.length} notes acknowledged`,
    );

    expect(exit).toEqual({ code: 0, signal: null });
    expect(shutdownMs).toBeLessThan(10_000);
    expect(first.logs.some((l) => l.event === 'shutting_down' && l.signal === 'SIGTERM')).toBe(true);
    // 'transport close', not 'io server disconnect': only the former makes a client reconnect by itself.
    expect(await disconnected).toBe('transport close');
    await expect(fetch(`${first.url}/healthz`)).rejects.toThrow();

    const second = await start({ dataDir: first.dataDir, port: first.port });
    const ready = await nextEvent<SessionSnapshot>(socket, 'session:ready', 10_000);
    expect(ready.role).toBe('facilitator');
    await waitFor(
      () => replica.provider.wsconnected && replica.provider.synced,
      'the replica to reconnect and resync',
      10_000,
    );
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    // Notes emitted while the socket was down are buffered by the client and acknowledged by the
    // second process; their acks can overtake the replica's update, so wait for them to arrive.
    const texts = () => Object.values(replica.state().notes).map((note) => note.text);
    await waitFor(() => acked.every((id) => texts().includes(id)), 'every acknowledged note on the replica', 10_000);
    for (const id of acked) expect(texts().filter((t) => t === id)).toHaveLength(1);
  });

  it('exits promptly when idle, and a second signal does not start a second shutdown', async () => {
    const p = await start();
    const t0 = performance.now();
    p.child.kill('SIGTERM');
    p.child.kill('SIGTERM');
    expect(await p.exited).toEqual({ code: 0, signal: null });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(p.logs.filter((l) => l.event === 'shutting_down')).toHaveLength(1);
  });
});
