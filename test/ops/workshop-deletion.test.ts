/**
 * Deleting a whole workshop with its facilitator key (REST): every row and file of it goes, its
 * sockets and replicas are closed and told it is gone, its links answer 404, and another
 * workshop on the same server does not notice. Loaded or unloaded alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { noteInput, okValue, openBoardRoom } from '../helpers/board-room.ts';
import { connectSocket, openReplica, send } from '../helpers/clients.ts';
import { onDisk } from '../helpers/disk-bytes.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { nextEvent, waitFor } from '../helpers/wait.ts';

const SECRET_NOTE = 'Deleted-with-its-workshop-H2n6';

let server: TestServer | null = null;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await server?.close();
  server = null;
});

const deleteWorkshop = (url: string, code: string, key?: string) =>
  fetch(`${url}/api/workshops/${code}`, {
    method: 'DELETE',
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
  });

describe('deleting a workshop', () => {
  it('needs its own facilitator key, then closes everything of it and leaves nothing on disk', async () => {
    server = await startTestServer({ store: 'sqlite' });
    const room = await openBoardRoom(server, 'open');
    cleanups.push(() => room.close());
    const other = await server.createWorkshop();
    okValue(await send(room.ana.socket, 'note:add', noteInput('n-1', SECRET_NOTE)));
    expect(onDisk(server.dataDir, SECRET_NOTE)).toBe(true);

    expect((await deleteWorkshop(server.url, room.code)).status).toBe(401);
    for (const key of [room.ana.token, other.facilitatorKey, `${room.facilitatorKey}x`])
      expect((await deleteWorkshop(server.url, room.code, key)).status).toBe(403);
    expect((await server.publicState(room.code)).notes['n-1']?.text).toBe(SECRET_NOTE);

    const anaGone = nextEvent<string>(room.ana.socket, 'disconnect');
    const facGone = nextEvent<string>(room.fac, 'disconnect');
    const replicaClosed = new Promise<number>((resolve) =>
      room.replica.provider.on('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? 0)),
    );
    const res = await deleteWorkshop(server.url, room.code, room.facilitatorKey);
    expect(res.status).toBe(204);
    // Closed by the server: a Socket.IO client does not come back by itself; the replica is told 4004.
    expect(await anaGone).toBe('io server disconnect');
    expect(await facGone).toBe('io server disconnect');
    expect(await replicaClosed).toBe(4004);

    expect((await fetch(`${server.url}/api/workshops/${room.code}`)).status).toBe(404);
    expect((await deleteWorkshop(server.url, room.code, room.facilitatorKey)).status).toBe(404);
    await expect(
      connectSocket(server.url, { code: room.code, client: 'facilitate', facilitatorKey: room.facilitatorKey }),
    ).rejects.toThrow('not_found');
    expect(onDisk(server.dataDir, SECRET_NOTE)).toBe(false);
    expect(onDisk(server.dataDir, room.code)).toBe(false);

    // The other workshop on the same server works on.
    const { socket } = await connectSocket(server.url, {
      code: other.code,
      client: 'facilitate',
      facilitatorKey: other.facilitatorKey,
    });
    cleanups.push(() => socket.close());
    okValue(await send(socket, 'agenda:enter', { segmentId: 'closing', activityId: null }));
  });

  it('deletes a workshop that has left memory, and a restart does not find it', async () => {
    server = await startTestServer({ config: { idleUnloadMs: 300 } });
    const { code, facilitatorKey } = await server.createWorkshop();
    const replica = await openReplica(server.url, code);
    replica.destroy();
    const hub = server.server.hub;
    await waitFor(() => hub.loadedCount() === 0, 'the idle workshop to leave memory', 10_000);

    expect((await deleteWorkshop(server.url, code, facilitatorKey)).status).toBe(204);
    expect(hub.loadedCount()).toBe(0);
    server = await server.restart();
    expect(await server.server.hub.get(code)).toBeNull();
    expect((await fetch(`${server.url}/api/workshops/${code}`)).status).toBe(404);
  });

  it('refuses the commands that were still on their way, and writes none of them after the rows are gone', async () => {
    server = await startTestServer();
    const room = await openBoardRoom(server, 'open');
    cleanups.push(() => room.close());
    const sent = Array.from({ length: 10 }, (_, i) =>
      send((i % 2 ? room.ana : room.ben).socket, 'note:add', noteInput(`late-${i}`)),
    );
    const deleted = deleteWorkshop(server.url, room.code, room.facilitatorKey);
    const results = await Promise.all(sent);
    expect((await deleted).status).toBe(204);
    // Each was acknowledged before the deletion or refused; none survives it.
    for (const r of results) if (!r.ok) expect(['not_found', 'internal', 'offline']).toContain(r.error);
    server = await server.restart();
    expect(await server.server.hub.get(room.code)).toBeNull();
  });
});
